package vn.gandan.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;

/** G7 and G5 on a day: when the unit last held a dialogue and when the next is due; the staff conference's deadline. */
@Component
@Transactional(readOnly = true)
public class Compliance {

    private final JdbcClient jdbc;
    private final Policy policy;
    private final WorkCalendar calendar;
    private final UnitService units;

    Compliance(JdbcClient jdbc, Policy policy, WorkCalendar calendar, UnitService units) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.calendar = calendar;
        this.units = units;
    }

    /** A unit's standing on a day (see api.md "GET /api/v1/meetings/compliance"). */
    public record View(long unitId, LocalDate on, LocalDate lastDialogueOn, LocalDate nextDialogueDue,
                       boolean dialogueOverdue, int dialogueIntervalMonths, LocalDate lastStaffConferenceOn,
                       LocalDate staffConferenceDue, boolean staffConferenceOverdue) {
    }

    View on(long unitId, LocalDate on) {
        LocalDate last = jdbc.sql("""
                        select max(held_on) from meeting where unit_id = :u and kind = 'DOI_THOAI'
                          and status <> 'CANCELLED' and held_on <= :d""")
                .param("u", unitId).param("d", on).query(LocalDate.class).optional().orElse(null);
        int months = policy.value(Policy.DIALOGUE_INTERVAL_MONTHS, on);
        LocalDate next = last == null ? null : calendar.onOrNextWorkingDay(last.plusMonths(months), unitId);
        boolean dialogueOverdue = next == null || next.isBefore(on);
        WorkYears years = workYears(unitId, on);
        LocalDate end = years.lastEndOnOrBefore(on);
        LocalDate due = years.dueAfter(end);
        LocalDate nextEnd = years.nextEnd(end);
        boolean held = regularBetween(unitId, end.plusDays(1), on.isBefore(nextEnd) ? on : nextEnd) != null;
        LocalDate lastConference = jdbc.sql("""
                        select max(held_on) from meeting where unit_id = :u and kind = 'HOI_NGHI_CBCCVC'
                          and not extraordinary and status <> 'CANCELLED' and held_on <= :d""")
                .param("u", unitId).param("d", on).query(LocalDate.class).optional().orElse(null);
        if (held) {
            return new View(unitId, on, last, next, dialogueOverdue, months, lastConference,
                    years.dueAfter(nextEnd), false);
        }
        return new View(unitId, on, last, next, dialogueOverdue, months, lastConference, due, on.isAfter(due));
    }

    /** The work years of a unit on a day: schools follow the năm học, others the calendar year (⚙). */
    WorkYears workYears(long unitId, LocalDate on) {
        boolean school = units.find(unitId).map(u -> u.kind() == UnitKind.TRUONG).orElse(false);
        return new WorkYears(policy.value(school ? Policy.WORK_YEAR_END_MONTH_SCHOOL : Policy.WORK_YEAR_END_MONTH_OTHER, on),
                policy.value(Policy.CONFERENCE_WITHIN_MONTHS, on));
    }

    /** The day of a regular (not extraordinary) conference held in [from, to], if any. */
    LocalDate regularBetween(long unitId, LocalDate from, LocalDate to) {
        List<LocalDate> days = jdbc.sql("""
                        select held_on from meeting where unit_id = :u and kind = 'HOI_NGHI_CBCCVC' and not extraordinary
                          and status <> 'CANCELLED' and held_on between :f and :t order by held_on limit 1""")
                .param("u", unitId).param("f", from).param("t", to).query(LocalDate.class).list();
        return days.isEmpty() ? null : days.get(0);
    }
}
