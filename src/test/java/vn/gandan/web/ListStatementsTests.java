package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
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
import vn.gandan.PageClient;

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

    /**
     * {@code /reports} (a Phòng's matrix, its consolidated report, the regimes for its period) and the task list, with
     * 30 more schools under the Phòng and 5 more regimes of the form (out of force, so the pages do not change): a
     * query per child or per regime would add 30 or 30 statements.
     */
    @Test
    void reportMatrixAndTaskPagesCostTheSameWithThirtyMoreSchoolsAndFiveMoreRegimes() {
        vn.gandan.PageClient leader = vn.gandan.PageClient.signIn(port, "ld.phugiao");
        ApiClient api = new ApiClient(port).as("ld.phugiao");
        long phong = unit("PGDDT-PG");
        Map<String, Supplier<HttpResponse<String>>> pages = new java.util.LinkedHashMap<>();
        pages.put("/reports", () -> leader.get("/reports"));
        pages.put("task list", () -> leader.get("/units/" + phong + "/work"));
        pages.put("API tasks", () -> api.get("/api/v1/tasks"));
        Map<String, Long> before = new java.util.LinkedHashMap<>();
        pages.forEach((page, request) -> before.put(page, statements(request)));
        jdbc.sql("""
                insert into org_unit(code, name, kind, valid_from, search_text)
                select 'LST-' || g, 'Trường thử ' || g, 'TRUONG', date '2000-01-01', 'truong thu ' || g
                from generate_series(1, 30) g""").update();
        jdbc.sql("""
                insert into org_unit_link(unit_id, parent_id, valid_from)
                select id, :p, date '2000-01-01' from org_unit where code like 'LST-%'""").param("p", phong).update();
        jdbc.sql("""
                insert into report_regime(name, form_id, form_version, valid_from, valid_to)
                select 'Chế độ cũ ' || g, f.id, 1, date '2001-01-01', date '2001-12-31'
                from report_form f, generate_series(1, 5) g where f.code = 'DVCQ'""").update();
        pages.forEach((page, request) -> assertThat(statements(request))
                .as("%s with 30 more schools and 5 more regimes (before: %d)", page, before.get(page))
                .isLessThanOrEqualTo(before.get(page) + NOISE));
    }

    /**
     * Session 13: the plan list ({@code /plans}, every year) and a plan page, with a dozen more plans of the Sở (their
     * progress is a stored per-plan sum, their visibility a check of the listed issuers) and a plan page whose plan has
     * 20 tasks led by 20 schools instead of 2 and three plan bases instead of one (the bases read in one query, the
     * task units named in one): a query per plan, per task or per base would add 12, 18 or 2 statements.
     */
    @Test
    void planListAndPlanPageCostTheSameWithADozenMorePlansTwentyTasksAndThreeBases() {
        PageClient so = PageClient.signIn(port, "so.binhduong");
        ApiClient api = new ApiClient(port).as("so.binhduong");
        long soId = unit("SGDDT-BD");
        long base = created(api, body(soId, "Kế hoạch căn cứ đếm câu lệnh", unit("TH-PS")));
        long small = created(api, withBases(body(soId, "Kế hoạch hai nhiệm vụ", unit("TH-PS")), base));
        long listBefore = statements(() -> so.get("/plans?year=0"));
        long pageBefore = statements(() -> so.get("/plans/" + small));
        jdbc.sql("""
                insert into org_unit(code, name, kind, valid_from, search_text)
                select 'LSP-' || g, 'Trường kế hoạch ' || g, 'TRUONG', date '2000-01-01', 'truong ke hoach ' || g
                from generate_series(1, 20) g""").update();
        jdbc.sql("""
                insert into org_unit_link(unit_id, parent_id, valid_from)
                select id, :p, date '2000-01-01' from org_unit where code like 'LSP-%'""").param("p", unit("PGDDT-PG")).update();
        long second = created(api, body(soId, "Kế hoạch căn cứ thứ hai", unit("TH-PS")));
        long third = created(api, body(soId, "Kế hoạch căn cứ thứ ba", unit("TH-PS")));
        String tasks = String.join(",", jdbc.sql("select id from org_unit where code like 'LSP-%' order by id").query(Long.class)
                .list().stream().map(u -> "{\"title\": \"Đối thoại tại trường " + u + "\", \"leadUnitId\": " + u
                        + ", \"due\": \"2026-06-15\", \"recurrence\": \"ONCE\"}").toList());
        long big = created(api, withBases(body(soId, "Kế hoạch hai mươi nhiệm vụ", unit("TH-PS"))
                .replaceFirst("\"tasks\": \\[[^\\]]*\\]", "\"tasks\": [" + tasks + "]"), base, second, third));
        for (int i = 0; i < 9; i++) created(api, body(soId, "Kế hoạch thêm " + i, unit("TH-PS")));
        assertThat(statements(() -> so.get("/plans?year=0"))).as("/plans with 12 more plans (before: %d)", listBefore)
                .isLessThanOrEqualTo(listBefore + NOISE);
        assertThat(statements(() -> so.get("/plans/" + big)))
                .as("plan page with 20 tasks of 20 schools and 3 bases (2 tasks, 1 base: %d)", pageBefore)
                .isLessThanOrEqualTo(pageBefore + NOISE);
    }

    private static long created(ApiClient api, String body) {
        HttpResponse<String> created = api.post("/api/v1/plans", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
    }

    private static String withBases(String body, long... planIds) {
        String refs = String.join(", ", java.util.Arrays.stream(planIds).mapToObj(id -> "{\"planId\": " + id + "}").toList());
        return body.replace("\"reportDeadlines\": []", "\"baseRefs\": [" + refs + "], \"reportDeadlines\": []");
    }

    private long statements(Supplier<HttpResponse<String>> request) {
        assertThat(request.get().statusCode()).isIn(200, 302);
        long before = StatementCounter.EXECUTED.get();
        assertThat(request.get().statusCode()).isIn(200, 302);
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
