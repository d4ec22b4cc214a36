package vn.gandan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** The staff conference and the inspection board through the API: G3, G4, G5, G6, and scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingDecisionTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void approvalIsRefusedWithoutAConsultationRecord_G4_andAVoteIsRecordedWithTurnout_G3() {
        ApiClient lead = new ApiClient(port).as("th.phuocsang");
        HttpResponse<String> m = lead.post("/api/v1/meetings", "{\"unitId\":" + unit("TH-PS")
                + ",\"kind\":\"HOP\",\"heldOn\":\"" + TODAY + "\",\"title\":\"Họp hội đồng trường\"}");
        long id = ApiClient.id(m.body());
        long consult = ApiClient.id(lead.post("/api/v1/meetings/" + id + "/items", "{\"kind\":\"CONSULT\",\"title\":\"Quy chế chi tiêu nội bộ\"}").body());
        HttpResponse<String> refused = lead.post("/api/v1/meetings/" + id + "/items/" + consult + "/approve", "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("G4").contains("lấy ý kiến");
        assertThat(lead.post("/api/v1/meetings/" + id + "/items/" + consult + "/consultation",
                "{\"form\":\"VAN_BAN\",\"on\":\"" + TODAY + "\",\"summary\":\"30/32 đồng ý\"}").statusCode()).isEqualTo(200);
        String approved = lead.post("/api/v1/meetings/" + id + "/items/" + consult + "/approve", "").body();
        // the app's day at the approval: TODAY, or the next day when the class ran across midnight (+07)
        assertThat(approved).containsAnyOf("\"approvedOn\":\"" + TODAY,
                "\"approvedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));

        long decide = ApiClient.id(lead.post("/api/v1/meetings/" + id + "/items", "{\"kind\":\"DECIDE\",\"title\":\"Mức đóng góp quỹ\"}").body());
        assertThat(lead.post("/api/v1/meetings/" + id + "/items/" + decide + "/approve", "").body()).contains("G3");
        assertThat(lead.post("/api/v1/meetings/" + id + "/items/" + decide + "/vote",
                "{\"eligible\":40,\"present\":30,\"votesFor\":25,\"votesAgainst\":6}").statusCode()).as("more ballots than present").isEqualTo(422);
        HttpResponse<String> vote = lead.post("/api/v1/meetings/" + id + "/items/" + decide + "/vote",
                "{\"eligible\":40,\"present\":30,\"votesFor\":25,\"votesAgainst\":4,\"abstentions\":1}");
        assertThat(vote.body()).contains("\"turnout\":75").contains("\"result\":\"PASSED\"");
    }

    @Test
    void oneRegularStaffConferencePerWorkYearAndItsDeadlineIsFlagged_G5() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        long school = unit("THCS-PV");
        String before = phong.get("/api/v1/meetings/compliance?unitId=" + school + "&on=" + TODAY).body();
        assertThat(before).contains("\"staffConferenceDue\":\"");
        LocalDate end = LocalDate.of(TODAY.getMonthValue() > 7 ? TODAY.getYear() : TODAY.getYear() - 1, 7, 31);
        assertThat(phong.get("/api/v1/meetings/compliance?unitId=" + school + "&on=" + end.plusMonths(4)).body())
                .contains("\"staffConferenceOverdue\":true").contains("\"staffConferenceDue\":\"" + end.plusMonths(3) + "\"");
        String body = "{\"unitId\":" + school + ",\"kind\":\"HOI_NGHI_CBCCVC\",\"heldOn\":\"" + end.plusDays(30)
                + "\",\"title\":\"Hội nghị viên chức\"}";
        assertThat(phong.post("/api/v1/meetings", body).statusCode()).isEqualTo(201);
        assertThat(phong.post("/api/v1/meetings", body.replace(end.plusDays(30).toString(), end.plusDays(60).toString())).statusCode())
                .as("a second regular conference in the same work year").isEqualTo(409);
        assertThat(phong.get("/api/v1/meetings/compliance?unitId=" + school + "&on=" + end.plusMonths(4)).body())
                .contains("\"staffConferenceOverdue\":false");
    }

    @Test
    void theBoardIsRefusedNamingTheRuleAndFormedWithinIt_G6() {
        ApiClient lead = new ApiClient(port).as("th.anlinh");
        long school = unit("TH-AL");
        String members = "[{\"name\":\"Nguyễn Văn A\",\"position\":\"Giáo viên\"},{\"name\":\"Trần Thị B\",\"position\":\"Kế toán trưởng\"}]";
        HttpResponse<String> refused = lead.post("/api/v1/inspection-boards", "{\"unitId\":" + school + ",\"termFrom\":\"2030-01-01\",\"members\":" + members + "}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("G6").contains("\"field\":\"members\"").contains("\"field\":\"members[1].position\"");
        HttpResponse<String> small = lead.post("/api/v1/inspection-boards", "{\"unitId\":" + school + ",\"termFrom\":\"2030-01-01\",\"staffCount\":7,\"members\":"
                + members.replace("Kế toán trưởng", "Nhân viên").replace("]", ",{\"name\":\"C\",\"position\":\"Bảo vệ\"}]") + "}");
        assertThat(small.statusCode()).isEqualTo(422);
        assertThat(small.body()).contains("từ 7 người trở xuống");
        HttpResponse<String> ok = lead.post("/api/v1/inspection-boards", "{\"unitId\":" + school + ",\"termFrom\":\"2030-01-01\",\"members\":"
                + members.replace("Kế toán trưởng", "Nhân viên").replace("]", ",{\"name\":\"C\",\"position\":\"Bảo vệ\"}]") + "}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(ok.body()).contains("\"termTo\":\"2031-12-31\"");
        long board = ApiClient.id(ok.body());
        ApiClient other = new ApiClient(port).as("th.phuocsang");
        assertThat(other.get("/api/v1/inspection-boards/" + board).statusCode()).isEqualTo(404);
        assertThat(other.send(other.builder("/boards/" + board).GET()).statusCode()).as("page").isNotEqualTo(200);
        HttpResponse<String> finding = lead.post("/api/v1/inspection-boards/" + board + "/findings",
                "{\"kind\":\"RECOMMENDATION\",\"foundOn\":\"" + TODAY + "\",\"content\":\"Niêm yết quyết toán\"}");
        assertThat(finding.statusCode()).isEqualTo(201);
        assertThat(finding.body()).contains("\"replyDue\":\"");
    }
}
