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
 * Defect 12 in the plan editor: a report-deadline row names its co-receivers by code or name (offered from the units
 * the author may see); an unknown one is shown in place with the typed text kept; the saved draft carries them.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlanEditorCoReceiverTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder draft(String coReceivers) {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        return post("/plans/new").with(user("phong.phugiao")).with(csrf()).param("action", "save")
                .param("kind", "KE_HOACH").param("issuerUnitId", String.valueOf(phong))
                .param("title", "Kế hoạch báo cáo có nơi cùng nhận").param("periodKind", "YEAR").param("periodValue", "2093")
                .param("deadlines[0].period", "SIX_MONTH").param("deadlines[0].due", "2093-06-10")
                .param("deadlines[0].coReceivers", coReceivers);
    }

    @Test
    void aDeadlineRowTakesCoReceiversByCodeOrNameAndKeepsAnUnknownOneInPlace_defect12() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String blank = mvc.perform(get("/plans/new").with(user("phong.phugiao"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(blank).as("the units offered").contains("<datalist id=\"co-receiver-choices\">")
                .contains("value=\"CDGD-BD\"").contains("Công đoàn Giáo dục tỉnh Bình Dương");

        String refused = mvc.perform(draft("CDGD-BD, KHONG-CO")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is-invalid").contains("Không có đơn vị &quot;KHONG-CO&quot;")
                .contains("value=\"CDGD-BD, KHONG-CO\"");

        String location = mvc.perform(draft("Công đoàn Giáo dục tỉnh Bình Dương")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long union = jdbc.sql("select id from org_unit where code = 'CDGD-BD'").query(Long.class).single();
        String id = location.replaceAll("\\D+(\\d+).*", "$1");
        String api = mvc.perform(get("/api/v1/plans/" + id).with(user("phong.phugiao"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"coReceiverUnitIds\":[" + union + "]");
        String edit = mvc.perform(get("/plans/" + id + "/edit").with(user("phong.phugiao"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"CDGD-BD\"");
    }
}
