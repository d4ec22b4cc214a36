package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/**
 * Issue 9 deliver 3: every step's document, fully worded in the NĐ 30 layout with the register number, as .docx and
 * .pdf; the denunciation's copy for the person denounced never names the denouncer (C6). Tests read the text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseDocumentsTests {

    private static final String DENOUNCER = "Trịnh Thị Kínđáo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDenunciationsAcceptanceExtensionAndConclusionAreWordedNumberedAndMaskedForTheDenounced_C3_C4_C6() throws Exception {
        ApiClient handler = new ApiClient(port).as("th.phuocsang");
        long id = create(handler, "TO_CAO", "Tố cáo việc thu sai quy định các khoản đóng góp", DENOUNCER);
        int no = jdbc.sql("select register_no from petition where id = :i").param("i", id).query(Integer.class).single();
        assertThat(handler.getBytes("/api/v1/petitions/" + id + "/documents/acceptance.docx").statusCode()).isEqualTo(409);
        step(handler, id, "accept", "{\"on\": \"2026-11-20\", \"complexity\": \"COMPLEX\"}");
        step(handler, id, "extend", "{\"on\": \"2026-11-25\", \"days\": 20, \"reason\": \"Cần xác minh tại hai điểm trường\"}");
        step(handler, id, "resolve", "{\"on\": \"2026-12-01\", \"result\": \"Nội dung tố cáo đúng một phần; yêu cầu hoàn trả khoản thu.\"}");

        String acceptance = docx(handler, id, "acceptance", "");
        assertThat(acceptance).contains("THÔNG BÁO").contains("Số: " + no + "/TB-").contains("Về việc thụ lý giải quyết đơn tố cáo số " + no)
                .contains("Điều 29 Luật Tố cáo năm 2018").contains("20/11/2026").contains(DENOUNCER).contains("Người bị tố cáo");
        String forDenounced = pdf(handler, id, "acceptance", "?copy=denounced");
        assertThat(forDenounced).contains("Về việc thụ lý giải quyết đơn tố cáo số " + no).doesNotContain(DENOUNCER)
                .doesNotContain("Kínđáo").contains("giữ bí mật");
        String extension = pdf(handler, id, "extension", "");
        assertThat(extension).contains("QUYẾT ĐỊNH").contains(no + "/QĐ-").contains("Điều 30 Luật Tố cáo năm 2018")
                .contains("lần thứ 1").contains("Cần xác minh tại hai điểm trường");
        String conclusion = docx(handler, id, "conclusion", "?copy=denounced");
        assertThat(conclusion).contains("KẾT LUẬN").contains(no + "/KL-").contains("Điều 35 Luật Tố cáo năm 2018")
                .contains("Nội dung tố cáo đúng một phần").doesNotContain(DENOUNCER);
        assertThat(pdf(new ApiClient(port).as("so.binhduong"), id, "acceptance", "")).as("the unit above never sees the name")
                .doesNotContain(DENOUNCER);
        assertThat(handler.getBytes("/api/v1/petitions/" + id + "/documents/decision.pdf").statusCode()).isEqualTo(409);
        assertThat(handler.getBytes("/api/v1/petitions/" + id + "/documents/nothing.pdf").statusCode()).isEqualTo(404);
        assertThat(handler.getBytes("/api/v1/petitions/" + id + "/documents/acceptance.exe").statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port).as("th.anlinh").getBytes("/api/v1/petitions/" + id + "/documents/acceptance.pdf")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aComplaintsRejectionGuidanceAndDecisionAndAForwardingNoticeAreFullyWorded_B1_C2() throws Exception {
        ApiClient handler = new ApiClient(port).as("th.phuocsang");
        long rejected = create(handler, "KHIEU_NAI", "Khiếu nại việc xếp lớp cho con", "Phan Văn Khiếu");
        step(handler, rejected, "reject", "{\"on\": \"2026-11-21\", \"reason\": \"Người khiếu nại không có quyền, lợi ích liên quan\"}");
        assertThat(pdf(handler, rejected, "rejection", "")).contains("Về việc không thụ lý đơn khiếu nại")
                .contains("Điều 11 Luật Khiếu nại năm 2011").contains("Người khiếu nại không có quyền, lợi ích liên quan")
                .contains("Phan Văn Khiếu");
        assertThat(docx(handler, rejected, "guidance", "")).contains("PHIẾU HƯỚNG DẪN").contains("Thông tư số 05/2021/TT-TTCP");

        long decided = create(handler, "KHIEU_NAI", "Khiếu nại việc không xét học bổng", "Lê Thị Học");
        step(handler, decided, "accept", "{\"on\": \"2026-11-20\"}");
        step(handler, decided, "resolve", "{\"on\": \"2026-12-02\", \"result\": \"Công nhận một phần nội dung khiếu nại.\"}");
        assertThat(docx(handler, decided, "decision", "")).contains("QUYẾT ĐỊNH").contains("Về việc giải quyết khiếu nại (lần đầu)")
                .contains("Công nhận một phần nội dung khiếu nại.").contains("khởi kiện vụ án hành chính");

        long forwarded = create(handler, "KIEN_NGHI", "Kiến nghị về tuyến xe buýt đưa đón học sinh", "Võ Văn Chuyển");
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        step(handler, forwarded, "forward", "{\"on\": \"2026-11-22\", \"toUnitId\": " + phong + ", \"reason\": \"Thuộc thẩm quyền Phòng GDĐT\"}");
        assertThat(pdf(handler, forwarded, "forward", "")).contains("Về việc chuyển đơn kiến nghị")
                .contains("Phòng Giáo dục và Đào tạo").contains("Thuộc thẩm quyền Phòng GDĐT");
    }

    private long create(ApiClient handler, String kind, String content, String name) {
        long unit = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        HttpResponse<String> created = handler.post("/api/v1/petitions", """
                {"unitId": %d, "kind": "%s", "receivedOn": "2026-11-18", "channel": "BUU_CHINH", "content": "%s",
                 "petitioner": {"name": "%s", "address": "Ấp 2, xã Phước Sang", "idNumber": "079900001111"}}"""
                .formatted(unit, kind, content, name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.id(created.body());
    }

    private static void step(ApiClient c, long id, String step, String body) {
        HttpResponse<String> r = c.post("/api/v1/petitions/" + id + "/" + step, body);
        assertThat(r.statusCode()).as(step + " " + r.body()).isLessThan(300);
    }

    private static String docx(ApiClient c, long id, String doc, String query) throws Exception {
        HttpResponse<byte[]> r = c.getBytes("/api/v1/petitions/" + id + "/documents/" + doc + ".docx" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(r.body())); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    private static String pdf(ApiClient c, long id, String doc, String query) throws Exception {
        HttpResponse<byte[]> r = c.getBytes("/api/v1/petitions/" + id + "/documents/" + doc + ".pdf" + query);
        assertThat(r.statusCode()).isEqualTo(200);
        try (PDDocument pd = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(pd).replaceAll("\\s+", " ");
        }
    }
}
