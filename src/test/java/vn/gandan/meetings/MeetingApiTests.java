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

/** /api/v1/meetings with the demo accounts: commitments in minutes become tasks whose progress the meeting shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    long meeting(ApiClient api, long unitId, String kind, LocalDate on) {
        HttpResponse<String> r = api.post("/api/v1/meetings", "{\"unitId\":" + unitId + ",\"kind\":\"" + kind
                + "\",\"heldOn\":\"" + on + "\",\"title\":\"Đối thoại giữa Hiệu trưởng với viên chức\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ApiClient.id(r.body());
    }

    @Test
    void commitmentsFromMinutesBecomeTasksOfTheLeadUnitAndTheirProgressShowsOnTheMeeting() {
        long school = unit("TH-PS");
        ApiClient lead = new ApiClient(port).as("th.phuocsang");
        long id = meeting(lead, school, "DOI_THOAI", TODAY);
        LocalDate due = TODAY.plusDays(30);
        HttpResponse<String> bad = lead.post("/api/v1/meetings/" + id + "/minutes", """
                {"opinions": [{"content": "Phòng học thiếu quạt", "followUp": {"title": "Lắp quạt", "leadUnitId": %d}},
                              {"content": ""}]}""".formatted(school));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("opinions[0].followUp.due").contains("opinions[1].content").contains("Nhập hạn hoàn thành");
        assertThat(lead.get("/api/v1/meetings/" + id).body()).as("nothing stored").contains("\"opinions\":[]");

        HttpResponse<String> ok = lead.post("/api/v1/meetings/" + id + "/minutes", """
                {"minutes": "Hiệu trưởng chủ trì", "invited": 40, "present": 36,
                 "opinions": [{"content": "Đề nghị công khai quỹ phúc lợi", "answer": "Sẽ niêm yết trong tháng"},
                              {"content": "Phòng học thiếu quạt", "followUp": {"title": "Lắp bổ sung quạt cho phòng học",
                               "leadUnitId": %d, "due": "%s"}}]}""".formatted(school, due));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        long taskId = jdbc.sql("select task_id from meeting_opinion where meeting_id = :m and task_id is not null")
                .param("m", id).query(Long.class).single();
        assertThat(ok.body()).contains("\"taskId\":" + taskId).contains("\"status\":\"MINUTES_DRAFT\"");

        HttpResponse<String> work = lead.get("/api/v1/tasks?unitId=" + school);
        assertThat(work.body()).contains("Lắp bổ sung quạt cho phòng học").contains("\"due\":\"" + due + "\"");
        assertThat(lead.post("/api/v1/tasks/" + taskId + "/updates", "{\"progress\": 40}").statusCode()).isEqualTo(201);
        HttpResponse<String> page = lead.get("/api/v1/meetings/" + id);
        assertThat(page.body()).contains("\"taskId\":" + taskId).contains("\"progress\":40").contains("\"leadUnitId\":" + school)
                .contains("\"answer\":\"Sẽ niêm yết trong tháng\"").contains("\"present\":36");
        assertThat(lead.get("/api/v1/tasks/" + taskId).body()).contains("\"sourceLink\":\"/meetings/" + id + "\"");
    }

    @Test
    void aMeetingOutOfScopeAnswers404AndBadInputNamesTheFields() {
        long school = unit("TH-PS");
        ApiClient lead = new ApiClient(port).as("th.phuocsang");
        long id = meeting(lead, school, "HOP", TODAY.minusDays(3));
        ApiClient other = new ApiClient(port).as("th.anlinh");
        assertThat(other.get("/api/v1/meetings/" + id).statusCode()).isEqualTo(404);
        assertThat(other.post("/api/v1/meetings/" + id + "/minutes", "{\"opinions\":[]}").statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/meetings/compliance?unitId=" + school).statusCode()).isEqualTo(404);
        assertThat(other.post("/api/v1/meetings", "{\"unitId\":" + school + ",\"kind\":\"HOP\",\"heldOn\":\"" + TODAY
                + "\",\"title\":\"x\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = lead.post("/api/v1/meetings", "{\"unitId\":" + school + ",\"kind\":\"PARTY\",\"title\":\" \"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"kind\"").contains("\"field\":\"title\"").contains("\"field\":\"heldOn\"");
        assertThat(new ApiClient(port).as("phong.phugiao").get("/api/v1/meetings/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aDialogueHeldMakesTheUnitCompliantForTheConfiguredInterval_G7() {
        long school = unit("TH-TH");
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        LocalDate held = TODAY.minusMonths(7);
        String before = phong.get("/api/v1/meetings/compliance?unitId=" + school + "&on=" + TODAY).body();
        assertThat(before).contains("\"dialogueOverdue\":true");
        meeting(phong, school, "DOI_THOAI", held);
        String late = phong.get("/api/v1/meetings/compliance?unitId=" + school + "&on=" + TODAY).body();
        assertThat(late).contains("\"lastDialogueOn\":\"" + held + "\"").contains("\"dialogueOverdue\":true");
        String inTime = phong.get("/api/v1/meetings/compliance?unitId=" + school + "&on=" + held.plusMonths(5)).body();
        assertThat(inTime).contains("\"dialogueOverdue\":false").contains("\"nextDialogueDue\":\"");
    }
}
