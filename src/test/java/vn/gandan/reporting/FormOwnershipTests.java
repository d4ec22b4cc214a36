package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.TestAccounts;

/** Issue 14, defect 1: a form belongs to its owning unit; changes are versioned, reversible and never break reports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormOwnershipTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    ReportQueries queries;
    @Autowired
    JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void leadersAndSpecialistsOfOtherUnitsCannotChangeTheNationalForm() throws Exception {
        int version = version("DVCQ");
        for (String name : new String[] {"so.binhduong", "phong.phugiao", "th.phuocsang"}) {
            mvc.perform(post("/reports/forms/DVCQ/indicators").param("indicatorCode", "X_" + name.length())
                    .param("name", "Chỉ tiêu lạ").param("aggregation", "SUM").with(user(name)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/reports/forms/DVCQ/rules").param("left", "DIALOGUES_HELD").param("operator", "<")
                    .param("right", "DIALOGUES_HELD").with(user(name)).with(csrf())).andExpect(status().isForbidden());
        }
        String soAdmin = TestAccounts.ensure(jdbc, "qt.so.binhduong", "SGDDT-BD", "UNIT_ADMIN");
        mvc.perform(post("/reports/forms/DVCQ/sections").param("sectionCode", "LA").param("heading", "Mục lạ")
                .with(user(soAdmin)).with(csrf())).andExpect(status().isForbidden());
        assertThat(version("DVCQ")).isEqualTo(version);
        mvc.perform(get("/reports/forms").param("code", "DVCQ").with(user("so.binhduong"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/remove"))));
    }

    @Test
    void theOwningUnitsAdministratorChangesItsFormAndEveryChangeIsVersionedAndReversible() throws Exception {
        String admin = TestAccounts.ensure(jdbc, "qt.phong.phugiao", "PGDDT-PG", "UNIT_ADMIN");
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        var as = user(admin);
        mvc.perform(post("/reports/forms").param("ownerUnitId", String.valueOf(phong)).param("code", "PG_TCD")
                .param("name", "Tiếp công dân Phú Giáo").with(as).with(csrf())).andExpect(status().is3xxRedirection());
        add(as, "SESSIONS", "Số buổi tiếp");
        add(as, "BY_HEAD", "Số buổi người đứng đầu tiếp");
        mvc.perform(post("/reports/forms/PG_TCD/rules").param("left", "BY_HEAD").param("operator", "<")
                .param("right", "BY_HEAD").with(as).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không so sánh một chỉ tiêu với chính nó")));
        mvc.perform(post("/reports/forms/PG_TCD/rules").param("left", "BY_HEAD").param("operator", "<=")
                .param("right", "SESSIONS").with(as).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/forms/PG_TCD/rules").param("left", "SESSIONS").param("operator", "<")
                .param("right", "BY_HEAD").with(as).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("mâu thuẫn")));

        long school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        signIn("th.phuocsang");
        long submitted = reports.createDraft(school, "PG_TCD", "2032", Map.of("SESSIONS", BigDecimal.TEN,
                "BY_HEAD", BigDecimal.ONE), Map.of()).id();
        reports.submit(submitted);
        SecurityContextHolder.clearContext();

        long rule = jdbc.sql("select r.id from report_rule r join report_form f on f.id = r.form_id where f.code = 'PG_TCD'")
                .query(Long.class).single();
        mvc.perform(post("/reports/forms/PG_TCD/rules/" + rule + "/remove").with(as).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/forms/PG_TCD/indicators/BY_HEAD/remove").with(as).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/forms").param("code", "PG_TCD").with(as)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("phiên bản 6")))
                .andExpect(content().string(Matchers.containsString("Phiên bản 6: bỏ indicator BY_HEAD")));
        signIn("th.phuocsang");
        assertThat(queries.find(school, "PG_TCD", "2032").orElseThrow().values()).containsKey("BY_HEAD");
        SecurityContextHolder.clearContext();
        add(as, "BY_HEAD", "Số buổi người đứng đầu tiếp");
        assertThat(version("PG_TCD")).isEqualTo(7);
        assertThat(jdbc.sql("select action from report_form_change c join report_form f on f.id = c.form_id where f.code = 'PG_TCD' and c.version = 7")
                .query(String.class).single()).isEqualTo("RESTORE");
    }

    @Test
    void countIndicatorsRefuseFractions() {
        long school = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        signIn("th.anlinh");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(vn.gandan.shared.ProblemException.class,
                () -> reports.createDraft(school, "DVCQ", "2033", Map.of("DIALOGUES_HELD", new BigDecimal("3.7")), Map.of()));
        assertThat(e.fieldProblems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("reporting.value.whole"));
    }

    private void add(org.springframework.test.web.servlet.request.RequestPostProcessor as, String code, String name)
            throws Exception {
        mvc.perform(post("/reports/forms/PG_TCD/indicators").param("indicatorCode", code).param("name", name)
                .param("aggregation", "SUM").with(as).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private int version(String code) {
        return jdbc.sql("select version from report_form where code = :c").param("c", code).query(Integer.class).single();
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, AuthorityUtils.createAuthorityList("ROLE_LEADER")));
    }
}
