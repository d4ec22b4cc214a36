package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Defect 12 on the plan page: each report deadline lists the units that receive the report beside its receiver
 * ("Đồng gửi: …"); a deadline without co-receivers shows no such line.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlanPageCoReceiverTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlanPageNamesEachDeadlinesCoReceivers_defect12() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        String location = mvc.perform(post("/plans/new").with(user("phong.phugiao")).with(csrf()).param("action", "save")
                        .param("kind", "KE_HOACH").param("issuerUnitId", String.valueOf(phong))
                        .param("title", "Kế hoạch có báo cáo đồng gửi").param("periodKind", "YEAR").param("periodValue", "2094")
                        .param("deadlines[0].period", "SIX_MONTH").param("deadlines[0].due", "2094-06-10")
                        .param("deadlines[0].coReceivers", "CDGD-BD")
                        .param("deadlines[1].period", "ANNUAL").param("deadlines[1].due", "2094-12-10"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(user("phong.phugiao"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đồng gửi: Công đoàn Giáo dục tỉnh Bình Dương");
        assertThat(page.split("Đồng gửi:", -1)).as("only the first deadline has co-receivers").hasSize(2);
    }
}
