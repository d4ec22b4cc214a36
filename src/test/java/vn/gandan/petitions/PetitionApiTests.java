package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import tools.jackson.databind.JsonNode;
import vn.gandan.ListPages;

/** api.md "Citizens" called exactly as written, with the demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PetitionApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    static String body(long unitId, String kind, String receivedOn, String name, String knowledgeOn) {
        return """
                {"unitId": %d, "kind": "%s", "receivedOn": "%s", "channel": "TRUC_TIEP",
                 "content": "Phản ánh việc thu các khoản ngoài quy định tại lớp 3A",
                 "petitioner": {"name": "%s", "address": "Ấp 3, xã Phước Sang", "phone": "0912345678",
                                "idNumber": "074123456789"}%s}""".formatted(unitId, kind, receivedOn, name,
                knowledgeOn == null ? "" : ", \"knowledgeOn\": \"" + knowledgeOn + "\"");
    }

    @Test
    void complaintFiledAfterNinetyDaysIsRefusedWithAFieldError_B1() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        HttpResponse<String> late = school.post("/api/v1/petitions",
                body(unit("TH-PS"), "KHIEU_NAI", "2026-11-03", "Nguyễn Văn Muộn", "2026-08-04"));
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("\"field\":\"receivedOn\"").contains("quá thời hiệu 90 ngày");
        HttpResponse<String> inTime = school.post("/api/v1/petitions",
                body(unit("TH-PS"), "KHIEU_NAI", "2026-11-03", "Nguyễn Văn Kịp", "2026-08-05"));
        assertThat(inTime.statusCode()).isEqualTo(201);
        assertThat(inTime.body()).contains("\"status\":\"RECEIVED\"").contains("\"intakeDue\":\"2026-11-13\"");
    }

    @Test
    void acceptSetsTheResolutionDeadlineByComplexity_B3() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        long id = ApiClient.id(school.post("/api/v1/petitions",
                body(unit("TH-PS"), "KHIEU_NAI", "2026-10-01", "Trần Thị Phức", "2026-09-20")).body());
        HttpResponse<String> accepted = school.post("/api/v1/petitions/" + id + "/accept",
                "{\"on\": \"2026-10-05\", \"complexity\": \"COMPLEX\"}");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"status\":\"ACCEPTED\"").contains("\"acceptedOn\":\"2026-10-05\"")
                .contains("\"resolutionDue\":\"2026-11-19\"").contains("Luật Khiếu nại 2011, Điều 28");
        assertThat(school.post("/api/v1/petitions/" + id + "/accept", "{\"on\": \"2026-10-06\"}").statusCode())
                .as("accepting twice").isEqualTo(409);
    }

    @Test
    void denouncerIsMaskedForAdminsUnitsAboveAndListsAndOutOfScopeIs404_C6() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        HttpResponse<String> created = school.post("/api/v1/petitions",
                body(unit("TH-PS"), "TO_CAO", "2026-11-20", "Lê Văn Tốgiác", null));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("Lê Văn Tốgiác");
        long id = ApiClient.id(created.body());
        for (String other : new String[] {"so.binhduong", "admin", "phong.phugiao"}) {
            HttpResponse<String> seen = new ApiClient(port).as(other).get("/api/v1/petitions/" + id);
            assertThat(seen.statusCode()).as(other).isEqualTo(200);
            assertThat(seen.body()).as(other).doesNotContain("Tốgiác").doesNotContain("074123456789")
                    .contains("\"name\":\"***\"").contains("\"idNumber\":\"***\"");
        }
        HttpResponse<String> list = school.get("/api/v1/petitions?unitId=" + unit("TH-PS"));
        assertThat(list.body()).doesNotContain("Tốgiác").contains("\"name\":\"***\"");
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/petitions/" + id).statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/petitions?unitId=" + unit("TH-PS")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'Petition' and object_id = :o and action = 'READ'")
                .param("o", String.valueOf(id)).query(Integer.class).single()).as("the handler's unmasked read").isPositive();
    }

    @Test
    void aThirdExtensionIsRefusedAndOverThirtyDaysIs422_C4() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        long id = ApiClient.id(school.post("/api/v1/petitions",
                body(unit("TH-PS"), "TO_CAO", "2026-09-01", "Phạm Văn Giahạn", null)).body());
        school.post("/api/v1/petitions/" + id + "/accept", "{\"on\": \"2026-09-07\", \"complexity\": \"VERY_COMPLEX\"}");
        assertThat(school.post("/api/v1/petitions/" + id + "/extend", "{\"on\": \"2026-10-01\", \"days\": 31, \"reason\": \"Xác minh\"}")
                .statusCode()).isEqualTo(422);
        HttpResponse<String> first = school.post("/api/v1/petitions/" + id + "/extend",
                "{\"on\": \"2026-10-01\", \"days\": 30, \"reason\": \"Xác minh nhiều nơi\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"extensions\":1");
        assertThat(school.post("/api/v1/petitions/" + id + "/extend", "{\"on\": \"2026-11-01\", \"days\": 30, \"reason\": \"Lần hai\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> third = school.post("/api/v1/petitions/" + id + "/extend",
                "{\"on\": \"2026-11-20\", \"days\": 10, \"reason\": \"Lần ba\"}");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains("không cho phép gia hạn");
    }

    @Test
    void suspensionMovesTheDeadlineByTheDaysSuspended_B8() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        long id = ApiClient.id(school.post("/api/v1/petitions",
                body(unit("TH-PS"), "KIEN_NGHI", "2026-10-01", "Võ Thị Tạm", null)).body());
        school.post("/api/v1/petitions/" + id + "/accept", "{\"on\": \"2026-10-02\", \"complexity\": \"NORMAL\"}");
        assertThat(school.get("/api/v1/petitions/" + id).body()).as("30 days end on a Sunday: moved to Monday")
                .contains("\"resolutionDue\":\"2026-11-02\"");
        assertThat(school.post("/api/v1/petitions/" + id + "/suspend", "{\"on\": \"2026-10-10\", \"reason\": \"Chờ kết quả giám định\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> resumed = school.post("/api/v1/petitions/" + id + "/resume", "{\"on\": \"2026-10-20\"}");
        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat(resumed.body()).contains("\"resolutionDue\":\"2026-11-12\"").contains("\"status\":\"ACCEPTED\"");
        HttpResponse<String> resolved = school.post("/api/v1/petitions/" + id + "/resolve",
                "{\"on\": \"2026-11-10\", \"result\": \"Đã trả lời bằng văn bản\"}");
        assertThat(resolved.body()).contains("\"status\":\"RESOLVED\"").contains("\"onTime\":true");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        int before = jdbc.sql("select count(*) from petition").query(Integer.class).single();
        HttpResponse<String> bad = school.post("/api/v1/petitions", """
                {"unitId": %d, "kind": "KHIEU", "receivedOn": "2099-01-01", "channel": "", "content": "<script>x</script>",
                 "petitioner": {"name": "%s", "phone": "abc", "idNumber": "12"}}""".formatted(unit("TH-PS"), "A".repeat(400)));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"kind\"").contains("\"field\":\"receivedOn\"")
                .contains("\"field\":\"channel\"").contains("\"field\":\"content\"").contains("\"field\":\"petitioner.name\"")
                .contains("\"field\":\"petitioner.phone\"").contains("\"field\":\"petitioner.idNumber\"")
                .contains("Không được chứa mã HTML");
        assertThat(school.post("/api/v1/petitions", "{\"unitId\": \"abc\"}").statusCode()).isEqualTo(400);
        assertThat(school.post("/api/v1/petitions", "{}").statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from petition").query(Integer.class).single()).isEqualTo(before);
    }

    /** A list never cuts silently (issue 14): the register is paged, same-day cases in a total order (then id). */
    @Test
    void theRegisterIsPagedWithALinkToTheNextPageAndBadPagingIsA400() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        String word = "phantrang" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> created = school.post("/api/v1/petitions", """
                    {"unitId": %d, "kind": "PHAN_ANH", "receivedOn": "%s", "channel": "TRUC_TIEP",
                     "content": "Phản ánh %s số %d về lối đi trước cổng trường",
                     "petitioner": {"name": "Người Phân Trang", "address": "Ấp 3, xã Phước Sang", "phone": "0912345678"}}"""
                    .formatted(unit("TH-PS"), java.time.LocalDate.now(), word, i));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        List<JsonNode> whole = ListPages.pagesAreTheWholeList(school,
                "/api/v1/petitions?unitId=" + unit("TH-PS") + "&kind=PHAN_ANH&q=" + word, 2, 5);
        assertThat(whole).hasSize(5);
        ListPages.pagesAreTheWholeList(school, "/api/v1/petitions?unitId=" + unit("TH-PS"), 4, 5);
        ListPages.badPagingIsA400(school, "/api/v1/petitions", PetitionReads.LIST_LIMIT);
    }
}
