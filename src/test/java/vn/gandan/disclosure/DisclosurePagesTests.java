package vn.gandan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The register page: evidence (file with size limit and sniffed type, or link) refused in place, pre-fill, charts per school. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DisclosurePagesTests {

    @Autowired
    WebApplicationContext context;
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

    private String body(org.springframework.test.web.servlet.RequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getResponse().getContentAsString();
    }

    @Test
    void evidenceIsUploadedFromTheRegisterWithItsSizeAndTypeCheckedAndRefusalsShownInPlace() throws Exception {
        long school = unit("TH-PS");
        long d = jdbc.sql("select min(id) from disclosure where unit_id = :u").param("u", school).query(Long.class).single();
        String path = "/units/" + school + "/disclosures/" + d + "/evidence";
        assertThat(body(multipart(path).with(user("th.phuocsang")).with(csrf()))).contains("Chọn tệp minh chứng hoặc nhập đường dẫn.");
        String text = body(multipart(path).file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", "không phải PDF".getBytes()))
                .with(user("th.phuocsang")).with(csrf()));
        assertThat(text).contains("Chỉ nhận tệp PDF, Word, Excel hoặc ảnh.").contains("evidence-form");
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = 0x25; big[1] = 0x50; big[2] = 0x44; big[3] = 0x46;
        assertThat(body(multipart(path).file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big))
                .with(user("th.phuocsang")).with(csrf()))).contains("không quá 10 MB");
        assertThat(body(multipart(path).param("evidenceUrl", "javascript:alert(1)").with(user("th.phuocsang")).with(csrf())))
                .contains("javascript:alert(1)");
        assertThat(jdbc.sql("select file_name from disclosure where id = :d").param("d", d).query(String.class).optional().orElse(null))
                .as("nothing stored").isNull();
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "Báo cáo công khai.pdf", "text/plain", "%PDF-1.4 minh chứng".getBytes()))
                .param("evidenceUrl", "https://thphuocsang.example.vn/cong-khai").with(user("th.phuocsang")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select content_type from disclosure where id = :d").param("d", d).query(String.class).single()).isEqualTo("application/pdf");
        String page = body(get("/units/" + school + "/disclosures").with(user("th.phuocsang")));
        assertThat(page).contains("Báo cáo công khai.pdf").contains("https://thphuocsang.example.vn/cong-khai");
        assertThat(mvc.perform(get("/units/" + school + "/disclosures/" + d + "/file").with(user("th.phuocsang"))).andReturn()
                .getResponse().getContentAsString()).startsWith("%PDF");
        mvc.perform(get("/units/" + school + "/disclosures/" + d + "/file").with(user("th.anlinh"))).andExpect(status().isNotFound());
        mvc.perform(multipart(path).param("evidenceUrl", "https://x.vn").with(user("th.anlinh")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aResolutionLinkPrefillsThePublishFormAndTheUnitAboveSeesEachSchoolsHistory() throws Exception {
        long school = unit("TH-PS");
        String prefilled = body(get("/units/" + school + "/disclosures").param("itemCode", "NB-05").param("decidedOn", "2026-09-20")
                .param("evidenceUrl", "/meetings/7/resolution.pdf").with(user("th.phuocsang")));
        assertThat(prefilled).contains("<details class=\"mb-3\" open").contains("value=\"NB-05\" selected")
                .contains("value=\"/meetings/7/resolution.pdf\"").contains("value=\"2026-09-20\"");
        String phong = body(get("/units/" + unit("PGDDT-PG") + "/disclosures").with(user("phong.phugiao")));
        assertThat(phong).contains("id=\"school-history\"").contains("id=\"history-TH-PS\"").contains("id=\"light-TH-PS\"");
    }
}
