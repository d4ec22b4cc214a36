package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Heads' periodic reception schedules (rules.md D1, D3): a day of the month, moved to the next working day when it
 * is a day off (e.g. a Sở's 15th), published on the unit's public page.
 */
@Service
@Transactional
public class ReceptionSchedules {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final CaseAccess cases;
    private final WorkCalendar calendar;
    private final Clock clock;

    ReceptionSchedules(JdbcClient jdbc, AccessService access, CaseAccess cases, WorkCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A schedule to add: who receives, on which day of each month, where, from when. */
    public record NewSchedule(Long unitId, String hostName, String hostPosition, Integer dayOfMonth, String place,
                              LocalDate validFrom) {
    }

    /** A schedule with its next days (already moved off days off). */
    public record ScheduleView(long id, long unitId, String hostName, String hostPosition, int dayOfMonth, String place,
                               LocalDate validFrom, List<LocalDate> nextDays) {
    }

    ScheduleView add(NewSchedule s) {
        IntakeCheck check = new IntakeCheck().required("unitId", s.unitId()).required("hostName", Texts.clean(s.hostName()))
                .text("hostName", s.hostName(), IntakeCheck.MAX_FIELD).required("hostPosition", Texts.clean(s.hostPosition()))
                .text("hostPosition", s.hostPosition(), IntakeCheck.MAX_FIELD).required("dayOfMonth", s.dayOfMonth())
                .required("place", Texts.clean(s.place())).text("place", s.place(), IntakeCheck.MAX_FIELD);
        if (s.dayOfMonth() != null && (s.dayOfMonth() < 1 || s.dayOfMonth() > 28)) {
            check.add(FieldProblem.of("dayOfMonth", "petitions.field.range", 1, 28));
        }
        check.throwIfAny();
        cases.requireWriter(s.unitId());
        LocalDate from = s.validFrom() == null ? LocalDate.now(clock) : s.validFrom();
        long id = jdbc.sql("""
                        insert into reception_schedule(unit_id, host_name, host_position, day_of_month, place, valid_from)
                        values (:u, :n, :p, :d, :pl, :f) returning id""")
                .param("u", s.unitId()).param("n", Texts.clean(s.hostName())).param("p", Texts.clean(s.hostPosition()))
                .param("d", s.dayOfMonth()).param("pl", Texts.clean(s.place())).param("f", from).query(Long.class).single();
        return forUnitUnchecked(s.unitId()).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ScheduleView> forUnit(long unitId) {
        access.requireVisible(unitId);
        return forUnitUnchecked(unitId);
    }

    /** Published schedules (no personal data beyond the host's name and position, which are public). */
    @Transactional(readOnly = true)
    public List<ScheduleView> forUnitUnchecked(long unitId) {
        WorkCalendar.WorkingDays working = calendar.workingDays(unitId); // one read of the week and each year's days for all rows
        return jdbc.sql("""
                        select id, unit_id, host_name, host_position, day_of_month, place, valid_from
                        from reception_schedule where unit_id = :u order by day_of_month, id""")
                .param("u", unitId)
                .query((rs, i) -> new ScheduleView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        nextDays(working, rs.getInt(5), 3)))
                .list();
    }

    /** The next {@code n} reception days from today, each moved to the next working day if needed. */
    List<LocalDate> nextDays(long unitId, int dayOfMonth, int n) {
        return nextDays(calendar.workingDays(unitId), dayOfMonth, n);
    }

    /** The next {@code n} reception days from today, each moved to the next working day of the unit if needed. */
    List<LocalDate> nextDays(WorkCalendar.WorkingDays working, int dayOfMonth, int n) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = YearMonth.from(today); days.size() < n; m = m.plusMonths(1)) {
            LocalDate day = working.onOrNext(m.atDay(dayOfMonth));
            if (!day.isBefore(today)) {
                days.add(day);
            }
        }
        return days;
    }

}
