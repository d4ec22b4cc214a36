package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.access.AccessService;
import vn.gandan.calendar.WorkCalendar;

/**
 * A schedule's next reception days (rules.md D1, D3) computed with the Clock set to the moments CI may run at: the
 * last minute of 31 January in Vietnam (a Sunday, 16:59 UTC), half an hour later (17:30 UTC: already 1 February in
 * Vietnam, still 31 January in UTC), 29 February of a leap year. The day is Vietnam's, never UTC's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReceptionDaysAtTheEdgesTests {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessService access;
    @Autowired
    CaseAccess cases;
    @Autowired
    WorkCalendar calendar;

    private ReceptionSchedules at(String instant) {
        return new ReceptionSchedules(jdbc, access, cases, calendar, Clock.fixed(Instant.parse(instant), VN));
    }

    private long unit() {
        return jdbc.sql("select id from org_unit where code = 'SGDDT-BD'").query(Long.class).single();
    }

    @Test
    void onTheLastMinuteOfJanuaryInVietnamTheFirstIsNextAndThe28thOfFebruaryMovesToMonday_D3() {
        ReceptionSchedules lastMinute = at("2027-01-31T16:59:00Z"); // Sunday 31/01/2027 23:59 +07
        assertThat(lastMinute.nextDays(unit(), 1, 2)).containsExactly(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1));
        assertThat(lastMinute.nextDays(unit(), 28, 1)).as("Sunday 28/02/2027 moves to Monday")
                .containsExactly(LocalDate.of(2027, 3, 1));
    }

    @Test
    void at1730UtcItIsAlreadyTheFirstInVietnamAndTodayStillCounts_D1() {
        ReceptionSchedules afterMidnight = at("2027-01-31T17:30:00Z"); // Monday 01/02/2027 00:30 +07
        assertThat(afterMidnight.nextDays(unit(), 1, 1)).containsExactly(LocalDate.of(2027, 2, 1));
        assertThat(afterMidnight.nextDays(unit(), 28, 1)).as("Sunday 28/02/2027 moves to Monday")
                .containsExactly(LocalDate.of(2027, 3, 1));
    }

    @Test
    void onTheLeapDayThe28thHasPassedAndNextMonthsIsNext_D1() {
        ReceptionSchedules leapDay = at("2028-02-29T03:00:00Z"); // Tuesday 29/02/2028 10:00 +07
        assertThat(leapDay.nextDays(unit(), 28, 1)).containsExactly(LocalDate.of(2028, 3, 28));
        assertThat(leapDay.nextDays(unit(), 1, 1)).containsExactly(LocalDate.of(2028, 3, 1));
    }
}
