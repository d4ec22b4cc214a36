package vn.gandan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word (.docx with archive-bomb limits, .doc) and PDF (text layer only) to plain text. */
final class OfficeReaders {

    /** Largest inflated size of one .docx entry, and the smallest compressed/inflated ratio (zip bombs). */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private OfficeReaders() {
    }

    static String docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ImportException(422, "Tệp Word có dấu hiệu nén bất thường (zip bomb), không đọc");
            }
            throw new ImportException(415, "Tệp nén không phải tài liệu Word (.docx) đọc được");
        }
    }

    static String doc(byte[] bytes) {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor ex = new WordExtractor(doc)) {
            return ex.getText();
        } catch (IOException | RuntimeException e) {
            throw new ImportException(415, "Tệp không phải tài liệu Word 97-2003 (.doc) đọc được");
        }
    }

    static String pdf(byte[] bytes) {
        String text;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(pdf);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(415, "Tệp PDF hỏng hoặc được bảo vệ, không đọc được");
        }
        return text.strip().length() < 20 ? Scans.pdf(bytes) : text;
    }
}
