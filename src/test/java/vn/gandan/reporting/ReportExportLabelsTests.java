package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
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

/** Defect 10: the consolidated export names statuses in words of the reader's language, never MISSING / DRAFT codes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportExportLabelsTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void theCsvExportShowsStatusLabelsFromTheBundleNotCodes_defect10() throws Exception {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        String period = jdbc.sql("""
                        select s.period from report_submission s join report_form f on f.id = s.form_id
                        where f.code = 'DVCQ' order by s.id limit 1""").query(String.class).single();
        byte[] vi = mvc.perform(get("/reports/export.csv").param("unitId", "" + phong).param("period", period)
                .with(user("phong.phugiao"))).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(vi, StandardCharsets.UTF_8);
        assertThat(csv).contains("Đơn vị,Trạng thái").contains("Tổng cộng")
                .containsAnyOf("Chưa gửi", "Đang soạn", "Đã gửi", "Đã tiếp nhận", "Bị trả lại")
                .doesNotContain(",MISSING,").doesNotContain(",DRAFT,").doesNotContain(",SUBMITTED,").doesNotContain(",ACCEPTED,");
        byte[] en = mvc.perform(get("/reports/export.csv").param("unitId", "" + phong).param("period", period)
                .param("lang", "en").with(user("phong.phugiao"))).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(en, StandardCharsets.UTF_8)).contains("Total").doesNotContain(",MISSING,");
    }

    @Test
    void aReportsHistoryShowsItsFiguresInTheFormsWordsNotJsonKeys_defect10() throws Exception {
        Long id = jdbc.sql("""
                        select e.submission_id from report_submission_event e
                        where e.snapshot is not null and e.snapshot::text like '%DIALOGUES_HELD%' order by e.id limit 1""")
                .query(Long.class).optional().orElse(null);
        assertThat(id).as("the demo has a submitted report with figures").isNotNull();
        var res = mvc.perform(get("/reports/submissions/" + id).with(user("admin"))).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        String history = org.jsoup.Jsoup.parse(res.getContentAsString())
                .select("table:has(th:contains(Người thực hiện))").text();
        assertThat(history).isNotEmpty().doesNotContain("DIALOGUES_HELD").doesNotContain("{\"").contains("Số cuộc đối thoại");
    }
}
