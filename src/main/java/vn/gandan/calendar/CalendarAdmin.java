package vn.gandan.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** The system administrator keeps each year's schedule: adds or removes days, confirms a year as official. */
@Service
@Transactional
class CalendarAdmin {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final AuditLog audit;
    private final WorkCalendar calendar;

    CalendarAdmin(JdbcClient jdbc, AccessService access, AuditLog audit, WorkCalendar calendar) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Makes a year official, starting from its Labour Code proposals when it had no data. */
    void confirmYear(int year, String source) {
        requireAdmin();
        if (calendar.isOfficial(year)) {
            return;
        }
        List<CalendarDay> proposals = calendar.holidays(year);
        jdbc.sql("insert into calendar_year(year, source) values (:y, :s)").param("y", year)
                .param("s", blank(source) ? "Bộ luật Lao động 2019 Điều 112" : Texts.clean(source)).update();
        proposals.forEach(d -> put(d.date(), d.kind(), d.name(), "BLLĐ Đ112"));
        audit.record("CREATE", "CalendarYear", year, null, proposals);
    }

    void setDay(LocalDate day, DayKind kind, String name) {
        requireAdmin();
        if (day == null || kind == null || blank(name) || name.length() > 200) {
            throw ProblemException.invalid("error.validation", List.of(FieldProblem.of("name", "calendar.day.invalid")));
        }
        if (!calendar.isOfficial(day.getYear())) {
            confirmYear(day.getYear(), null);
        }
        put(day, kind, Texts.clean(name), "Quản trị viên");
        audit.record("UPDATE", "CalendarDay", day, null, java.util.Map.of("kind", kind.name(), "name", name));
    }

    void removeDay(LocalDate day) {
        requireAdmin();
        jdbc.sql("delete from calendar_day where day = :d").param("d", day).update();
        audit.record("DELETE", "CalendarDay", day, null, null);
    }

    private void put(LocalDate day, DayKind kind, String name, String source) {
        jdbc.sql("""
                        insert into calendar_day(day, kind, name, source) values (:d, :k, :n, :s)
                        on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = excluded.source""")
                .param("d", day).param("k", kind.name()).param("n", name).param("s", source).update();
    }

    private void requireAdmin() {
        if (!access.isSystemAdmin()) {
            throw ProblemException.forbidden("access.forbidden");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
