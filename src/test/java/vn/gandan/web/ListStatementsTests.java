package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.ApiClient;

/**
 * Issue 14, national scale: lists whose statements grew with their rows. {@code GET /api/v1/plans} built each plan's
 * whole view (~8 statements per plan, 214 for a Sở at national scale): with a dozen more plans its count must not
 * move, and each element must stay exactly {@code GET /api/v1/plans/{id}} (api.md: {@code [PlanView]}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementCounter.class)
class ListStatementsTests {

    /** The counter is global: a statement of a background job during the request counts too. */
    static final int NOISE = 3;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void apiPlanListCostsTheSameStatementsWithADozenMorePlansAndEachElementIsThePlansView() {
        ApiClient so = new ApiClient(port).as("so.binhduong");
        long soId = unit("SGDDT-BD");
        long before = statements(() -> so.get("/api/v1/plans"));
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> created = so.post("/api/v1/plans", body(soId, "Kế hoạch đếm câu lệnh " + i, unit("TH-PS")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        long after = statements(() -> so.get("/api/v1/plans"));
        assertThat(after).as("statements with 12 more plans (before: %d)", before).isLessThanOrEqualTo(before + NOISE);

        JsonMapper json = JsonMapper.builder().build();
        JsonNode list = json.readTree(so.get("/api/v1/plans").body());
        assertThat(list.size()).isGreaterThanOrEqualTo(12);
        for (JsonNode plan : list) {
            HttpResponse<String> one = so.get("/api/v1/plans/" + plan.get("id").asLong());
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(plan).as("list element %s", plan.get("id")).isEqualTo(json.readTree(one.body()));
        }
    }

    private long statements(Supplier<HttpResponse<String>> request) {
        assertThat(request.get().statusCode()).isEqualTo(200);
        long before = StatementCounter.EXECUTED.get();
        assertThat(request.get().statusCode()).isEqualTo(200);
        return StatementCounter.EXECUTED.get() - before;
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private static String body(long issuer, String title, long lead) {
        return """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d], "title": "%s",
                 "period": {"kind": "YEAR", "value": "2026"}, "place": "Bình Dương",
                 "sections": [{"heading": "MỤC ĐÍCH, YÊU CẦU", "body": "Nâng cao nhận thức về công tác dân vận."}],
                 "tasks": [{"title": "Tổ chức đối thoại", "leadUnitId": %d, "due": "2026-06-15", "recurrence": "ONCE"},
                           {"title": "Báo cáo tháng", "leadUnitId": %d, "due": "2026-01-15", "recurrence": "MONTHLY"}],
                 "reportDeadlines": [], "recipients": [], "signers": []}""".formatted(issuer, title, lead, lead);
    }
}
