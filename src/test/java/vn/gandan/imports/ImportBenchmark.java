package vn.gandan.imports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw -Pbench verify -Dtest=ImportBenchmark}: files per second through the reader and the extractor for
 * the seeds as .txt, .docx and .pdf (median of 7 timed runs of ≥ 1 s after a 4 s warm-up, one thread), and the peak heap used while
 * importing a 20 MB .txt and a 20 MB .docx (text plus an embedded picture, as large Word files usually are).
 * Writes target/bench/imports.txt.
 */
@Tag("bench")
class ImportBenchmark {

    private static final int RUNS = 7;
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @Test
    void throughputAndPeakHeap() throws Exception {
        List<String> seeds = seeds();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seed_files", seeds.size());
        out.put("seed_chars_total", seeds.stream().mapToInt(String::length).sum());
        Map<String, List<byte[]>> formats = new LinkedHashMap<>();
        formats.put("txt", seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        List<byte[]> docx = new ArrayList<>();
        List<byte[]> pdf = new ArrayList<>();
        for (String s : seeds) {
            docx.add(docx(s, 0));
            pdf.add(pdf(s));
        }
        formats.put("docx", docx);
        formats.put("pdf", pdf);
        for (var e : formats.entrySet()) {
            double[] perSecond = filesPerSecond(e.getValue());
            out.put(e.getKey() + "_files_per_second_median", String.format("%.1f", median(perSecond)));
            out.put(e.getKey() + "_files_per_second_runs", java.util.Arrays.toString(round(perSecond)));
            out.put(e.getKey() + "_avg_bytes", e.getValue().stream().mapToInt(b -> b.length).sum() / e.getValue().size());
        }
        byte[] bigTxt = bigText(seeds);
        out.putAll(peak("txt_20mb", bigTxt));
        out.putAll(fitsIn("txt_20mb", bigTxt, 5));
        byte[] bigDocx = docx(String.join("\n", seeds).repeat(20), (int) (TWENTY_MB - 400_000));
        out.putAll(peak("docx_20mb", bigDocx));
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        StringBuilder sb = new StringBuilder();
        out.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/imports.txt"), sb.toString());
        System.out.println(sb);
    }

    private static double[] filesPerSecond(List<byte[]> files) {
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < 4_000_000_000L) {
            files.forEach(ImportBenchmark::importOne); // warm-up: let the JIT settle before timing
        }
        double[] rates = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            int n = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < 1_000_000_000L || n < files.size()) {
                importOne(files.get(n % files.size()));
                n++;
            }
            rates[r] = n / ((System.nanoTime() - start) / 1e9);
        }
        return rates;
    }

    private static Map<String, Object> importOne(byte[] b) {
        return Extracted.asMap("bench", Readers.read(b));
    }

    /** Heap used at its peak while importing the file, above what was live before (after a GC), and the time taken. */
    private static Map<String, Object> peak(String name, byte[] file) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(name + "_file_bytes", file.length);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try {
            Map<String, Object> fields = importOne(file);
            out.put(name + "_tasks_found", ((List<?>) fields.get("tasks")).size());
            out.put(name + "_outcome", "read");
        } catch (ImportException e) {
            out.put(name + "_outcome", "refused " + e.status + ": " + e.getMessage());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.put(name + "_seconds", String.format("%.1f", ms / 1000.0));
        out.put(name + "_heap_before_mb", before / (1024 * 1024));
        out.put(name + "_peak_heap_mb", peak / (1024 * 1024));
        out.put(name + "_peak_heap_above_before_mb", (peak - before) / (1024 * 1024));
        return out;
    }

    /**
     * Whether the import completes in a JVM of its own whose whole heap is the file itself, {@code times} × its size
     * for the import, and 16 MB for the JVM's own start-up objects (serial collector, so the limit is the live set
     * the import needs, not garbage not yet collected as in {@link #peak}).
     */
    private static Map<String, Object> fitsIn(String name, byte[] file, int times) throws Exception {
        Path tmp = Files.createTempFile("bench", ".bin");
        Files.write(tmp, file);
        long mb = (file.length * (1L + times)) / (1024 * 1024) + 16;
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + mb + "m",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ImportHeapProbe.class.getName(), tmp.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int rc = p.waitFor();
        Files.deleteIfExists(tmp);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(name + "_fits_in_" + times + "x_heap_xmx_mb", mb);
        out.put(name + "_fits_in_" + times + "x", rc == 0 ? "yes, " + said : "no (exit " + rc + "): " + said.lines().reduce((a, b) -> b).orElse(""));
        return out;
    }

    private static byte[] bigText(List<String> seeds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] first = seeds.get(0).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(first);
        int i = 1;
        while (out.size() < TWENTY_MB - 100_000) {
            out.writeBytes(("\n" + seeds.get(i++ % seeds.size())).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static List<String> seeds() throws IOException {
        Path dir = Stream.of("../shared/seeds", "../../shared/seeds").map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("../shared/seeds not found"));
        try (Stream<Path> s = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }

    /** One paragraph per line; with {@code pictureBytes} > 0 an incompressible picture of that size is added. */
    static byte[] docx(String text, int pictureBytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            if (pictureBytes > 0) {
                byte[] png = new byte[pictureBytes];
                new Random(7).nextBytes(png);
                byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
                System.arraycopy(sig, 0, png, 0, sig.length);
                XWPFRun run = doc.createParagraph().createRun();
                run.addPicture(new java.io.ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "scan.png",
                        Units.toEMU(400), Units.toEMU(300));
            }
            doc.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(String text) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><style>body{font-family:'Liberation Serif';font-size:13pt}"
                + "p{margin:0}</style></head><body>");
        for (String line : text.split("\n")) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\t", "    ")).append("&#160;</p>");
        }
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(() -> ImportBenchmark.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf"), "Liberation Serif");
        b.withHtmlContent(html.toString(), null);
        b.toStream(out);
        b.run();
        return out.toByteArray();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double[] round(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = Math.round(v[i] * 10) / 10.0;
        return r;
    }
}
