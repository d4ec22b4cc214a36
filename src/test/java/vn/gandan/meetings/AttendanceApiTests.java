package vn.gandan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.org.PeopleService;

/** Invitees by name from the org register, attendance, turnout and quorum; a conference of delegates from 100 staff (G5). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AttendanceApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleService people;

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    long conference(ApiClient lead, long unit, LocalDate on) {
        return ApiClient.id(lead.post("/api/v1/meetings", "{\"unitId\":" + unit + ",\"kind\":\"HOI_NGHI_CBCCVC\",\"extraordinary\":true,"
                + "\"heldOn\":\"" + on + "\",\"title\":\"Hội nghị viên chức bất thường\"}").body());
    }

    @Test
    void staffAreInvitedByNameAndAttendanceGivesTurnoutAndQuorum_G5() {
        ApiClient lead = new ApiClient(port).as("th.anlinh");
        long school = unit("TH-AL");
        long a = people.add(school, "Lê Thị Hoa", "Giáo viên", null, null, LocalDate.of(2020, 9, 1)).id();
        people.add(school, "Phạm Văn Nam", "Nhân viên", null, null, LocalDate.of(2020, 9, 1));
        long id = conference(lead, school, LocalDate.of(2027, 2, 20));
        HttpResponse<String> bad = lead.post("/api/v1/meetings/" + id + "/invitees", "{\"personIds\":[999999999],\"guests\":[{\"name\":\" \"}]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"personIds[0]\"").contains("\"field\":\"guests[0].name\"");
        String invited = lead.post("/api/v1/meetings/" + id + "/invitees",
                "{\"allStaff\":true,\"guests\":[{\"name\":\"Chủ tịch Công đoàn\",\"position\":\"Khách mời\"}]}").body();
        assertThat(invited).contains("Lê Thị Hoa").contains("Phạm Văn Nam").contains("\"delegateMode\":false");
        int total = jdbc.sql("select invited from meeting where id = :m").param("m", id).query(Integer.class).single();
        assertThat(lead.post("/api/v1/meetings/" + id + "/invitees", "{\"personIds\":[" + a + "]}").body())
                .as("inviting twice keeps one row").contains("\"invited\":" + total);
        long hoa = jdbc.sql("select id from meeting_participant where meeting_id = :m and person_id = :p")
                .param("m", id).param("p", a).query(Long.class).single();
        assertThat(lead.post("/api/v1/meetings/" + id + "/attendance", "{\"present\":[123456789]}").statusCode()).isEqualTo(422);
        String att = lead.post("/api/v1/meetings/" + id + "/attendance", "{\"present\":[" + hoa + "]}").body();
        assertThat(att).contains("\"present\":1,").contains("\"invited\":" + total)
                .contains("\"turnout\":" + Math.round(100f / total)).contains("\"quorumMet\":" + (3 >= 2 * total));
        assertThat(new ApiClient(port).as("th.phuocsang").post("/api/v1/meetings/" + id + "/attendance", "{\"present\":[]}").statusCode())
                .as("another school's meeting").isEqualTo(404);
    }

    @Test
    void aUnitWithAHundredStaffHoldsAConferenceOfDelegatesAndItsQuorumCountsDelegates_G5() {
        ApiClient lead = new ApiClient(port).as("th.phuocsang");
        long school = unit("TH-PS");
        jdbc.sql("insert into meeting_staff_figure(unit_id, as_of, staff) values (:u, '2028-08-01', 120) on conflict do nothing")
                .param("u", school).update();
        long id = conference(lead, school, LocalDate.of(2028, 9, 1));
        HttpResponse<String> all = lead.post("/api/v1/meetings/" + id + "/invitees", "{\"allStaff\":true}");
        assertThat(all.statusCode()).isEqualTo(422);
        assertThat(all.body()).contains("\"field\":\"allStaff\"").contains("hội nghị đại biểu").contains("\"field\":\"electedBy\"");
        String delegates = lead.post("/api/v1/meetings/" + id + "/invitees", "{\"electedBy\":\"Tổ chuyên môn 1\",\"guests\":["
                + "{\"name\":\"Đại biểu Một\"},{\"name\":\"Đại biểu Hai\"},{\"name\":\"Đại biểu Ba\"}]}").body();
        assertThat(delegates).contains("\"delegateMode\":true").contains("\"delegate\":true").contains("\"electedBy\":\"Tổ chuyên môn 1\"")
                .contains("\"invited\":3");
        var ids = jdbc.sql("select id from meeting_participant where meeting_id = :m order by id").param("m", id).query(Long.class).list();
        assertThat(lead.post("/api/v1/meetings/" + id + "/attendance", "{\"present\":[" + ids.get(0) + "]}").body())
                .contains("\"quorumMet\":false").contains("\"turnout\":33");
        assertThat(lead.post("/api/v1/meetings/" + id + "/attendance", "{\"present\":[" + ids.get(0) + "," + ids.get(1) + "]}").body())
                .as("2 of 3 delegates").contains("\"quorumMet\":true").contains("\"turnout\":67");
    }
}
