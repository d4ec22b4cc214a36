package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.ApiClient.id;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;

/** The plans calls of api.md with the demo accounts: the Phòng drafts and issues, a school implements it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    static String body(long issuer, String title, boolean complete, long... assignees) {
        String assigned = assignees.length == 0 ? "" : ",\"assigneeUnitIds\": [" + String.join(",",
                java.util.Arrays.stream(assignees).mapToObj(Long::toString).toList()) + "]";
        return """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d], "title": "%s",
                 "period": {"kind": "YEAR", "value": "2026"}, "place": "Phú Giáo",
                 "baseRefs": [{"citation": "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường công tác dân vận"}],
                 "sections": [{"heading": "MỤC ĐÍCH, YÊU CẦU", "body": "Nâng cao nhận thức về công tác dân vận chính quyền."},
                              {"heading": "NHIỆM VỤ TRỌNG TÂM", "items": [{"heading": "Đối thoại", "body": "Tổ chức đối thoại giữa người đứng đầu và viên chức",
                                "subItems": ["Mỗi trường ít nhất 1 lần/năm", "Báo cáo kết quả"]}]}],
                 "tasks": [{"title": "Tổ chức hội nghị đối thoại", "leadUnitId": %d%s, "due": "2026-06-15", "recurrence": "ONCE"}],
                 "reportDeadlines": [{"period": "SIX_MONTH", "due": "2026-05-05"}, {"period": "ANNUAL", "due": "2026-12-01"}],
                 "recipients": %s,
                 "signers": %s}""".formatted(issuer, title, issuer, assigned,
                complete ? "[\"Sở GDĐT Bình Dương\", \"Các trường trực thuộc\", \"Lưu: VT\"]" : "[]",
                complete ? "[{\"name\": \"Nguyễn Văn Bình\", \"title\": \"TRƯỞNG PHÒNG\", \"onBehalf\": null}]" : "[]");
    }

    @Test
    void createUpdateIssueDeriveCoverageAndDocumentsAsApiMdSays() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        ApiClient leader = new ApiClient(port).as("ld.phugiao");
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        ApiClient other = new ApiClient(port).as("th.anlinh");
        long phongId = unit("PGDDT-PG");
        long phuocSang = unit("TH-PS");

        HttpResponse<String> created = phong.post("/api/v1/plans", body(phongId, "Thực hiện công tác dân vận chính quyền năm 2026", false, phuocSang));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"DRAFT\"").contains("\"numberSymbol\":null");
        long id = id(created.body());

        assertThat(phong.post("/api/v1/plans/" + id + "/issue", "").statusCode()).as("a specialist issues approved plans only")
                .isEqualTo(409);
        HttpResponse<String> incomplete = leader.post("/api/v1/plans/" + id + "/issue", "");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("\"field\":\"signers\"").contains("\"field\":\"recipients\"")
                .contains("Thiếu người ký");

        HttpResponse<String> updated = phong.put("/api/v1/plans/" + id, body(phongId, "Thực hiện công tác dân vận chính quyền năm học 2026", true, phuocSang));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.body()).contains("năm học 2026");

        HttpResponse<String> issued = leader.post("/api/v1/plans/" + id + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.body()).contains("\"status\":\"ISSUED\"").contains("\"symbol\":\"KH-PGDĐT\"")
                .containsPattern("\"numberSymbol\":\"\\d{2,}/KH-PGDĐT\"").containsPattern("\"issueDate\":\"\\d{4}-\\d\\d-\\d\\d\"");
        assertThat(phong.post("/api/v1/plans/" + id + "/issue", "").statusCode()).as("re-issue").isEqualTo(409);
        assertThat(phong.put("/api/v1/plans/" + id, body(phongId, "Sửa", true)).statusCode()).as("edit issued").isEqualTo(409);

        // the schools below see the issued plan; a sibling school does not see the other's draft
        assertThat(other.get("/api/v1/plans/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> derived = school.post("/api/v1/plans/" + id + "/derive", "{\"unitId\": " + phuocSang + "}");
        assertThat(derived.statusCode()).as(derived.body()).isEqualTo(201);
        assertThat(derived.body()).contains("\"status\":\"DRAFT\"").contains("{\"planId\":" + id)
                .contains("Chỉ thị số 33/CT-TTg").contains("NHIỆM VỤ TRỌNG TÂM").contains("Tổ chức hội nghị đối thoại")
                .contains("\"recipient\":\"Phòng Giáo dục và Đào tạo Phú Giáo\"");
        long derivedId = id(derived.body());
        assertThat(other.get("/api/v1/plans/" + derivedId).statusCode()).isEqualTo(404);
        assertThat(school.post("/api/v1/plans/" + id + "/derive", "{\"unitId\": " + unit("TH-AL") + "}").statusCode())
                .as("another school's unit").isEqualTo(404);

        HttpResponse<String> coverage = phong.get("/api/v1/plans/" + id + "/coverage");
        assertThat(coverage.statusCode()).isEqualTo(200);
        assertThat(coverage.body()).contains("\"implemented\":0").contains("\"unitName\":\"Trường Tiểu học Phước Sang\",\"planId\":null,\"status\":\"DRAFT\"");

        // the school completes and issues its own plan: coverage counts it
        String schoolPlan = school.get("/api/v1/plans/" + derivedId).body();
        HttpResponse<String> schoolIssue = school.post("/api/v1/plans/" + derivedId + "/issue", "");
        assertThat(schoolIssue.statusCode()).as("derived draft lacks signers").isEqualTo(422);
        assertThat(schoolPlan).contains("\"place\":\"Phú Giáo\"");
        HttpResponse<String> schoolUpdate = school.put("/api/v1/plans/" + derivedId, body(phuocSang, "Thực hiện công tác dân vận năm 2026", true)
                .replace("\"baseRefs\": [", "\"baseRefs\": [{\"planId\": " + id + "}, ").replace("2026-05-05", "2026-04-28").replace("2026-12-01", "2026-11-24"));
        assertThat(schoolUpdate.statusCode()).as(schoolUpdate.body()).isEqualTo(200);
        HttpResponse<String> schoolIssued = school.post("/api/v1/plans/" + derivedId + "/issue", "");
        assertThat(schoolIssued.statusCode()).as(schoolIssued.body()).isEqualTo(200);
        assertThat(schoolIssued.body()).containsPattern("\"numberSymbol\":\"\\d{2,}/KH-THPS\"");
        String after = phong.get("/api/v1/plans/" + id + "/coverage").body();
        assertThat(after).contains("\"implemented\":1").contains("\"planId\":" + derivedId + ",\"status\":\"ISSUED\"");
        assertThat(phong.get("/api/v1/plans/" + id + "/descendants").body()).contains("\"id\":" + derivedId);
        assertThat(school.get("/api/v1/plans/" + derivedId + "/ancestors").body()).contains("\"id\":" + id);

        HttpResponse<byte[]> docx = phong.getBytes("/api/v1/plans/" + id + "/document.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        HttpResponse<byte[]> pdf = phong.getBytes("/api/v1/plans/" + id + "/document.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        assertThat(phong.get("/api/v1/plans?unitId=" + phongId + "&year=2026").body()).contains("\"id\":" + id);
        assertThat(phong.get("/api/v1/plans?unitId=" + phongId + "&year=2024").body()).doesNotContain("\"id\":" + id + ",");
    }

    /** A list never cuts silently: every page names the next in a Link header, and the pages together are the list. */
    @Test
    void thePlanListIsPagedWithALinkToTheNextPageAndBadPagingIsA400() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        List<Long> whole = ids(phong.get("/api/v1/plans").body());
        assertThat(whole).hasSizeGreaterThan(3);
        HttpResponse<String> all = phong.get("/api/v1/plans");
        assertThat(all.headers().firstValue("Link")).isEmpty();

        List<Long> paged = new ArrayList<>();
        String next = "/api/v1/plans?size=2&q=";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> res = phong.get(next);
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            List<Long> rows = ids(res.body());
            assertThat(rows.size()).isBetween(1, 2);
            paged.addAll(rows);
            pages++;
            next = ListPages.next(res);
            if (next != null) {
                assertThat(next).as("filters kept, page moved on").contains("q=").contains("size=2").contains("page=" + (pages + 1));
            }
        }
        assertThat(paged).as("the pages, in order, are the whole list").isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + 1) / 2);

        for (String bad : List.of("page=0", "size=0", "size=501", "page=-3", "size=abc")) {
            HttpResponse<String> res = phong.get("/api/v1/plans?" + bad);
            assertThat(res.statusCode()).as(bad).isEqualTo(400);
            assertThat(res.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        }
        assertThat(phong.get("/api/v1/plans?size=501").body()).contains("phân trang").contains("500");
    }

    private static List<Long> ids(String listJson) {
        List<Long> out = new ArrayList<>();
        JsonMapper.shared().readTree(listJson).forEach(plan -> out.add(plan.path("id").asLong()));
        return out;
    }

    static long taskId(String planJson) {
        Matcher m = Pattern.compile("\"tasks\":\\[\\{\"id\":(\\d+)").matcher(planJson);
        assertThat(m.find()).as(planJson).isTrue();
        return Long.parseLong(m.group(1));
    }

    static Pattern progress = Pattern.compile("\"progress\":(\\d+),\"returnComment\"");

    static int planProgress(String planJson) {
        Matcher m = progress.matcher(planJson.strip());
        assertThat(m.find()).as(planJson).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void progressRollsUpFromTasksToThePlanAndFromImplementingPlansToTheParent() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        long phongId = unit("PGDDT-PG");
        long phuocSang = unit("TH-PS");
        long id = id(phong.post("/api/v1/plans", body(phongId, "Kế hoạch tiến độ", true, phuocSang)).body());
        assertThat(new ApiClient(port).as("ld.phugiao").post("/api/v1/plans/" + id + "/issue", "").statusCode()).isEqualTo(200);
        long parentTask = taskId(phong.get("/api/v1/plans/" + id).body());
        assertThat(planProgress(phong.get("/api/v1/plans/" + id).body())).isZero();

        String derived = school.post("/api/v1/plans/" + id + "/derive", "{\"unitId\": " + phuocSang + "}").body();
        long derivedId = id(derived);
        assertThat(school.put("/api/v1/plans/" + derivedId, body(phuocSang, "Kế hoạch của trường", true)
                .replace("\"baseRefs\": [", "\"baseRefs\": [{\"planId\": " + id + "}, ").replace("2026-05-05", "2026-04-28").replace("2026-12-01", "2026-11-24")).statusCode()).isEqualTo(200);
        assertThat(school.post("/api/v1/plans/" + derivedId + "/issue", "").statusCode()).isEqualTo(200);
        long schoolTask = taskId(school.get("/api/v1/plans/" + derivedId).body());

        assertThat(school.post("/api/v1/tasks/" + schoolTask + "/updates", "{\"progress\": 100, \"note\": \"Đã tổ chức\"}")
                .statusCode()).isEqualTo(201);
        assertThat(planProgress(school.get("/api/v1/plans/" + derivedId).body())).isEqualTo(100);
        // the parent: its own task at 0 %, its implementing plan at 100 % → 50 %
        assertThat(planProgress(phong.get("/api/v1/plans/" + id).body())).isEqualTo(50);
        assertThat(phong.post("/api/v1/tasks/" + parentTask + "/updates", "{\"progress\": 50}").statusCode()).isEqualTo(201);
        assertThat(planProgress(phong.get("/api/v1/plans/" + id).body())).isEqualTo(75);
    }

    @Test
    void aSpecialistCancelsADraftButOnlyTheLeaderWithdrawsAnIssuedPlanAndItsTasksClose() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        ApiClient leader = new ApiClient(port).as("th.phuocsang");
        long phongId = unit("PGDDT-PG");
        long phuocSang = unit("TH-PS");
        long draft = id(phong.post("/api/v1/plans", body(phongId, "Dự thảo sẽ hủy", false)).body());
        HttpResponse<String> cancelled = phong.post("/api/v1/plans/" + draft + "/cancel", "");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
        assertThat(phong.post("/api/v1/plans/" + draft + "/cancel", "").statusCode()).as("already cancelled").isEqualTo(409);

        long issued = id(phong.post("/api/v1/plans", body(phongId, "Kế hoạch sẽ thu hồi", true)).body());
        assertThat(new ApiClient(port).as("ld.phugiao").post("/api/v1/plans/" + issued + "/issue", "").statusCode()).isEqualTo(200);
        assertThat(phong.post("/api/v1/plans/" + issued + "/cancel", "").statusCode()).as("specialist").isEqualTo(403);

        // the school's leader withdraws the school's own issued plan; its task is closed
        long schoolPlan = id(leader.post("/api/v1/plans", body(phuocSang, "Kế hoạch của trường sẽ thu hồi", true)).body());
        assertThat(leader.post("/api/v1/plans/" + schoolPlan + "/issue", "").statusCode()).isEqualTo(200);
        HttpResponse<String> withdrawn = leader.post("/api/v1/plans/" + schoolPlan + "/cancel", "");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"status\":\"CANCELLED\"").contains("\"status\":\"CLOSED\"");
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'Plan' and object_id = :id and action = 'CANCEL'"
                + " and before::text like '%ISSUED%'").param("id", String.valueOf(schoolPlan)).query(Integer.class).single())
                .as("the audit keeps the status before").isEqualTo(1);
    }

    @Test
    void aSpecialistSubmitsTheLeaderReturnsWithACommentThenApprovesAndTheSpecialistIssues() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        ApiClient leader = new ApiClient(port).as("ld.phugiao");
        long phongId = unit("PGDDT-PG");
        long id = id(phong.post("/api/v1/plans", body(phongId, "Kế hoạch trình ký", true)).body());
        assertThat(leader.post("/api/v1/plans/" + id + "/approve", "").statusCode()).as("not submitted").isEqualTo(409);
        HttpResponse<String> submitted = phong.post("/api/v1/plans/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"status\":\"PENDING_APPROVAL\"");
        assertThat(phong.put("/api/v1/plans/" + id, body(phongId, "Sửa khi chờ duyệt", true)).statusCode()).isEqualTo(409);
        assertThat(phong.post("/api/v1/plans/" + id + "/approve", "").statusCode()).as("a specialist").isEqualTo(403);
        assertThat(leader.post("/api/v1/plans/" + id + "/return", "{\"comment\": \" \"}").statusCode()).isEqualTo(422);
        HttpResponse<String> returned = leader.post("/api/v1/plans/" + id + "/return", "{\"comment\": \"Bổ sung chỉ tiêu\"}");
        assertThat(returned.statusCode()).isEqualTo(200);
        assertThat(returned.body()).contains("\"status\":\"DRAFT\"").contains("Bổ sung chỉ tiêu");
        assertThat(phong.put("/api/v1/plans/" + id, body(phongId, "Kế hoạch trình ký (đã sửa)", true)).statusCode()).isEqualTo(200);
        assertThat(phong.post("/api/v1/plans/" + id + "/submit", "").statusCode()).isEqualTo(200);
        assertThat(phong.post("/api/v1/plans/" + id + "/issue", "").statusCode()).as("pending").isEqualTo(409);
        HttpResponse<String> approved = leader.post("/api/v1/plans/" + id + "/approve", "");
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"");
        HttpResponse<String> issued = phong.post("/api/v1/plans/" + id + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.body()).contains("\"status\":\"ISSUED\"").contains("\"step\":\"RETURNED\"")
                .contains("\"step\":\"APPROVED\"").contains("\"step\":\"ISSUED\"");
    }

    @Test
    void badInputAnswersWithFieldProblemsInVietnamese() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        long phongId = unit("PGDDT-PG");
        HttpResponse<String> r = phong.post("/api/v1/plans", """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d, %d], "title": "  ", "period": {"kind": "YEAR", "value": "20x6"},
                 "tasks": [{"title": "", "recurrence": "WEEKLY"}],
                 "reportDeadlines": [{"period": "DAILY", "due": null}],
                 "signers": [{"name": "A", "title": "B", "onBehalf": "XYZ C"}]}""".formatted(phongId, unit("TH-PS")));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"issuerUnitIds\"").contains("\"field\":\"title\"")
                .contains("\"field\":\"period.value\"").contains("\"field\":\"tasks[0].title\"")
                .contains("\"field\":\"tasks[0].recurrence\"").contains("\"field\":\"reportDeadlines[0].period\"")
                .contains("\"field\":\"reportDeadlines[0].due\"").contains("\"field\":\"signers[0].onBehalf\"")
                .contains("Nhập trích yếu");
        assertThat(phong.post("/api/v1/plans", "{\"kind\": \"KE_HOACH\",").statusCode()).isEqualTo(400);
        assertThat(phong.get("/api/v1/plans/999999").statusCode()).isEqualTo(404);
        // a school cannot draft for the Phòng (visible through nothing → 404), nor see another school's plans
        ApiClient school = new ApiClient(port).as("th.anlinh");
        assertThat(school.post("/api/v1/plans", body(phongId, "X", true)).statusCode()).isEqualTo(404);
        assertThat(school.get("/api/v1/plans?unitId=" + unit("TH-PS")).statusCode()).isEqualTo(404);
    }
}
