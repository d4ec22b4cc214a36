package vn.gandan.calendar;

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

/** Deadline arithmetic against the loaded 2024–2026 schedules (rules.md A2, A3). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkCalendarTests {

    @Autowired
    WorkCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void calendarDeadlineFallingInTetMovesToTheNextWorkingDay() {
        assertThat(calendar.deadline(LocalDate.of(2026, 2, 10), 5, DayType.CALENDAR)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void calendarDeadlineOnAWorkingDayStays() {
        assertThat(calendar.deadline(LocalDate.of(2026, 3, 2), 30, DayType.CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void workingDaysSkipTheTetHolidays() {
        assertThat(calendar.deadline(LocalDate.of(2026, 2, 12), 3, DayType.WORKING)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void workingDaysSkipACompensatoryDayOff() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 1, null)).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void aSaturdayDeclaredWorkingCounts() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 9), 1, null)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
    }

    @Test
    void aSchoolWorkingOnSaturdayCountsSaturdays() {
        long school = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        jdbc.sql("insert into calendar_unit_week(unit_id, working_days) values (:u, '1,2,3,4,5,6') on conflict do nothing")
                .param("u", school).update();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1, school)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1, null)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    /** Issue 14: one unit's working days asked many times in a row answer as each single question does. */
    @Test
    void aUnitsWorkingDaysReusedForManyDaysAnswerAsEachDayAskedAlone() {
        long school = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        jdbc.sql("insert into calendar_unit_week(unit_id, working_days) values (:u, '1,2,3,4,5,6') on conflict do nothing")
                .param("u", school).update();
        for (Long unit : new Long[] {null, school}) {
            WorkCalendar.WorkingDays working = calendar.workingDays(unit);
            // Tết 2026, a compensatory day off, a Saturday declared working, and across the years the schedule lists
            for (LocalDate d = LocalDate.of(2025, 12, 20); d.isBefore(LocalDate.of(2027, 1, 15)); d = d.plusDays(1)) {
                assertThat(working.onOrNext(d)).as(unit + " " + d).isEqualTo(calendar.onOrNextWorkingDay(d, unit));
            }
        }
        assertThat(calendar.workingDays(school).onOrNext(LocalDate.of(2026, 3, 7))).as("the school works on Saturdays")
                .isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(calendar.workingDays(null).onOrNext(LocalDate.of(2026, 2, 15))).as("Tết").isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void nWorkingDaysBeforeADeadline() {
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 2, 24), 3, null)).isEqualTo(LocalDate.of(2026, 2, 12));
    }

    @Test
    void apiListsTheOfficialTetAndComputesDeadlinesWithoutLogin() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> holidays = api.get("/api/v1/calendar/holidays?year=2026");
        assertThat(holidays.statusCode()).isEqualTo(200);
        assertThat(holidays.body()).contains("\"date\":\"2026-02-17\"").contains("\"kind\":\"HOLIDAY\"")
                .contains("\"kind\":\"WORKING_DAY\"").contains("\"kind\":\"COMPENSATORY_DAY_OFF\"");
        HttpResponse<String> due = api.get("/api/v1/calendar/deadline?start=2026-02-10&days=5&dayType=CALENDAR");
        assertThat(due.body()).isEqualTo("{\"due\":\"2026-02-23\"}");
    }

    @Test
    void apiRejectsBadInputWithAVietnameseProblem() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> bad = api.get("/api/v1/calendar/deadline?start=2026-02-30&days=5&dayType=CALENDAR");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("không đúng định dạng");
        assertThat(api.get("/api/v1/calendar/deadline?start=2026-02-10&days=-1&dayType=WORKING").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/calendar/deadline?start=2026-02-10&days=1&dayType=SOMETIMES").statusCode()).isEqualTo(400);
    }
}
