package vn.gandan.imports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scans (PNG, JPEG, and PDF pages without a text layer) read with Tesseract and its Vietnamese model, called as a
 * separate process with a time limit; without Tesseract a clear message (422) instead of a failure.
 */
final class Scans {

    /** The reason when Tesseract or its Vietnamese model is missing (message key). */
    static final String MISSING = "imports.reader.ocrMissing";
    private static final long SECONDS_PER_PAGE = 90;
    static final int MAX_PAGES = 30;
    private static final float DPI = 300;

    private Scans() {
    }

    static boolean isPng(byte[] b) {
        return Readers.startsWith(b, 0x89, 'P', 'N', 'G');
    }

    static boolean isImage(byte[] b) {
        return isPng(b) || Readers.startsWith(b, 0xFF, 0xD8, 0xFF);
    }

    static String image(byte[] bytes) {
        Path file = null;
        try {
            BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            file = Files.createTempFile("scan", img != null ? ".png" : isPng(bytes) ? ".png" : ".jpg");
            if (img != null) {
                ImageIO.write(ScanImages.prepare(img), "png", file.toFile());
            } else {
                Files.write(file, bytes);
            }
            return ocr(file);
        } catch (IOException e) {
            throw new ImportException(422, "imports.reader.badImage");
        } finally {
            delete(file);
        }
    }

    /** Every page rendered at 300 dpi in colour (so stamps can be told from text), prepared and read in order. */
    static String pdf(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < Math.min(pdf.getNumberOfPages(), MAX_PAGES); i++) {
                out.append(page(renderer, i)).append('\n');
            }
        } catch (IOException e) {
            throw new ImportException(415, "imports.reader.badPdf");
        }
        if (out.toString().isBlank()) {
            throw new ImportException(422, "imports.reader.scanNoText");
        }
        return out.toString();
    }

    /** One page (0-based) rendered at 300 dpi in colour, prepared and read; 422 when Tesseract is missing or too slow. */
    static String page(PDFRenderer renderer, int index) throws IOException {
        BufferedImage page = ScanImages.prepare(renderer.renderImageWithDPI(index, DPI, ImageType.RGB));
        Path file = Files.createTempFile("page", ".png");
        try {
            ImageIO.write(page, "png", file.toFile());
            return ocr(file);
        } finally {
            delete(file);
        }
    }

    /** The page read with the configured model ({@link OcrModels}); when Tesseract refuses that model, with the system's. */
    private static String ocr(Path image) throws IOException {
        Optional<Path> model = OcrModels.tessdataDir();
        if (model.isPresent()) {
            try {
                return ocr(image, model);
            } catch (ImportException e) {
                if (!e.key.equals(MISSING)) {
                    throw e;
                }
                OcrModels.refused(model.get());
            }
        }
        return ocr(image, Optional.empty());
    }

    private static String ocr(Path image, Optional<Path> tessdataDir) throws IOException {
        List<String> command = new ArrayList<>(List.of("tesseract", image.toString(), "stdout"));
        tessdataDir.ifPresent(dir -> command.addAll(List.of("--tessdata-dir", dir.toString())));
        command.addAll(List.of("-l", "vie", "--psm", "6"));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new ImportException(422, MISSING);
        }
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(SECONDS_PER_PAGE, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ImportException(422, "imports.reader.ocrTimeout");
            }
            if (p.exitValue() != 0) {
                throw new ImportException(422, MISSING);
            }
            return new String(out, StandardCharsets.UTF_8).replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ImportException(422, "imports.reader.ocrInterrupted");
        }
    }

    private static void delete(Path f) {
        try {
            if (f != null) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is removed by the system
        }
    }
}
