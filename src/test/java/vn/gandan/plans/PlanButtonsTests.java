package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.gandan.ApiClient.id;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.ApiClient;

/**
 * The plan page gives one primary action per role and state (left alone in session 10: the leader saw both "Ký (văn
 * thư cấp số…)" and "Ký và ban hành", and the drafter "Trình ký" next to the list of missing parts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanButtonsTests {

    private static final String DEADLINES = "\"reportDeadlines\": [{\"period\": \"SIX_MONTH\", \"due\": \"2026-05-05\"},"
            + " {\"period\": \"ANNUAL\", \"due\": \"2026-12-01\"}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private long draft(String username, String unitCode, String title, boolean complete) {
        long u = unit(unitCode);
        String body = PlanApiTests.body(u, title, complete).replace(DEADLINES, "\"reportDeadlines\": []");
        HttpResponse<String> created = new ApiClient(port).as(username).post("/api/v1/plans", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created.body());
    }

    private String page(String username, long id) throws Exception {
        return html(get("/plans/" + id).with(user(username)));
    }

    private String html(MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The message a refused step carries back to the plan page (flash attribute "problem"). */
    private Object refusal(MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getFlashMap().get("problem");
    }

    @Test
    void theLeaderOfAUnitWithAClerkSignsOnlyAndTheClerkIssues() throws Exception {
        long id = draft("phong.phugiao", "PGDDT-PG", "Kế hoạch một nút chính: Phòng có văn thư 2026", true);
        assertThat(new ApiClient(port).as("phong.phugiao").post("/api/v1/plans/" + id + "/submit", "").statusCode()).isEqualTo(200);

        String leader = page("ld.phugiao", id);
        assertThat(leader).contains("id=\"plan-sign\"").doesNotContain("plan-sign-issue").doesNotContain("confirm-issue")
                .doesNotContain("/approve\"").contains("/return\"");
        assertThat(page("phong.phugiao", id)).as("waiting for the leader: nothing to press")
                .doesNotContain("plan-sign").doesNotContain("confirm-issue").doesNotContain("/submit\"");

        mvc.perform(post("/plans/" + id + "/sign").param("confirm", "yes").with(user("ld.phugiao")).with(csrf()));
        assertThat(page("ld.phugiao", id)).contains("chờ văn thư cấp số và ban hành")
                .doesNotContain("plan-sign").doesNotContain("confirm-issue");
        assertThat(page("vt.phugiao", id)).contains("id=\"confirm-issue\"").doesNotContain("plan-sign");
    }

    @Test
    void theLeaderOfAUnitWithoutAClerkSignsAndIssuesOnTheConfirmationPage() throws Exception {
        long id = draft("th.phuocsang", "TH-PS", "Kế hoạch một nút chính: trường không có văn thư 2026", true);

        String leader = page("th.phuocsang", id);
        assertThat(leader).contains("id=\"plan-sign-issue\"").contains("Ký và ban hành")
                .doesNotContain("id=\"plan-sign\"").doesNotContain("confirm-issue");
        String confirm = html(post("/plans/" + id + "/issue").with(user("th.phuocsang")).with(csrf()));
        assertThat(confirm).contains("Bạn sắp cấp số").contains("name=\"confirm\" value=\"yes\"").contains("Ký và ban hành");
        assertThat(jdbc.sql("select status from plan where id = :id").param("id", id).query(String.class).single())
                .as("nothing issued before the confirmation").isEqualTo("DRAFT");
    }

    @Test
    void anIncompleteDraftListsWhatToFixWithLinksAndOffersNoSubmission() throws Exception {
        long id = draft("phong.phugiao", "PGDDT-PG", "Kế hoạch còn thiếu người ký và nơi nhận 2026", false);

        String specialist = page("phong.phugiao", id);
        assertThat(specialist).contains("Chưa thể trình ký: bổ sung các phần sau")
                .contains("href=\"/plans/" + id + "/edit#signers\"").contains("href=\"/plans/" + id + "/edit#recipients\"")
                .doesNotContain("/submit\"");
        String leader = page("ld.phugiao", id);
        assertThat(leader).as("the leader's own incomplete draft: nothing to sign")
                .doesNotContain("plan-sign").doesNotContain("confirm-issue");

        // the server still refuses, in place, whoever posts anyway
        assertThat(refusal(post("/plans/" + id + "/submit").with(user("phong.phugiao")).with(csrf())))
                .isEqualTo("Chưa thể trình ký: còn thiếu 2 thành phần bắt buộc của văn bản.");
        assertThat(refusal(post("/plans/" + id + "/sign").with(user("ld.phugiao")).with(csrf())))
                .isEqualTo("Chưa thể ký: còn thiếu 2 thành phần bắt buộc của văn bản.");
        assertThat(jdbc.sql("select status from plan where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void anEmptySectionLinksToThatSectionOfTheEditor() throws Exception {
        long id = draft("phong.phugiao", "PGDDT-PG", "Kế hoạch có mục trống 2026", true);
        String body = PlanApiTests.body(unit("PGDDT-PG"), "Kế hoạch có mục trống 2026", true).replace(DEADLINES,
                "\"reportDeadlines\": []").replace("\"sections\": [", "\"sections\": [{\"heading\": \"TỔ CHỨC THỰC HIỆN\"}, ");
        assertThat(new ApiClient(port).as("phong.phugiao").put("/api/v1/plans/" + id, body).statusCode()).isEqualTo(200);
        assertThat(page("phong.phugiao", id)).contains("href=\"/plans/" + id + "/edit#section-0\"")
                .contains("Có mục chỉ có tiêu đề").doesNotContain("/submit\"");
    }
}
