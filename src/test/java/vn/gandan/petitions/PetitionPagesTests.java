package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** The screens: register (filters, search without diacritics), case page, dashboard, export, public pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PetitionPagesTests {

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
    void theRegisterFindsWithoutDiacriticsAndMasksDenouncers() throws Exception {
        mvc.perform(get("/petitions").param("q", "mai che san truong").with(user("th.phuocsang")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kiến nghị làm mái che sân trường")));
        mvc.perform(get("/petitions").param("kind", "TO_CAO").with(user("th.phuocsang")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("***")))
                .andExpect(content().string(not(containsString("Hoàng Văn Giang"))));
        mvc.perform(get("/petitions").param("view", "overdue").with(user("th.phuocsang")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Khiếu nại việc không xét miễn học phí")));
    }

    @Test
    void theCasePageShowsDeadlinesWithLegalBasisAndRefusesAnEmptyAnswerInPlace() throws Exception {
        long id = jdbc.sql("select id from petition where content = 'Khiếu nại kết quả xét tuyển nhân viên hợp đồng' order by id limit 1")
                .query(Long.class).single();
        mvc.perform(get("/petitions/" + id).with(user("th.phuocsang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Luật Khiếu nại 2011, Điều 28")))
                .andExpect(content().string(containsString("Xác minh")));
        mvc.perform(post("/petitions/" + id + "/step").param("action", "resolve").param("text", "  ")
                .with(user("th.phuocsang")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from petition where id = :i").param("i", id).query(String.class).single())
                .isEqualTo("VERIFYING");
        mvc.perform(get("/petitions/" + id).with(user("th.anlinh"))).andExpect(status().isNotFound());
    }

    @Test
    void theDashboardOfThePhongCountsItsSchoolsAndTheExportMasksEveryone() throws Exception {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        mvc.perform(get("/petitions/dashboard").param("unitId", String.valueOf(phong)).with(user("phong.phugiao")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Trường Tiểu học Phước Sang")));
        byte[] xlsx = mvc.perform(get("/petitions/export.xlsx").param("unitId", String.valueOf(phong)).with(user("phong.phugiao")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isPositive();
            assertThat(book.getSheetAt(0).getRow(1).getCell(9).getStringCellValue()).isEqualTo("***");
        }
    }

    @Test
    void thePublicFormKeepsTypedInputAndSaysWhatIsWrongInVietnamese() throws Exception {
        int before = jdbc.sql("select count(*) from petition").query(Integer.class).single();
        mvc.perform(post("/public/petitions").param("unitCode", "TH-PS").param("kind", "PHAN_ANH")
                        .param("content", "<script>alert(1)</script>").param("phone", "abc").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được chứa mã HTML")))
                .andExpect(content().string(containsString("Số điện thoại không hợp lệ")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        assertThat(jdbc.sql("select count(*) from petition").query(Integer.class).single()).isEqualTo(before);
        mvc.perform(get("/public/units/TH-PS/receptions")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Người đứng đầu đơn vị")));
    }
}
