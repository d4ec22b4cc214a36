package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
import vn.gandan.shared.ProblemException;

/** A unit administrator builds a form without code; reports then follow its indicators and checks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormBuilderTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aUnitAdministratorBuildsAFormOnThePagesAndReportsFollowItsChecks() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var specialist = user(vn.gandan.TestAccounts.ensure(jdbc, "qt.phong.phugiao", "PGDDT-PG", "UNIT_ADMIN"));
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        mvc.perform(post("/reports/forms").param("ownerUnitId", String.valueOf(phong)).param("code", "TCD")
                .param("name", "Báo cáo tiếp công dân").with(specialist).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/forms/TCD/indicators").param("indicatorCode", "SESSIONS").param("name", "Số buổi tiếp công dân")
                .param("unitLabel", "buổi").param("aggregation", "SUM").with(specialist).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/forms/TCD/indicators").param("indicatorCode", "BY_HEAD").param("name", "Số buổi do người đứng đầu tiếp")
                .param("aggregation", "SUM").with(specialist).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/forms/TCD/rules").param("left", "BY_HEAD").param("operator", "<=").param("right", "SESSIONS")
                .with(specialist).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/forms/TCD/sections").param("sectionCode", "RESULTS").param("heading", "Kết quả tiếp công dân")
                .with(specialist).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/forms/TCD/indicators").param("indicatorCode", "sai mã").param("name", "")
                .param("aggregation", "SUM").with(specialist).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Mã gồm chữ in hoa")));
        mvc.perform(get("/reports/forms").param("code", "TCD").with(specialist))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Số buổi tiếp công dân")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("phiên bản 5")));

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("th.phuocsang",
                null, AuthorityUtils.createAuthorityList("ROLE_LEADER")));
        long school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> reports.createDraft(school, "TCD", "2031",
                Map.of("SESSIONS", BigDecimal.ONE, "BY_HEAD", BigDecimal.TEN), Map.of()));
        assertThat(e.fieldProblems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("values.BY_HEAD"));
        assertThat(reports.createDraft(school, "TCD", "2031", Map.of("SESSIONS", BigDecimal.TEN, "BY_HEAD", BigDecimal.ONE),
                Map.of("RESULTS", "Tiếp 10 buổi.")).values()).containsKey("SESSIONS");
    }

    @Test
    void staffCannotBuildForms() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        mvc.perform(post("/reports/forms").param("code", "NOPE").param("name", "Không được").with(user("nobody.here"))
                .with(csrf())).andExpect(status().isForbidden());
    }
}
