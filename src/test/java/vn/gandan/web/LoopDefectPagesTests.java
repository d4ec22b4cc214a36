package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Defects a new user met on the demo's pages (issue 12), each checked the way the user met it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoopDefectPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder req) throws Exception {
        MockHttpServletResponse res = mvc.perform(req).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        return res;
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void anErrorAnswerToABoostedFormIsSwappedIntoThePageInVietnamese_defect2() throws Exception {
        String layout = perform(get("/reports").with(user("phong.phugiao"))).getContentAsString();
        assertThat(layout).contains("htmx-config").contains("\"[45]..\",\"swap\":true").contains("id=\"problem\"");
        long submission = jdbc.sql("select id from report_submission order by id limit 1").query(Long.class).single();
        MockHttpServletResponse res = perform(post("/reports/new").with(user("phong.phugiao")).with(csrf())
                .header("HX-Request", "true").param("unitId", String.valueOf(unitOf(submission)))
                .param("formCode", "DVCQ").param("period", periodOf(submission)));
        assertThat(res.getStatus()).isIn(403, 409);
        assertThat(res.getHeader("HX-Retarget")).isEqualTo("#problem");
        assertThat(res.getContentAsString()).contains("alert-danger").doesNotContain("<html");
    }

    @Test
    void aBlankReturnReasonIsShownOnTheReportPage_defect2() throws Exception {
        long school = unit("TH-PS");
        Long submitted = jdbc.sql("select id from report_submission where unit_id = :u and status = 'SUBMITTED' limit 1")
                .param("u", school).query(Long.class).optional().orElse(null);
        if (submitted == null) return;
        MockHttpServletResponse res = perform(post("/reports/submissions/" + submitted + "/return")
                .with(user("phong.phugiao")).with(csrf()).param("reason", "  "));
        assertThat(res.getStatus()).isEqualTo(200);
        assertThat(res.getContentAsString()).contains("alert-danger").contains("lý do");
    }

    @Test
    void coordinatingUnitsShowTheirNames_defect3() throws Exception {
        List<Long> ids = jdbc.sql("select distinct task_id from task_unit where role = 'COORDINATOR' order by task_id limit 20")
                .query(Long.class).list();
        assertThat(ids).isNotEmpty();
        for (long id : ids) {
            String page = perform(get("/tasks/" + id).with(user("admin"))).getContentAsString();
            assertThat(page).doesNotContain(">null").doesNotContain("null;");
        }
    }

    @Test
    void figuresShowAsTyped_defect4() throws Exception {
        long school = unit("TH-AL");
        String created = perform(post("/reports/new").with(user("th.anlinh")).with(csrf()).param("unitId", String.valueOf(school))
                .param("formCode", "DVCQ").param("period", "2019")).getRedirectedUrl();
        assertThat(created).matches("/reports/submissions/\\d+");
        perform(post(created).with(user("th.anlinh")).with(csrf()).param("v.DIALOGUES_HELD", "10")
                .param("r.DIALOGUES_HELD", "Biên bản đối thoại chưa nhập vào hệ thống").param("action", "save"));
        String page = perform(get(created).with(user("th.anlinh"))).getContentAsString();
        assertThat(page).contains("value=\"10\"").doesNotContain("1E+1");
    }

    @Test
    void timesShowInVietnam_defect5() throws Exception {
        long task = jdbc.sql("select t.id from task t join org_unit u on u.id = t.lead_unit_id where u.code = 'TH-PS'"
                + " and t.active order by t.id limit 1").query(Long.class).single();
        java.time.ZoneId vn = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
        java.time.ZonedDateTime before = java.time.ZonedDateTime.now(vn).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        perform(post("/tasks/" + task + "/comments").with(user("th.phuocsang")).with(csrf()).param("body", "Giờ Việt Nam"));
        String page = perform(get("/tasks/" + task).with(user("th.phuocsang"))).getContentAsString();
        java.time.ZonedDateTime after = java.time.ZonedDateTime.now(vn);
        // every minute the comment may have been written in, however long a loaded machine took (was: 2 minutes)
        var f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        java.util.List<String> minutes = new java.util.ArrayList<>();
        for (var m = before; !m.isAfter(after); m = m.plusMinutes(1)) {
            minutes.add(f.format(m));
        }
        assertThat(page).containsAnyOf(minutes.toArray(String[]::new));
    }

    @Test
    void aWrongDateInThePlanEditorGetsAVietnameseMessageAndKeepsTheDraft_defect9() throws Exception {
        MockHttpServletRequestBuilder form = post("/plans/new").with(user("phong.phugiao")).with(csrf())
                .param("kind", "KE_HOACH").param("issuerUnitId", String.valueOf(unit("PGDDT-PG")))
                .param("title", "Kế hoạch có ngày sai").param("periodKind", "YEAR").param("periodValue", "2026")
                .param("sections[0].heading", "MỤC ĐÍCH").param("sections[0].body", "Nội dung đã gõ")
                .param("tasks[0].title", "Đối thoại").param("tasks[0].recurrence", "ONCE").param("action", "save");
        MockHttpServletResponse bad = perform(form.param("tasks[0].due", "31/13/2026"));
        assertThat(bad.getStatus()).isEqualTo(200);
        // parsed, so a field written with named entities (c&oacute;) reads as the user sees it
        assertThat(org.jsoup.Jsoup.parse(bad.getContentAsString()).html()).contains("Ngày không hợp lệ").contains("Kế hoạch có ngày sai")
                .contains("Nội dung đã gõ").contains("31/13/2026").doesNotContain("Failed to convert");
        MockHttpServletResponse typedTheVietnameseWay = perform(post("/plans/new").with(user("phong.phugiao")).with(csrf())
                .param("kind", "KE_HOACH").param("issuerUnitId", String.valueOf(unit("PGDDT-PG")))
                .param("title", "Kế hoạch ngày kiểu Việt").param("periodKind", "YEAR").param("periodValue", "2026")
                .param("sections[0].heading", "MỤC ĐÍCH").param("sections[0].body", "Nội dung")
                .param("tasks[0].title", "Đối thoại").param("tasks[0].recurrence", "ONCE")
                .param("tasks[0].leadUnitId", String.valueOf(unit("PGDDT-PG")))
                .param("tasks[0].due", "31/12/2026").param("action", "save"));
        assertThat(typedTheVietnameseWay.getRedirectedUrl()).as(typedTheVietnameseWay.getContentAsString())
                .matches("/plans/\\d+\\?saved");
    }

    @Test
    void aTaskTakenIntoTheSchoolsOwnPlanIsListedOnceWithItsPlan_defect6() throws Exception {
        String page = perform(get("/units/" + unit("TH-PS") + "/work").param("status", "ALL").with(user("th.phuocsang")))
                .getContentAsString();
        String title = ">Tổ chức đối thoại giữa Hiệu trưởng với cán bộ, giáo viên, nhân viên<";
        assertThat(page.split(java.util.regex.Pattern.quote(title), -1)).as("listed once").hasSize(2);
        assertThat(page).contains("/KH-THPS");
    }

    private long unitOf(long submission) {
        return jdbc.sql("select unit_id from report_submission where id = :id").param("id", submission).query(Long.class).single();
    }

    private String periodOf(long submission) {
        return jdbc.sql("select period from report_submission where id = :id").param("id", submission).query(String.class).single();
    }
}
