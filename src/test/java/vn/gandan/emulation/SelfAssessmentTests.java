package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;
import vn.gandan.TestAccounts;

/**
 * I1 for the person: a teacher whose login the unit's administrator linked to them opens their own evaluation for
 * the period in progress, scores the professional and dân vận criteria with evidence (never above a maximum), sees
 * the head's rating; the evaluation is seen only by the person, the head and the units above (colleagues, sibling
 * schools: 404).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SelfAssessmentTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theDemoTeachersAreLinkedToTheirPersonsAndTheRatedOneSeesTheHeadsRating_I1() {
        assertThat(jdbc.sql("""
                        select p.full_name from access_account a join org_person p on p.id = a.person_id
                         where a.username in ('gv.phuocsang1', 'gv.phuocsang2') order by a.username""")
                .query(String.class).list()).containsExactly("Nguyễn Thị Lan", "Bùi Thị Thu");
        long school = unit("TH-PS");
        ApiClient lan = new ApiClient(port).as("gv.phuocsang1");
        long own = jdbc.sql("""
                        select e.id from emu_evaluation e join access_account a on a.person_id = e.person_id
                         where a.username = 'gv.phuocsang1' and e.period = :p""").param("p", schoolYear())
                .query(Long.class).single();
        HttpResponse<String> mine = lan.get("/api/v1/evaluations/" + own);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("\"level\":\"TOT\"", "\"part\":\"DAN_VAN\"", "\"part\":\"PROFESSIONAL\"", "minh-chung");
        long colleague = jdbc.sql("select min(id) from emu_evaluation where unit_id = :u and person_name = 'Trần Văn Hùng'")
                .param("u", school).query(Long.class).single();
        assertThat(lan.get("/api/v1/evaluations/" + colleague).statusCode()).as("a colleague's").isEqualTo(404);
        assertThat(lan.get("/api/v1/evaluations?unitId=" + school).statusCode()).as("the unit's list").isEqualTo(404);
        assertThat(lan.post("/api/v1/evaluations/" + own + "/rate", "{\"professionalPoints\": 80, \"danVanPoints\": 20}")
                .statusCode()).as("rating herself").isEqualTo(403);
    }

    @Test
    void aLinkedTeacherOpensAndScoresTheirOwnEvaluationWhichOnlyThePersonTheHeadAndAboveSee_I1() {
        long school = unit("TH-PS");
        long person = TeacherFixture.linkedTeacher(jdbc, "gv.thu.selftest", "Giáo viên tự chấm");
        ApiClient me = new ApiClient(port).as("gv.thu.selftest");
        assertThat(me.post("/api/v1/evaluations", "{\"unitId\": " + school + ", \"period\": \"2019-2020\"}").body())
                .as("a period not in progress").contains("kỳ đang diễn ra");
        long other = jdbc.sql("select min(id) from org_person where unit_id = :u and id <> :p").param("u", school)
                .param("p", person).query(Long.class).single();
        assertThat(me.post("/api/v1/evaluations", "{\"unitId\": " + school + ", \"personId\": " + other + ", \"period\": \""
                + schoolYear() + "\"}").statusCode()).as("someone else's").isEqualTo(403);
        HttpResponse<String> opened = me.post("/api/v1/evaluations", "{\"unitId\": " + school + ", \"period\": \"" + schoolYear() + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.body()).contains("\"personId\":" + person, "\"staffGroup\":\"Giáo viên\"");
        long id = ApiClient.id(opened.body());
        HttpResponse<String> over = me.put("/api/v1/evaluations/" + id + "/self", body("6", "https://truong.example/d1"));
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(over.body()).contains("points.D1", "Điểm phải từ 0 đến 5");
        assertThat(jdbc.sql("select count(*) from emu_evaluation_line where evaluation_id = :id").param("id", id)
                .query(Integer.class).single()).as("nothing stored").isZero();
        HttpResponse<String> saved = me.put("/api/v1/evaluations/" + id + "/self", body("4.5", "https://truong.example/d1"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"code\":\"D1\"", "\"points\":4.5", "https://truong.example/d1", "\"selfLevel\":\"TOT\"");
        assertThat(new ApiClient(port).as("th.phuocsang").put("/api/v1/evaluations/" + id + "/self", body("1", null))
                .statusCode()).as("the head does not write the person's own points").isEqualTo(403);
        for (String reader : new String[] {"th.phuocsang", "phong.phugiao", "so.binhduong"}) {
            assertThat(new ApiClient(port).as(reader).get("/api/v1/evaluations/" + id).statusCode()).as(reader).isEqualTo(200);
        }
        String specialist = TestAccounts.ensure(jdbc, "cv.phuocsang.selftest", "TH-PS", "SPECIALIST");
        for (String outsider : new String[] {"gv.phuocsang1", "th.anlinh", specialist}) {
            assertThat(new ApiClient(port).as(outsider).get("/api/v1/evaluations/" + id).statusCode()).as(outsider).isEqualTo(404);
        }
        assertThat(new ApiClient(port).as("th.phuocsang").post("/api/v1/evaluations/" + id + "/rate",
                "{\"professionalPoints\": 64, \"danVanPoints\": 17, \"comment\": \"Tích cực\"}").statusCode()).isEqualTo(200);
        assertThat(me.get("/api/v1/evaluations/" + id).body()).contains("\"level\":\"TOT\"", "Tích cực");
        assertThat(me.put("/api/v1/evaluations/" + id + "/self", body("4", null)).statusCode()).as("after the rating").isEqualTo(409);
    }

    @Test
    void theUnitAdministratorLinksALoginToAPersonOfItsUnitOnly_I1() {
        long school = unit("TH-PS");
        TestAccounts.ensure(jdbc, "qt.phuocsang", "TH-PS", "UNIT_ADMIN");
        String login = TestAccounts.ensure(jdbc, "gv.link.test", "TH-PS", "STAFF");
        long account = jdbc.sql("select id from access_account where username = :u").param("u", login).query(Long.class).single();
        long here = jdbc.sql("select min(id) from org_person where unit_id = :u and full_name = 'Phạm Thị Mai'").param("u", school)
                .query(Long.class).single();
        long elsewhere = jdbc.sql("select min(id) from org_person where unit_id = (select id from org_unit where code = 'TH-AL')")
                .query(Long.class).single();
        PageClient admin = PageClient.signIn(port, "qt.phuocsang");
        assertThat(admin.get("/admin/accounts/" + account + "/person").body()).contains("Phạm Thị Mai");
        HttpResponse<String> wrong = admin.post("/admin/accounts/" + account + "/person", "personId=" + elsewhere);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("không giữ vị trí nào ở đơn vị của tài khoản");
        assertThat(admin.post("/admin/accounts/" + account + "/person", "personId=" + here).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select person_id from access_account where id = :a").param("a", account).query(Long.class).single())
                .isEqualTo(here);
        long lanAccount = jdbc.sql("select id from access_account where username = 'gv.phuocsang1'").query(Long.class).single();
        long lan = jdbc.sql("select person_id from access_account where id = :a").param("a", lanAccount).query(Long.class).single();
        assertThat(admin.post("/admin/accounts/" + account + "/person", "personId=" + lan).body()).contains("gv.phuocsang1");
        assertThat(PageClient.signIn(port, "th.anlinh").get("/admin/accounts/" + account + "/person").statusCode()).isEqualTo(404);
        assertThat(PageClient.signIn(port, "th.phuocsang").get("/admin/accounts/" + account + "/person").statusCode()).isEqualTo(403);
    }

    private static String body(String d1, String evidence) {
        StringBuilder lines = new StringBuilder();
        for (String code : new String[] {"P1", "P2", "P3", "P4", "D2", "D3", "D4"}) {
            lines.append("{\"code\": \"").append(code).append("\", \"points\": 4},");
        }
        lines.append("{\"code\": \"D1\", \"points\": ").append(d1)
                .append(evidence == null ? "" : ", \"evidence\": \"" + evidence + "\"").append('}');
        return "{\"selfText\": \"Tự nhận xét\", \"selfLevel\": \"TOT\", \"lines\": [" + lines + "]}";
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private String schoolYear() {
        LocalDate t = LocalDate.now(clock);
        int start = t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1;
        return start + "-" + (start + 1);
    }
}
