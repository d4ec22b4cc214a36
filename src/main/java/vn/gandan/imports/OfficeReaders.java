package vn.gandan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word (.docx with archive-bomb limits, .doc) and PDF (text layer, broken pages OCR'd) to plain text. */
final class OfficeReaders {

    /** Largest inflated size of one .docx entry, and the smallest compressed/inflated ratio (zip bombs). */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * A .docx larger than this is read from a temporary file, entry by entry as needed, so its pictures and scans are
     * never loaded into memory (a smaller one is read in memory, which is faster).
     */
    static final int IN_MEMORY_BYTES = 4 * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private OfficeReaders() {
    }

    static String docx(byte[] bytes) {
        Path tmp = null;
        try {
            if (bytes.length <= IN_MEMORY_BYTES) {
                return docx(new XWPFDocument(new ByteArrayInputStream(bytes)));
            }
            tmp = Files.createTempFile("import", ".docx");
            Files.write(tmp, bytes);
            return docx(new XWPFDocument(OPCPackage.open(tmp.toFile(), PackageAccess.READ)));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // an entry inflating past the ratio limit, or declaring a size POI refuses to allocate (an archive bomb)
                if (String.valueOf(t.getMessage()).contains("Zip bomb")
                        || t instanceof org.apache.poi.util.RecordFormatException && String.valueOf(t.getMessage()).contains("Tried to allocate")) {
                    throw new ImportException(422, "imports.reader.zipBomb");
                }
            }
            throw new ImportException(415, "imports.reader.notDocx");
        } finally {
            delete(tmp);
        }
    }

    private static String docx(XWPFDocument document) throws IOException {
        try (XWPFDocument doc = document; XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    private static void delete(Path tmp) {
        try {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            tmp.toFile().deleteOnExit();
        }
    }

    static String doc(byte[] bytes) {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor ex = new WordExtractor(doc)) {
            return ex.getText();
        } catch (IOException | RuntimeException e) {
            throw new ImportException(415, "imports.reader.notDoc");
        }
    }

    /** The text layer; a PDF without one is OCR'd whole, and pages whose layer is broken are read again ({@link LayerPages}). */
    static String pdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            LayerPages layer = LayerPages.of(pdf);
            if (layer.strippedLength() >= 20) { // the layer is read once more only where a page is broken
                return layer.reread(pdf);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(415, "imports.reader.badPdf");
        }
        return Scans.pdf(bytes);
    }
}
