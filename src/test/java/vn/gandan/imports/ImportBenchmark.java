package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw -Pbench verify -Dtest=ImportBenchmark}: min / median / max of 3 runs per figure, written to
 * target/bench/import.txt. Files per second through the reader and the extractor, one thread, for the five seeds as
 * .txt, .docx, .pdf, .html and as scans (page 1 at 150 dpi as PNG, read by Tesseract; skipped without it), each run
 * ≥ 1 s after a warm-up. Peak heap for a 20 MB .txt (the seeds repeated) and a 20 MB .docx (text and a picture, as
 * large Word files are), each run in a JVM of its own ({@link ImportHeapProbe}) with {@code -Xmx256m} and a 16 MB
 * young generation (so garbage is collected every 16 MB and the peak is close to what the import needs), in MB above
 * what was live before (the file's bytes), and as a multiple of the file's size; and whether the import completes
 * with a heap of only the file, 5 × its size and 16 MB for the JVM's own objects.
 */
@Tag("bench")
class ImportBenchmark {

    static final int RUNS = 3;
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @Test
    void throughputAndPeakHeap() throws Exception {
        List<String> seeds = BenchFiles.seeds();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("machine", BenchFiles.machine());
        out.put("seed_files", seeds.size());
        for (var e : BenchFiles.formats(seeds).entrySet()) {
            out.put(e.getKey() + "_files_per_second", e.getValue() == null ? "skipped (tesseract not installed)"
                    : Stats.of(filesPerSecond(e.getValue()), "%.2f"));
        }
        for (var e : BenchFiles.formats(seeds).entrySet()) {
            if (e.getValue() != null && !e.getKey().contains("ocr")) { // CPU of this thread: load-independent, unlike files/s
                out.put(e.getKey() + "_files_per_cpu_second", Stats.of(ImportCpuProbe.filesPerCpuSecond(e.getValue(), RUNS), "%.1f"));
            }
        }
        out.put("txt_20mb_warm_import_cpu_seconds", Stats.of(ImportCpuProbe.warmImportCpuSeconds(
                BenchFiles.bigText(seeds, TWENTY_MB), RUNS), "%.2f"));
        heap(out, "txt_20mb", BenchFiles.bigText(seeds, TWENTY_MB));
        heap(out, "docx_20mb", BenchFiles.docx(String.join("\n", seeds).repeat(20), (int) (TWENTY_MB - 400_000)));
        out.put("machine_after", BenchFiles.machine());
        StringBuilder sb = new StringBuilder();
        out.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/import.txt"), sb.toString());
        System.out.println(sb);
    }

    private static double[] filesPerSecond(List<byte[]> files) {
        long warm = System.nanoTime();
        do {
            files.forEach(ImportBenchmark::importOne); // warm-up: let the JIT settle before timing
        } while (System.nanoTime() - warm < 3_000_000_000L);
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
        return Extracted.asMap("bench", Readers.text(b));
    }

    /** Peak heap above live (3 runs, each in a JVM of its own), the time taken, and the 5 × check. */
    private static void heap(Map<String, Object> out, String name, byte[] file) throws Exception {
        double mb = file.length / (1024.0 * 1024);
        out.put(name + "_file_mb", String.format("%.1f", mb));
        List<Map<String, Long>> runs = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            runs.add(ImportHeapProbe.run(file, "-Xmx256m", "-Xmn16m"));
        }
        if (runs.stream().anyMatch(Map::isEmpty)) {
            out.put(name + "_xmx256m", "out of memory");
            return;
        }
        out.put(name + "_xmx256m", "imports");
        for (String k : List.of("live", "used")) {
            double[] v = runs.stream().mapToDouble(m -> m.get(k) / (1024.0 * 1024)).toArray();
            String label = k.equals("live") ? "_peak_live_heap_above_before_mb" : "_peak_used_heap_above_before_mb";
            out.put(name + label, Stats.of(v, "%.1f"));
            out.put(name + label.replace("_mb", "_times_file"), Stats.of(java.util.Arrays.stream(v).map(x -> x / mb).toArray(), "%.2f"));
        }
        out.put(name + "_seconds", Stats.of(runs.stream().mapToDouble(m -> m.get("ms") / 1000.0).toArray(), "%.1f"));
        long xmx = (file.length * 6L) / (1024 * 1024) + 16;
        out.put(name + "_fits_in_file_plus_5x_plus_16mb", (ImportHeapProbe.run(file, "-Xmx" + xmx + "m").isEmpty() ? "no" : "yes")
                + " (-Xmx" + xmx + "m)");
    }

    /** Min / median / max of a figure's runs. */
    record Stats(double min, double median, double max) {
        static String of(double[] v, String format) {
            double[] s = v.clone();
            java.util.Arrays.sort(s);
            double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
            return String.format("min " + format + " / median " + format + " / max " + format, s[0], median, s[s.length - 1]);
        }
    }
}
