package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
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
 * Item 2: the Phòng launches a movement; a school proposes a collective and an individual; the Phòng reviews,
 * declines one with a reason, forwards a Bằng khen to the Sở and decides the Giấy khen in an NĐ 30 decision; the
 * register lists the commended per unit and per person. Out of scope answers 404; bad input 422 in Vietnamese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MovementApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    long movement(ApiClient phong) {
        HttpResponse<String> bad = phong.post("/api/v1/movements", """
                {"unitId": %d, "theme": "KHONG_CO", "name": " ", "startsOn": "%s", "endsOn": "%s"}"""
                .formatted(unit("PGDDT-PG"), TODAY, TODAY.minusDays(1)));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("danh mục").contains("tên phong trào").contains("không được trước ngày bắt đầu");
        HttpResponse<String> created = phong.post("/api/v1/movements", """
                {"unitId": %d, "theme": "DAN_VAN_KHEO", "name": "Phong trào thi đua \\"Dân vận khéo\\" năm học thử %d",
                 "startsOn": "%s", "endsOn": "%s", "proposalsDue": "%s"}"""
                .formatted(unit("PGDDT-PG"), System.nanoTime() % 1000, TODAY.minusDays(40), TODAY.plusDays(200), TODAY.plusDays(10)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.id(created.body());
    }

    String proposal(String kind, String name, String form) {
        return """
                {"unitId": %d, "nomineeKind": "%s", "nomineeName": "%s", "position": %s, "form": "%s",
                 "achievements": "Duy trì mô hình thăm hộ phụ huynh, 100%% học sinh chuyên cần, được phụ huynh ghi nhận",
                 "proposedOn": "%s"}""".formatted(unit("TH-PS"), kind, name,
                "INDIVIDUAL".equals(kind) ? "\"Giáo viên chủ nhiệm lớp 3A\"" : "null", form, TODAY.minusDays(20));
    }

    @Test
    void aProposalGoesUpTheTreeThroughTheConsolidationStatusesToADecisionAndTheRegister() throws Exception {
        ApiClient phong = new ApiClient(port).as("ld.phugiao");
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        long m = movement(phong);
        assertThat(school.get("/api/v1/movements").body()).as("the school sees its Phòng's movement").contains("\"id\":" + m);
        assertThat(school.get("/api/v1/movements/" + m).statusCode()).isEqualTo(200);

        HttpResponse<String> bad = school.post("/api/v1/movements/" + m + "/proposals", proposal("COLLECTIVE", "", "LAO_DONG_TIEN_TIEN")
                .replace("Duy trì mô hình thăm hộ phụ huynh, 100% học sinh chuyên cần, được phụ huynh ghi nhận", "ngắn"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("chỉ dành cho cá nhân").contains("ít nhất 20 ký tự");
        assertThat(jdbc.sql("select count(*) from emu_proposal where movement_id = :m").param("m", m).query(Integer.class).single())
                .as("nothing stored").isZero();

        long collective = ApiClient.id(school.post("/api/v1/movements/" + m + "/proposals", proposal("COLLECTIVE", "", "GIAY_KHEN")).body());
        long person = ApiClient.id(school.post("/api/v1/movements/" + m + "/proposals", proposal("INDIVIDUAL", "Nguyễn Thị Lành", "GIAY_KHEN")).body());
        long merit = ApiClient.id(school.post("/api/v1/movements/" + m + "/proposals", proposal("INDIVIDUAL", "Trần Văn Bảng", "BANG_KHEN")).body());
        long declined = ApiClient.id(school.post("/api/v1/movements/" + m + "/proposals", proposal("INDIVIDUAL", "Lê Thị Chọn", "GIAY_KHEN")).body());
        assertThat(school.get("/api/v1/proposals/" + collective).body()).contains("\"nomineeName\":\"Trường Tiểu học Phước Sang\"")
                .contains("\"status\":\"PROPOSED\"");
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/proposals/" + person).statusCode()).as("a sibling school").isEqualTo(404);
        assertThat(school.post("/api/v1/proposals/" + person + "/review", "{}").statusCode()).as("the school cannot review its own").isEqualTo(403);
        assertThat(phong.post("/api/v1/proposals/" + person + "/forward", "{}").statusCode()).as("forward before review").isEqualTo(409);

        for (long id : new long[] {collective, person, merit, declined}) {
            assertThat(phong.post("/api/v1/proposals/" + id + "/review", "{\"note\": \"Hội đồng thi đua đã xét\"}").body()).contains("\"status\":\"REVIEWED\"");
        }
        assertThat(phong.post("/api/v1/proposals/" + declined + "/reject", "{}").body()).contains("lý do không chọn");
        assertThat(phong.post("/api/v1/proposals/" + declined + "/reject", "{\"note\": \"Chưa đủ thời gian thực hiện mô hình\"}").body())
                .contains("\"status\":\"NOT_SELECTED\"");
        String consolidation = phong.get("/api/v1/movements/" + m + "/proposals?atUnitId=" + unit("PGDDT-PG")).body();
        assertThat(consolidation).contains("\"NOT_SELECTED\":1").contains("\"REVIEWED\":3");

        HttpResponse<String> beyond = phong.post("/api/v1/movements/" + m + "/decisions", decision(merit, "01"));
        assertThat(beyond.statusCode()).isEqualTo(422);
        assertThat(beyond.body()).contains("vượt thẩm quyền").contains("Trần Văn Bảng");
        assertThat(phong.post("/api/v1/proposals/" + merit + "/forward", "{}").body()).contains("\"status\":\"FORWARDED\"")
                .contains("\"atUnitId\":" + unit("SGDDT-BD"));
        assertThat(new ApiClient(port).as("so.binhduong").get("/api/v1/movements/" + m + "/proposals?atUnitId=" + unit("SGDDT-BD")).body())
                .contains("Trần Văn Bảng");

        String number = (System.nanoTime() % 100000) + "/QĐ-PGDĐT";
        HttpResponse<String> decided = phong.post("/api/v1/movements/" + m + "/decisions", decision(collective, number).replace("[" + collective + "]", "[" + collective + ", " + person + "]"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        long d = ApiClient.id(decided.body());
        assertThat(school.get("/api/v1/proposals/" + person).body()).contains("\"status\":\"DECIDED\"").contains(number);
        assertThat(phong.post("/api/v1/movements/" + m + "/decisions", decision(person, number + "b")).statusCode()).as("already decided").isEqualTo(409);

        String text = docxText(school.getBytes("/api/v1/decisions/" + d + "/document.docx").body());
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("QUYẾT ĐỊNH").contains("Về việc khen thưởng")
                .contains("Số: " + number).contains("Điều 1.").contains("1 tập thể và 1 cá nhân")
                .contains("Nguyễn Thị Lành, Giáo viên chủ nhiệm lớp 3A, Trường Tiểu học Phước Sang — Giấy khen")
                .contains("Luật Thi đua, khen thưởng").contains("Nguyễn Văn Thưởng");
        byte[] pdf = school.getBytes("/api/v1/decisions/" + d + "/document.pdf").body();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("QUYẾT ĐỊNH").contains("Nguyễn Thị Lành");
        }

        String register = phong.get("/api/v1/commendations?unitId=" + unit("TH-PS") + "&person=nguyen+thi+lanh").body();
        assertThat(register).contains("Nguyễn Thị Lành").contains(number).doesNotContain("\"nomineeKind\":\"COLLECTIVE\"");
        assertThat(school.get("/api/v1/commendations?unitId=" + unit("TH-PS")).body()).contains("\"nomineeKind\":\"COLLECTIVE\"")
                .contains("Nguyễn Thị Lành").doesNotContain("Lê Thị Chọn");
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/commendations?unitId=" + unit("TH-PS")).statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/decisions/" + d).statusCode()).isEqualTo(404);
    }

    String decision(long proposalId, String number) {
        return """
                {"unitId": %d, "numberSymbol": "%s", "signedOn": "%s", "signerName": "Nguyễn Văn Thưởng",
                 "signerTitle": "Trưởng phòng", "reason": "Xét đề nghị của Hội đồng Thi đua – Khen thưởng Phòng Giáo dục và Đào tạo",
                 "proposalIds": [%d]}""".formatted(unit("PGDDT-PG"), number, TODAY, proposalId);
    }

    static String docxText(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); var ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }
}
