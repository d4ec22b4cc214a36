package vn.gandan.petitions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.calendar.WorkCalendar;

/**
 * A unit's reception month (D1–D4): each schedule's day that month (moved off days off), the sessions held (without
 * the visitor's identity), and the month's compliance with deputies flagged (not counted from 01/7/2026).
 */
@Service
@Transactional(readOnly = true)
class ReceptionCalendar {

    /** A scheduled day in the month. */
    record ScheduledDay(LocalDate day, String hostName, String hostPosition, String place, boolean held) {
    }

    /** A session as the calendar shows it: no visitor identity. */
    record SessionRow(long id, LocalDate on, String hostName, String hostPosition, boolean isHead, String form,
                      String kind, String content, String action, Long petitionId) {
    }

    /** The month page's content. */
    record Month(long unitId, YearMonth month, List<ScheduledDay> scheduled, List<SessionRow> sessions,
                 Compliance compliance) {
    }

    private final JdbcClient jdbc;
    private final AccessService access;
    private final ReceptionSchedules schedules;
    private final Receptions receptions;
    private final WorkCalendar calendar;

    ReceptionCalendar(JdbcClient jdbc, AccessService access, ReceptionSchedules schedules, Receptions receptions,
                      WorkCalendar calendar) {
        this.jdbc = jdbc;
        this.access = access;
        this.schedules = schedules;
        this.receptions = receptions;
        this.calendar = calendar;
    }

    Month month(long unitId, YearMonth ym) {
        access.requireVisible(unitId);
        List<SessionRow> sessions = jdbc.sql("""
                        select id, on_day, host_name, host_position, is_head, form, kind, content, action, petition_id
                        from reception_session where unit_id = :u and on_day between :f and :t order by on_day, id""")
                .param("u", unitId).param("f", ym.atDay(1)).param("t", ym.atEndOfMonth())
                .query((rs, i) -> new SessionRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), (Long) rs.getObject(10))).list();
        WorkCalendar.WorkingDays working = calendar.workingDays(unitId);
        List<ScheduledDay> days = schedules.forUnitUnchecked(unitId).stream()
                .filter(s -> s.validFrom() == null || !s.validFrom().isAfter(ym.atEndOfMonth()))
                .map(s -> {
                    LocalDate day = working.onOrNext(ym.atDay(Math.min(s.dayOfMonth(), ym.lengthOfMonth())));
                    return new ScheduledDay(day, s.hostName(), s.hostPosition(), s.place(),
                            sessions.stream().anyMatch(x -> x.on().equals(day)));
                }).sorted(java.util.Comparator.comparing(ScheduledDay::day)).toList();
        return new Month(unitId, ym, days, sessions, receptions.compute(unitId, ym));
    }
}
