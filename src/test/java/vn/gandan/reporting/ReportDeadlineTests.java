package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** Deadlines level by level (rule E3): readable through the API, and a school's report is due before its Phòng's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportDeadlineTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private static LocalDate field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"(\\d{4}-\\d\\d-\\d\\d)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return LocalDate.parse(m.group(1));
    }

    @Test
    void eachLevelOfTheDemoIsDueAfterTheLevelBelowForTheSamePeriod_E3() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        for (String period : new String[] {String.valueOf(year), year + "-S1"}) {
            HttpResponse<String> school = phong.get("/api/v1/reports/deadline?unitId=" + unit("TH-PS") + "&formCode=DVCQ&period=" + period);
            assertThat(school.statusCode()).as(school.body()).isEqualTo(200);
            assertThat(school.body()).contains("\"receiverUnitId\":" + unit("PGDDT-PG")).contains("\"lockDate\"");
            String ofPhong = phong.get("/api/v1/reports/deadline?unitId=" + unit("PGDDT-PG") + "&formCode=DVCQ&period=" + period).body();
            assertThat(ofPhong).contains("\"receiverUnitId\":" + unit("SGDDT-BD"));
            assertThat(field(school.body(), "due")).as(period + ": school " + school.body() + " / Phòng " + ofPhong)
                    .isBefore(field(ofPhong, "due"));
            assertThat(field(school.body(), "lockDate")).as("the school's lock leaves the Phòng time to send")
                    .isBefore(field(ofPhong, "lockDate"));
        }
    }

    @Test
    void theDemosOneOffReportIsDueFromTheSchoolsBeforeThePhongsOwn_defect12() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        String period = jdbc.sql("""
                        select d.period from report_regime_deadline d join report_regime r on r.id = d.regime_id
                        where r.receiver_unit_id = :u and d.period like '%-D%' and d.channel like 'qua email%'""")
                .param("u", unit("PGDDT-PG")).query(String.class).list().stream().findFirst().orElseThrow();
        HttpResponse<String> school = phong.get("/api/v1/reports/deadline?unitId=" + unit("TH-PS") + "&formCode=DVCQ&period=" + period);
        assertThat(school.statusCode()).as(school.body()).isEqualTo(200);
        assertThat(school.body()).contains("\"receiverUnitId\":" + unit("PGDDT-PG"));
        assertThat(field(school.body(), "due")).isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        String ofPhong = phong.get("/api/v1/reports/deadline?unitId=" + unit("PGDDT-PG") + "&formCode=DVCQ&period=" + period).body();
        assertThat(field(school.body(), "due")).isBefore(field(ofPhong, "due"));
    }

    @Test
    void aUnitOutsideTheCallersScopeAnswers404() {
        ApiClient school = new ApiClient(port).as("th.anlinh");
        assertThat(school.get("/api/v1/reports/deadline?unitId=" + unit("TH-PS") + "&formCode=DVCQ&period=2026").statusCode())
                .isEqualTo(404);
    }
}
