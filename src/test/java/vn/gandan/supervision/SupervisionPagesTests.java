package vn.gandan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import vn.gandan.tasks.PlanRef;
import vn.gandan.tasks.Recurrence;
import vn.gandan.tasks.TaskService;
import vn.gandan.tasks.TaskSpec;

/** The Phòng sees which school is late over its subtree, reminds it (audited, noticed), and nothing outside. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupervisionPagesTests {

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
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** A task of the Phòng for the school, due ten days ago and not done. */
    static void overdueTask(TaskService tasks, long phong, long school, String title) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long planId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        PlanRef plan = new PlanRef(planId, phong, "Kế hoạch " + planId + "/KH-PGDĐT", today.minusMonths(3), today.plusMonths(6));
        tasks.replaceForPlan(plan, List.of(new TaskSpec(title, school, List.of(), today.minusDays(10), Recurrence.ONCE)));
        tasks.activateForPlan(plan);
    }

    @Test
    void yearsPrintWithoutAThousandsSeparator_defect10() throws Exception {
        mvc.perform(get("/supervision").param("year", "2026").with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("năm 2026.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("2.026"))));
        mvc.perform(get("/calendar").param("year", "2026").with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tết năm 2026")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("2.026"))));
    }

    @Test
    void overdueTasksAreCountedOverTheSubtreeInSqlAndNothingOutsideIt() {
        long phong = unit("PGDDT-PG");
        long anLinh = unit("TH-AL");
        long otherPhong = unit("PGDDT-TA");
        overdueTask(tasks, phong, anLinh, "Rà soát hồ sơ dân vận");
        overdueTask(tasks, otherPhong, otherPhong, "Việc của Phòng khác");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        var counts = tasks.overdueCountsInSubtree(phong, today.minusYears(1), today.minusDays(1));
        assertThat(counts).containsKey(anLinh).doesNotContainKey(otherPhong);
        assertThat(tasks.overdueCountsInSubtree(otherPhong, today.minusYears(1), today.minusDays(1)))
                .containsKey(otherPhong).doesNotContainKey(anLinh);
    }

    @Test
    void thePhongSeesTheLateSchoolAndItsReminderIsAuditedAndReachesTheSchoolsPeople() throws Exception {
        long phong = unit("PGDDT-PG");
        long anLinh = unit("TH-AL");
        overdueTask(tasks, phong, anLinh, "Tổ chức hội nghị viên chức");
        mvc.perform(get("/supervision").with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"late-" + anLinh + "\"")))
                .andExpect(content().string(containsString("Nhắc nhở")))
                .andExpect(content().string(containsString("tabindex=\"0\"")));
        mvc.perform(post("/supervision/remind").with(user("phong.phugiao").roles("SPECIALIST")).with(csrf())
                        .param("rootId", "" + phong).param("unitId", "" + anLinh))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from notice n where n.kind = 'NUDGE' and n.unit_id = :u
                          and n.body like '%nhiệm vụ quá hạn%'""").param("u", anLinh).query(Long.class).single())
                .isPositive());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'REMIND' and object_id = :u")
                .param("u", "" + anLinh).query(Long.class).single()).isPositive();
    }

    @Test
    void aWrongYearIsShownInPlaceWithTheTypedTextKept() throws Exception {
        mvc.perform(get("/supervision").param("year", "20x6").with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm phải gồm 4 chữ số")))
                .andExpect(content().string(containsString("value=\"20x6\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void unitsOutsideTheCallersScopeAnswer404() throws Exception {
        long so = unit("SGDDT-BD");
        long phong = unit("PGDDT-PG");
        mvc.perform(get("/supervision").param("unitId", "" + so).with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/supervision/remind").with(user("th.phuocsang").roles("LEADER")).with(csrf())
                        .param("rootId", "" + phong).param("unitId", "" + unit("TH-AL")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/supervision/remind").with(user("phong.phugiao").roles("SPECIALIST")).with(csrf())
                        .param("rootId", "" + phong).param("unitId", "" + so))
                .andExpect(status().isNotFound());
        String anLinh = jdbc.sql("select name from org_unit where code = 'TH-AL'").query(String.class).single();
        mvc.perform(get("/supervision").param("unitId", "" + unit("TH-AL")).with(user("phong.phugiao").roles("SPECIALIST")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(anLinh)))
                .andExpect(content().string(containsString("Không có đơn vị nào chậm trễ")));
    }
}
