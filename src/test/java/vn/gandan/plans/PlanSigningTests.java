package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.gandan.ApiClient.id;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.ApiClient;

/**
 * Found by the loop journey: a leader could only sign a plan by issuing it himself (taking the number); now the leader
 * signs on a confirmation page and the clerk (văn thư, demo vt.phugiao) registers the number and issues it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanSigningTests {

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

    private long submittedPlan(String title) throws Exception {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        ApiClient specialist = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> created = specialist.post("/api/v1/plans", PlanApiTests.body(phong, title, true));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = id(created.body());
        assertThat(specialist.post("/api/v1/plans/" + id + "/submit", "").statusCode()).isEqualTo(200);
        return id;
    }

    private MockHttpServletResponse sign(String username, long id, boolean confirmed) throws Exception {
        var req = post("/plans/" + id + "/sign").with(user(username)).with(csrf());
        MockHttpServletResponse res = mvc.perform(confirmed ? req.param("confirm", "yes") : req).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    private String status(long id) {
        return jdbc.sql("select status from plan where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void theLeaderSignsOnAConfirmationPageAndTheClerkNumbersAndIssues() throws Exception {
        long id = submittedPlan("Kế hoạch ký duyệt, văn thư cấp số 2026");
        MockHttpServletResponse page = sign("ld.phugiao", id, false);
        assertThat(page.getContentAsString()).contains("Bạn sắp ký văn bản").contains("name=\"confirm\" value=\"yes\"");
        assertThat(status(id)).as("nothing signed before the confirmation").isEqualTo("PENDING_APPROVAL");

        assertThat(sign("ld.phugiao", id, true).getRedirectedUrl()).isEqualTo("/plans/" + id);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select signed_by from approval_state where subject_type = 'PLAN' and subject_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("ld.phugiao");

        HttpResponse<String> issued = new ApiClient(port).as("vt.phugiao").post("/api/v1/plans/" + id + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.body()).containsPattern("\"numberSymbol\":\"\\d+/KH-PGDĐT\"");
        assertThat(jdbc.sql("select string_agg(step, ',' order by id) from approval_step where subject_type = 'PLAN' and subject_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("SUBMITTED,SIGNED,ISSUED");
        MockHttpServletResponse shown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/plans/" + id).with(user("vt.phugiao"))).andReturn().getResponse();
        shown.setCharacterEncoding("UTF-8");
        assertThat(shown.getContentAsString()).as("the trail names the signing step").contains("Lãnh đạo ký")
                .doesNotContain("??plans.step");
    }

    @Test
    void onlyTheLeaderSignsAndOnlyWhatWasSubmitted() throws Exception {
        long id = submittedPlan("Kế hoạch chỉ lãnh đạo ký 2026");
        assertThat(sign("phong.phugiao", id, true).getStatus()).isEqualTo(403);
        assertThat(sign("vt.phugiao", id, false).getStatus()).isEqualTo(403);
        sign("ld.phugiao", id, true);
        MockHttpServletResponse again = sign("ld.phugiao", id, true);
        assertThat(again.getRedirectedUrl()).as("signed twice: refused on the plan page").isEqualTo("/plans/" + id);
        assertThat(again.getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void anIncompletePlanSubmittedIsRefusedAsASubmissionNotAsAnIssue() throws Exception {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        HttpResponse<String> created = new ApiClient(port).as("phong.phugiao")
                .post("/api/v1/plans", PlanApiTests.body(phong, "Kế hoạch còn thiếu thành phần 2026", false));
        long id = id(created.body());
        var result = mvc.perform(post("/plans/" + id + "/submit").with(user("phong.phugiao")).with(csrf())).andReturn();
        assertThat(String.valueOf(result.getFlashMap().get("problem"))).startsWith("Chưa thể trình ký: còn thiếu");
        assertThat(status(id)).isEqualTo("DRAFT");
    }
}
