package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Our own plan rendered as .docx and .pdf, read back and extracted; broken and hostile files refused. */
class OfficeRoundTripTests {

    private static final List<String> PLAN = List.of(
            "Số: 12/KH-SGDĐT", "Đồng Nai, ngày 08 tháng 01 năm 2024", "KẾ HOẠCH",
            "Thực hiện công tác dân vận chính quyền năm 2024",
            "Căn cứ Kế hoạch số 100/KH-UBND ngày 02/01/2024 của UBND tỉnh về công tác dân vận chính quyền năm 2024;",
            "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "1. Nâng cao nhận thức về công tác dân vận.",
            "a) Tổ chức hội nghị.", "III. TỔ CHỨC THỰC HIỆN", "Báo cáo năm trước ngày 15/11 về Sở./.",
            "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Bình");

    private static void assertPlan(Map<String, Object> d) {
        assertThat(d.get("doc_kind")).isEqualTo("KE_HOACH");
        assertThat(d.get("number")).isEqualTo(12);
        assertThat(d.get("symbol")).isEqualTo("KH-SGDĐT");
        assertThat(d.get("issue_place")).isEqualTo("Đồng Nai");
        assertThat(d.get("title")).isEqualTo("Thực hiện công tác dân vận chính quyền năm 2024");
        assertThat(d.get("sections").toString()).isEqualTo("[MỤC ĐÍCH, YÊU CẦU, NỘI DUNG, TỔ CHỨC THỰC HIỆN]");
        assertThat(d.get("citations").toString()).contains("100/KH-UBND");
        assertThat(d.get("signers").toString()).contains("Trần Thị Bình").contains("KT. GIÁM ĐỐC");
    }

    @Test
    void docxRoundTrip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : PLAN) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        assertPlan(Extracted.asMap("plan.docx", Readers.read(out.toByteArray())));
    }

    @Test
    void pdfRoundTripWithLiberationSerif() throws IOException {
        StringBuilder html = new StringBuilder("<html><head><style>body{font-family:'Liberation Serif';font-size:13pt}"
                + "</style></head><body>");
        for (String line : PLAN) {
            html.append("<p>").append(line).append("</p>");
        }
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(() -> OfficeRoundTripTests.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf"),
                "Liberation Serif");
        b.withHtmlContent(html.toString(), null);
        b.toStream(out);
        b.run();
        assertPlan(Extracted.asMap("plan.pdf", Readers.read(out.toByteArray())));
    }

    @Test
    void scannedPdfWithoutTextIsA422SayingSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
        }
        assertThatThrownBy(() -> Readers.read(out.toByteArray()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.status).isEqualTo(422);
                    assertThat(e.getMessage()).contains("bản quét");
                });
    }

    @Test
    void zipBombDocxIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
        }
        assertThatThrownBy(() -> Readers.read(out.toByteArray())).isInstanceOf(ImportException.class);
    }

    @Test
    void truncatedWordAndPdfAreRefusedNotCrashed() {
        for (byte[] b : new byte[][] {{'%', 'P', 'D', 'F', '-', '1'}, {'P', 'K', 3, 4, 0, 0},
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}}) {
            assertThatThrownBy(() -> Readers.read(b))
                    .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.status).isIn(415, 422));
        }
    }

    /** plan.doc was produced from the same lines with {@code libreoffice --headless --convert-to doc}. */
    @Test
    void docRoundTrip() throws IOException {
        try (java.io.InputStream in = OfficeRoundTripTests.class.getResourceAsStream("/imports/plan.doc")) {
            assertThat(in).as("test resource imports/plan.doc").isNotNull();
            assertPlan(Extracted.asMap("plan.doc", Readers.read(in.readAllBytes())));
        }
    }
}
