package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.ApiClient.id;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** The reporting calls of api.md with the demo accounts: a school reports, the Phòng receives and consolidates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void schoolSubmitsPhongReturnsThenAcceptsAndConsolidatedTotalsFollow() {
        ApiClient school = new ApiClient(port).as("th.anlinh");
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        long anLinh = unit("TH-AL");
        long phongId = unit("PGDDT-PG");
        String before = phong.get("/api/v1/reports/consolidated?unitId=" + phongId + "&formCode=DVCQ&period=2035").body();
        assertThat(before).contains("\"expected\":").contains("\"submitted\":0");

        HttpResponse<String> created = school.post("/api/v1/reports/submissions", """
                {"unitId": %d, "formCode": "DVCQ", "period": "2035",
                 "values": {"DIALOGUES_HELD": 2, "PETITIONS_RECEIVED": 5, "PETITIONS_RESOLVED": 4, "DVK_MODELS_REGISTERED": 1},
                 "sections": {"DEMOCRACY": "Tổ chức 2 cuộc đối thoại."}}""".formatted(anLinh));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"DRAFT\"");
        long id = id(created.body());

        String listed = phong.get("/api/v1/reports/submissions?unitId=" + anLinh + "&formCode=DVCQ&period=2035").body();
        assertThat(listed).startsWith("[").contains("\"id\":" + id).contains("\"period\":\"2035\"");
        assertThat(phong.get("/api/v1/reports/submissions?period=2035").body()).as("no filter but the period, in scope")
                .contains("\"id\":" + id);
        assertThat(new ApiClient(port).as("th.phuocsang").get("/api/v1/reports/submissions?period=2035").body())
                .as("a sibling school does not see An Linh's report").doesNotContain("\"id\":" + id + ",");
        assertThat(new ApiClient(port).as("th.phuocsang").get("/api/v1/reports/submissions?unitId=" + anLinh).statusCode())
                .isEqualTo(404);

        HttpResponse<String> submitted = school.post("/api/v1/reports/submissions/" + id + "/submit", "");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"status\":\"SUBMITTED\"");
        assertThat(school.post("/api/v1/reports/submissions/" + id + "/accept", "").statusCode())
                .as("a school cannot accept its own report").isEqualTo(403);

        String consolidated = phong.get("/api/v1/reports/consolidated?unitId=" + phongId + "&formCode=DVCQ&period=2035").body();
        assertThat(consolidated).contains("\"PETITIONS_RECEIVED\":5").contains("\"submitted\":1")
                .contains("\"unitName\":\"Trường Tiểu học An Linh\"");

        HttpResponse<String> returned = phong.post("/api/v1/reports/submissions/" + id + "/return",
                "{\"reason\": \"Bổ sung số liệu tiếp công dân\"}");
        assertThat(returned.statusCode()).isEqualTo(200);
        assertThat(returned.body()).contains("\"status\":\"RETURNED\"").contains("Bổ sung số liệu");
        assertThat(phong.get("/api/v1/reports/consolidated?unitId=" + phongId + "&formCode=DVCQ&period=2035").body())
                .doesNotContain("\"PETITIONS_RECEIVED\":5");

        assertThat(school.post("/api/v1/reports/submissions/" + id + "/submit", "").statusCode()).isEqualTo(200);
        HttpResponse<String> accepted = phong.post("/api/v1/reports/submissions/" + id + "/accept", "");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"status\":\"ACCEPTED\"");
        assertThat(phong.get("/api/v1/reports/consolidated?unitId=" + phongId + "&formCode=DVCQ&period=2035").body())
                .contains("\"PETITIONS_RECEIVED\":5");
    }

    @Test
    void outOfScopeAndBadInputAnswerWithProblems() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        HttpResponse<String> foreign = school.post("/api/v1/reports/submissions",
                "{\"unitId\": %d, \"formCode\": \"DVCQ\", \"period\": \"2036\"}".formatted(unit("TH-AL")));
        assertThat(foreign.statusCode()).isEqualTo(404);
        HttpResponse<String> badPeriod = school.post("/api/v1/reports/submissions",
                "{\"unitId\": %d, \"formCode\": \"DVCQ\", \"period\": \"2036-H1\"}".formatted(unit("TH-PS")));
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("Kỳ báo cáo");
        HttpResponse<String> badRule = school.post("/api/v1/reports/submissions", """
                {"unitId": %d, "formCode": "DVCQ", "period": "2036",
                 "values": {"PETITIONS_RECEIVED": 1, "PETITIONS_RESOLVED": 3}}""".formatted(unit("TH-PS")));
        assertThat(badRule.statusCode()).isEqualTo(422);
        assertThat(badRule.body()).contains("\"field\":\"values.PETITIONS_RESOLVED\"");
        assertThat(school.get("/api/v1/reports/consolidated?unitId=" + unit("PGDDT-PG") + "&formCode=DVCQ&period=2036")
                .statusCode()).isEqualTo(404);
    }
}
