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

import org.junit.jupiter.api.BeforeEach;
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

/** Reception screens (D2, D4): logging a session with bad input in place, the month calendar, and "my cases". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReceptionPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    long anLinh;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        anLinh = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
    }

    private MockHttpServletRequestBuilder session(String on, String hostName, String isHead, String idNumber, String content) {
        return post("/petitions/receptions").param("unitId", String.valueOf(anLinh)).param("on", on)
                .param("hostName", hostName).param("hostPosition", "Phó Hiệu trưởng").param("isHead", isHead)
                .param("form", "TRUC_TIEP").param("visitorName", "Đặng Văn Đến").param("visitorIdNumber", idNumber)
                .param("content", content).param("kind", "KIEN_NGHI").param("action", "Tiếp nhận, hẹn trả lời")
                .with(user("th.anlinh")).with(csrf());
    }

    @Test
    void aSessionLoggedFromThePageKeepsBadInputInPlaceAndCanOpenACase_D4() throws Exception {
        int before = jdbc.sql("select count(*) from reception_session").query(Integer.class).single();
        mvc.perform(session("05/09/2026", "", "true", "12", "<b>Ồn ào</b>")).andExpect(status().is(422))
                .andExpect(content().string(containsString("Ngày phải có dạng YYYY-MM-DD")));
        mvc.perform(session("2026-09-15", "", "", "12", "<b>Ồn ào</b>")).andExpect(status().is(422))
                .andExpect(content().string(containsString("Trường này là bắt buộc")))
                .andExpect(content().string(containsString("Số định danh phải gồm 9 hoặc 12 chữ số")))
                .andExpect(content().string(containsString("Không được chứa mã HTML")))
                .andExpect(content().string(containsString("&lt;b&gt;Ồn ào&lt;/b&gt;")));
        assertThat(jdbc.sql("select count(*) from reception_session").query(Integer.class).single()).isEqualTo(before);

        mvc.perform(session("2026-09-15", "Trần Thị Phó", "false", "079900002222", "Kiến nghị sửa mái che nhà xe")
                        .param("createCase", "on")).andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select id, petition_id from reception_session where unit_id = :u and content = 'Kiến nghị sửa mái che nhà xe'")
                .param("u", anLinh).query().singleRow();
        long sessionId = ((Number) row.get("id")).longValue();
        assertThat(row.get("petition_id")).as("a case was opened from the visit").isNotNull();
        assertThat(jdbc.sql("select channel from petition where id = :p").param("p", row.get("petition_id"))
                .query(String.class).single()).isEqualTo("TRUC_TIEP");

        mvc.perform(get("/petitions/receptions").param("unitId", String.valueOf(anLinh)).param("month", "2026-09")
                        .with(user("th.anlinh"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiến nghị sửa mái che nhà xe")))
                .andExpect(content().string(containsString("Cấp phó chủ trì — không tính")))
                .andExpect(content().string(containsString("từ 01/7/2026 không được ủy quyền")))
                .andExpect(content().string(not(containsString("Đặng Văn Đến"))));
        int reads = jdbc.sql("select count(*) from audit_log where object_type = 'ReceptionSession' and action = 'READ'")
                .query(Integer.class).single();
        mvc.perform(get("/petitions/receptions/sessions/" + sessionId).with(user("th.anlinh"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đặng Văn Đến")));
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'ReceptionSession' and action = 'READ'")
                .query(Integer.class).single()).as("the read of protected personal data is audited").isEqualTo(reads + 1);
        mvc.perform(get("/petitions/receptions/sessions/" + sessionId).with(user("th.phuocsang"))).andExpect(status().isNotFound());
        mvc.perform(get("/petitions/receptions").param("unitId", String.valueOf(anLinh)).with(user("th.phuocsang")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeputysSessionBeforeJuly2026IsCountedAndTheMonthPageSaysSo_D2() throws Exception {
        mvc.perform(session("2026-03-16", "Trần Thị Phó", "false", "079900003333", "Phản ánh về giờ đón trẻ"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/petitions/receptions").param("unitId", String.valueOf(anLinh)).param("month", "2026-03")
                        .with(user("th.anlinh"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("được tính trước 01/7/2026")))
                .andExpect(content().string(containsString("Tiếp công dân tháng 03/2026")));
        mvc.perform(get("/petitions/receptions").param("unitId", String.valueOf(anLinh)).param("month", "2026-13")
                .with(user("th.anlinh"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tháng phải có dạng YYYY-MM")));
    }

    @Test
    void myCasesShowsWhatIsAssignedToMeOverdueFirst() throws Exception {
        long id = jdbc.sql("select min(id) from petition where unit_id = :u and status in ('RECEIVED', 'ACCEPTED', 'VERIFYING')").param("u", anLinh)
                .query(Long.class).single();
        jdbc.sql("update petition set handler = 'th.anlinh', intake_due = date '2026-11-01', resolution_due = date '2026-11-01' where id = :i").param("i", id).update();
        String code = jdbc.sql("select code from petition where id = :i").param("i", id).query(String.class).single();
        mvc.perform(get("/petitions/mine").with(user("th.anlinh"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc của tôi")))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Hạn: 01/11/2026")));
        mvc.perform(get("/petitions/mine").with(user("th.phuocsang"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
    }
}
