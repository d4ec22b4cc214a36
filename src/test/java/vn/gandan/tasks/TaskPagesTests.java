package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gandan.tasks.TaskFixtures.newPlanId;
import static vn.gandan.tasks.TaskFixtures.once;
import static vn.gandan.tasks.TaskFixtures.plan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** "Việc của đơn vị" and the task page: ordering, filters, scope, per-field messages, CSRF, the home widget. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private long unit(String code) {
        return TaskFixtures.unit(jdbc, code);
    }

    /** Found on the demo walk (session 11): a follow-up from meeting minutes linked to "/plans/0" (404) on the list. */
    @Test
    void aFollowUpTaskNamesItsSourceOnTheWorkListWithoutALinkToANonExistentPlan() throws Exception {
        long school = unit("TH-PS");
        TaskView t = tasks.createFollowUp("Trả lời ý kiến về bán trú sau đối thoại", school, school,
                LocalDate.now().plusDays(9), "Đối thoại đầu năm học với viên chức", "/meetings");
        String page = mvc.perform(get("/units/{id}/work", school).with(user("th.phuocsang")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/tasks/" + t.id() + "\"").contains("Nguồn").doesNotContain("href=\"/plans/0\"");
    }

    @Test
    void theUnitPageListsOverdueTasksFirstThenTheSoonestDueAndContinuousOnesLast() throws Exception {
        long school = unit("TH-PS");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String tag = "P" + newPlanId();
        PlanRef plan = plan(newPlanId(), unit("PGDDT-PG"), today.minusMonths(3), today.plusMonths(6));
        tasks.replaceForPlan(plan, List.of(
                once(tag + " C sau một tháng", school, today.plusDays(30)),
                new TaskSpec(tag + " D thường xuyên", school, List.of(), null, Recurrence.CONTINUOUS),
                once(tag + " A quá hạn", school, today.minusDays(10)),
                once(tag + " B trong tuần", school, today.plusDays(5), unit("TH-AL"))));
        tasks.activateForPlan(plan);

        String page = mvc.perform(get("/units/{id}/work", school).with(user("th.phuocsang")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Việc của đơn vị")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(tag + " A")).isPositive().isLessThan(page.indexOf(tag + " B"));
        assertThat(page.indexOf(tag + " B")).isLessThan(page.indexOf(tag + " C"));
        assertThat(page.indexOf(tag + " C")).isLessThan(page.indexOf(tag + " D"));
        assertThat(page).contains("Quá hạn");

        String soon = mvc.perform(get("/units/{id}/work", school).param("within", "10").with(user("th.phuocsang")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(soon).contains(tag + " A").contains(tag + " B").doesNotContain(tag + " C").doesNotContain(tag + " D");

        mvc.perform(get("/units/{id}/work", unit("TH-AL")).with(user("th.anlinh")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(tag + " B")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(tag + " A"))));
        mvc.perform(get("/units/{id}/work", school).with(user("th.anlinh"))).andExpect(status().isNotFound());
        mvc.perform(get("/work").with(user("th.phuocsang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + " A")));
        String home = mvc.perform(get("/").with(user("th.phuocsang"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String widget = home.substring(home.indexOf("Việc sắp đến hạn"));
        assertThat(widget).as("the home card lists overdue tasks of the unit (others may be older)")
                .contains("href=\"/tasks/").contains("Quá hạn").contains("href=\"/work\"");
    }

    /**
     * Issue 14: {@code /work} answered a redirect to the caller's unit's list, two round trips per visit; it now
     * serves that list's default view itself — the same page (its filter form still names {@code /units/{id}/work},
     * so filtering without JavaScript and bookmarks of either address keep working), its own parameters ignored as
     * the redirect ignored them.
     */
    @Test
    void myWorkIsTheOwnUnitsDefaultListWithoutARedirect() throws Exception {
        long school = unit("TH-PS");
        String direct = page(get("/work").with(user("th.phuocsang")));
        assertThat(direct).contains("action=\"/units/" + school + "/work\"").contains("name=\"status\"")
                .isEqualTo(page(get("/units/{id}/work", school).with(user("th.phuocsang"))));
        assertThat(page(get("/work").param("status", "ALL").with(user("th.phuocsang")))).isEqualTo(direct);
        assertThat(page(get("/work").with(user("th.anlinh"))))
                .isEqualTo(page(get("/units/{id}/work", unit("TH-AL")).with(user("th.anlinh"))))
                .isNotEqualTo(direct);
        // the filter form's target shows the other views, as before
        assertThat(page(get("/units/{id}/work", school).param("status", "ALL").with(user("th.phuocsang"))))
                .contains("<option value=\"ALL\" selected=\"selected\"");
    }

    @Test
    void aCallerWithNeitherAUnitNorAGrantIsStillSentToTheUnitsFromMyWork() throws Exception {
        assertThat(jdbc.sql("select count(*) from access_account a where a.username = 'admin' and a.unit_id is null"
                + " and not exists (select 1 from access_grant g where g.account_id = a.id)").query(Long.class).single())
                .as("the demo's system administrator has neither").isOne();
        mvc.perform(get("/work").with(user("admin"))).andExpect(redirectedUrl("/units"));
    }

    /** A page's HTML with the per-request CSRF token blanked. */
    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(name=\"_csrf\"[^>]*(?:value|content)=\")[^\"]+", "$1-");
    }

    @Test
    void theTaskPageShowsPerFieldMessagesAndRefusesFormsWithoutCsrfOrOutOfScope() throws Exception {
        long school = unit("TH-PS");
        PlanRef plan = plan(newPlanId(), unit("PGDDT-PG"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        tasks.replaceForPlan(plan, List.of(once("Hội nghị cán bộ, công chức", school, LocalDate.of(2026, 12, 20))));
        tasks.activateForPlan(plan);
        long id = tasks.forPlan(plan.planId()).get(0).id();

        mvc.perform(get("/tasks/{id}", id).with(user("th.phuocsang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/plans/" + plan.planId() + "\"")))
                .andExpect(content().string(containsString("Báo cáo tiến độ")));
        mvc.perform(post("/tasks/{id}/updates", id).param("progress", "120").param("link", "javascript:alert(1)")
                        .with(user("th.phuocsang")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiến độ là một số nguyên từ 0 đến 100.")))
                .andExpect(content().string(containsString("Đường dẫn phải bắt đầu bằng http:// hoặc https://.")));
        mvc.perform(post("/tasks/{id}/updates", id).param("progress", "50").with(user("th.phuocsang")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/updates", id).param("progress", "50").with(user("th.phuocsang")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + id));
        mvc.perform(get("/tasks/{id}", id).with(user("th.anlinh"))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}/comments", id).param("body", "x").with(user("th.anlinh")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/{id}", id).header("Accept-Language", "en").with(user("th.phuocsang")))
                .andExpect(status().isOk());
    }
}
