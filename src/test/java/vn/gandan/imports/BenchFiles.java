package vn.gandan.imports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The files {@link ImportBenchmark} imports: the seeds in each format, a 20 MB text and a 20 MB Word file. */
final class BenchFiles {

    private BenchFiles() {
    }

    static List<String> seeds() throws IOException {
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

    /** The seeds as .txt, .docx, .pdf, .html and scans (null when Tesseract is missing). */
    static Map<String, List<byte[]>> formats(List<String> seeds) throws Exception {
        Map<String, List<byte[]>> out = new LinkedHashMap<>();
        out.put("txt", seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        List<byte[]> docx = new ArrayList<>();
        List<byte[]> pdf = new ArrayList<>();
        List<byte[]> html = new ArrayList<>();
        for (String s : seeds) {
            docx.add(docx(s, 0));
            pdf.add(pdf(s));
            html.add(html(s).getBytes(StandardCharsets.UTF_8));
        }
        out.put("docx", docx);
        out.put("pdf", pdf);
        out.put("html", html);
        List<byte[]> scans = new ArrayList<>();
        for (byte[] p : pdf) {
            scans.add(scan(p));
        }
        out.put("image_ocr", tesseract() ? scans : null);
        return out;
    }

    static byte[] bigText(List<String> seeds, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(seeds.get(0).getBytes(StandardCharsets.UTF_8));
        int i = 1;
        while (out.size() < size - 100_000) {
            out.writeBytes(("\n" + seeds.get(i++ % seeds.size())).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
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

    static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:"
                + "'Liberation Serif';font-size:13pt}p{margin:0}</style></head><body>");
        for (String line : text.split("\n")) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\t", "    ")).append("&#160;</p>");
        }
        return html.append("</body></html>").toString();
    }

    static byte[] pdf(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(() -> BenchFiles.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf"), "Liberation Serif");
        b.withHtmlContent(html(text).replace("<!DOCTYPE html>", "").replace("<meta charset=\"utf-8\">", ""), null);
        b.toStream(out);
        b.run();
        return out.toByteArray();
    }

    /** Page 1 of a PDF rasterised at 150 dpi, as a PNG: a scan. */
    static byte[] scan(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        }
    }

    static boolean tesseract() {
        try {
            return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Cores and load average, so a figure can be read against how busy the shared machine was. */
    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format("%d cores, load average %.2f", os.getAvailableProcessors(), os.getSystemLoadAverage());
    }
}
