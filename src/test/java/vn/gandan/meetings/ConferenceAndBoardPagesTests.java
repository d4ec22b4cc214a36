package vn.gandan.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/**
 * The staff conference and the inspection board entered through the pages (form posts, no JavaScript): bad input is
 * refused in place with the typed input kept and nothing stored; G3, G4, G5, G6 as the forms meet them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConferenceAndBoardPagesTests {

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

    private String body(MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder req) {
        return req.with(user(user)).with(csrf());
    }

    /** A staff conference of the school, scheduled through the page (a regular one per work year, G5). */
    private long conference(long school, String heldOn) throws Exception {
        String to = mvc.perform(as("th.anlinh", post("/units/" + school + "/meetings")).param("kind", "HOI_NGHI_CBCCVC")
                .param("heldOn", heldOn).param("title", "Hội nghị viên chức trang nhập " + heldOn)).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).as("scheduled").matches("/meetings/\\d+");
        return Long.parseLong(to.replaceAll("\\D", ""));
    }

    /** An extraordinary conference recorded directly (the page schedules regular ones; one per work year). */
    private long extraordinary(long school, String heldOn) {
        return jdbc.sql("""
                        insert into meeting(unit_id, kind, title, held_on, extraordinary) values (:u, 'HOI_NGHI_CBCCVC', :t, :h, true)
                        returning id""").param("u", school).param("t", "Hội nghị bất thường " + heldOn)
                .param("h", java.time.LocalDate.parse(heldOn)).query(Long.class).single();
    }

    @Test
    void theConferencePageRecordsAgendaVotesConsultationApprovalAndResolutionRefusingBadInputInPlace_G3_G4() throws Exception {
        long school = unit("TH-AL");
        long id = extraordinary(school, "2027-06-10");
        String path = "/meetings/" + id;
        assertThat(body(as("th.anlinh", post(path + "/items")).param("kind", "DECIDE").param("title", " ")))
                .contains("Nhập nội dung (tối đa 500 ký tự).").contains("is-invalid");
        mvc.perform(as("th.anlinh", post(path + "/items")).param("kind", "DECIDE").param("title", "Mức chi phúc lợi"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("th.anlinh", post(path + "/items")).param("kind", "CONSULT").param("title", "Quy chế chi tiêu nội bộ"))
                .andExpect(status().is3xxRedirection());
        long decide = jdbc.sql("select id from meeting_item where meeting_id = :m and kind = 'DECIDE'").param("m", id).query(Long.class).single();
        long consult = jdbc.sql("select id from meeting_item where meeting_id = :m and kind = 'CONSULT'").param("m", id).query(Long.class).single();

        String badVote = body(as("th.anlinh", post(path + "/items/" + decide + "/vote")).param("eligible", "40").param("present", "30")
                .param("votesFor", "abc"));
        assertThat(badVote).contains("is-invalid").contains("value=\"abc\"");
        String over = body(as("th.anlinh", post(path + "/items/" + decide + "/vote")).param("eligible", "40").param("present", "30")
                .param("votesFor", "25").param("votesAgainst", "6"));
        assertThat(over).contains("Tổng số phiếu không được lớn hơn số người có mặt.");
        assertThat(jdbc.sql("select votes_for from meeting_item where id = :i").param("i", decide).query(Integer.class).optional()
                .orElse(null)).as("nothing stored").isNull();
        mvc.perform(as("th.anlinh", post(path + "/items/" + decide + "/vote")).param("eligible", "40").param("present", "30")
                .param("votesFor", "25").param("votesAgainst", "4").param("abstentions", "1")).andExpect(status().is3xxRedirection());
        assertThat(body(get(path).with(user("th.anlinh")))).contains("tán thành 25/30 người có mặt, 40 được biểu quyết (tỉ lệ có mặt 75%)")
                .contains("Thông qua");

        String refused = body(as("th.anlinh", post(path + "/items/" + consult + "/approve")));
        assertThat(refused).contains("G4").contains("approve-form");
        assertThat(body(as("th.anlinh", post(path + "/items/" + consult + "/consultation")).param("form", "VAN_BAN")
                .param("on", "2099-01-01").param("summary", "30/32 đồng ý"))).contains("Nhập ngày lấy ý kiến (không sau hôm nay).")
                .contains("30/32 đồng ý");
        mvc.perform(as("th.anlinh", post(path + "/items/" + consult + "/consultation")).param("form", "VAN_BAN")
                .param("on", "2026-01-05").param("summary", "30/32 đồng ý")).andExpect(status().is3xxRedirection());
        mvc.perform(as("th.anlinh", post(path + "/items/" + consult + "/approve"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select approved_on is not null from meeting_item where id = :i").param("i", consult).query(Boolean.class).single()).isTrue();

        mvc.perform(as("th.anlinh", post(path + "/resolution")).param("resolution", "Thông qua quy chế chi tiêu nội bộ năm học 2026–2027."))
                .andExpect(status().is3xxRedirection());
        String page = body(get(path).with(user("th.anlinh")));
        assertThat(page).contains("/meetings/" + id + "/resolution.docx").contains("id=\"disclose-resolution\"").contains("NB-05");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        mvc.perform(as("th.anlinh", post("/units/" + school + "/disclosures")).param("itemCode", "NB-05").param("publishedOn", today)
                .param("forms", "NOTICE_BOARD").param("decidedOn", today).param("evidenceUrl", "/meetings/" + id + "/resolution.pdf"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get(path).with(user("th.anlinh")))).as("the resolution linked to its disclosure")
                .contains("id=\"resolution-disclosed\"").doesNotContain("id=\"disclose-resolution\"");
        mvc.perform(get(path).with(user("th.phuocsang"))).andExpect(status().isNotFound());
        mvc.perform(as("th.phuocsang", post(path + "/items")).param("kind", "REPORT").param("title", "x")).andExpect(status().isNotFound());
    }

    @Test
    void invitingStaffByNameThenTakingAttendanceShowsTurnoutAndQuorum_G5() throws Exception {
        long school = unit("TH-AL");
        long id = conference(school, "2027-09-10");
        String path = "/meetings/" + id;
        assertThat(body(as("th.anlinh", post(path + "/invitees")).param("guestName", "<b>x</b>")))
                .contains("Nhập họ tên khách mời (tối đa 200 ký tự).");
        mvc.perform(as("th.anlinh", post(path + "/invitees")).param("guestName", "Nguyễn Văn Khách").param("guestPosition", "Đại diện cha mẹ học sinh"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("th.anlinh", post(path + "/invitees")).param("guestName", "Trần Thị Mời")).andExpect(status().is3xxRedirection());
        long first = jdbc.sql("select min(id) from meeting_participant where meeting_id = :m").param("m", id).query(Long.class).single();
        mvc.perform(as("th.anlinh", post(path + "/attendance")).param("present", String.valueOf(first))).andExpect(status().is3xxRedirection());
        String page = body(get(path).with(user("th.anlinh")));
        assertThat(page).contains("Nguyễn Văn Khách").contains("Có mặt 1/2 người được mời").contains("Tỉ lệ có mặt: 50%")
                .contains("Chưa đủ 2/3 số người được triệu tập có mặt");
    }

    @Test
    void theBoardPageShowsTheG6LimitsRefusesBadMembersInPlaceThenRecordsFindingsAndTheHeadsReply_G6() throws Exception {
        long school = unit("TH-AL");
        String page = body(get("/units/" + school + "/boards").with(user("th.anlinh")));
        assertThat(page).contains("id=\"g6-rules\"").contains("Ban có từ 3 đến 9 thành viên");
        String refused = body(as("th.anlinh", post("/units/" + school + "/boards")).param("termFrom", "2036-01-01")
                .param("name0", "Nguyễn Văn Hiệu").param("position0", "Hiệu trưởng").param("name1", "Lê B").param("position1", "Giáo viên"));
        assertThat(refused).contains("không được là thành viên Ban TTND").contains("Ban TTND có từ 3 đến 9 thành viên; danh sách có 2 (G6).")
                .contains("Nguyễn Văn Hiệu");
        int before = jdbc.sql("select count(*) from inspection_board where unit_id = :u").param("u", school).query(Integer.class).single();
        mvc.perform(as("th.anlinh", post("/units/" + school + "/boards")).param("termFrom", "2036-01-01").param("workPlan", "Giám sát công khai tài chính")
                .param("name0", "Nguyễn Văn A").param("position0", "Giáo viên").param("role0", "TRUONG_BAN")
                .param("name1", "Lê B").param("position1", "Giáo viên").param("name2", "Phạm C").param("position2", "Nhân viên"))
                .andExpect(status().is3xxRedirection());
        long board = jdbc.sql("select max(id) from inspection_board where unit_id = :u").param("u", school).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from inspection_board where unit_id = :u").param("u", school).query(Integer.class).single()).isEqualTo(before + 1);
        assertThat(body(as("th.anlinh", post("/boards/" + board + "/findings")).param("kind", "RECOMMENDATION").param("foundOn", "")
                .param("content", "Niêm yết quyết toán"))).contains("Nhập ngày (không sau hôm nay).").contains("Niêm yết quyết toán");
        mvc.perform(as("th.anlinh", post("/boards/" + board + "/findings")).param("kind", "RECOMMENDATION").param("foundOn", "2026-11-20")
                .param("content", "Niêm yết quyết toán")).andExpect(status().is3xxRedirection());
        long finding = jdbc.sql("select id from inspection_finding where board_id = :b").param("b", board).query(Long.class).single();
        assertThat(body(as("th.anlinh", post("/boards/" + board + "/findings/" + finding + "/reply")).param("on", "2026-11-25").param("reply", " ")))
                .contains("Nhập ngày và nội dung trả lời");
        mvc.perform(as("th.anlinh", post("/boards/" + board + "/findings/" + finding + "/reply")).param("on", "2026-11-25")
                .param("reply", "Đã niêm yết tại bảng tin")).andExpect(status().is3xxRedirection());
        assertThat(body(get("/units/" + school + "/boards").with(user("th.anlinh")))).contains("Đã trả lời ngày 25/11/2026: Đã niêm yết tại bảng tin")
                .contains("/boards/" + board + "/decision.docx").contains("Giám sát công khai tài chính");
        mvc.perform(get("/units/" + school + "/boards").with(user("th.phuocsang"))).andExpect(status().isNotFound());
    }
}
