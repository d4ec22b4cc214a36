package vn.gandan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.ProblemException;

/**
 * Working days and deadlines. A day is a working day when it is in the unit's working week (Mon–Fri by
 * default) and not a holiday or day off in lieu, or when it is a rest day declared working. Counting rules
 * follow api.md and rules.md A2–A3: counting starts the day after the triggering event.
 */
@Service
@Transactional(readOnly = true)
public class WorkCalendar {

    static final Set<DayOfWeek> DEFAULT_WEEK = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final int MAX_DAYS = 3_650;

    private final JdbcClient jdbc;
    private final CalendarSettings settings;

    WorkCalendar(JdbcClient jdbc, CalendarSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The listed days of a year: the official schedule if loaded, otherwise Labour Code proposals. */
    public List<CalendarDay> holidays(int year) {
        boolean official = jdbc.sql("select count(*) from calendar_year where year = :y").param("y", year)
                .query(Integer.class).single() > 0;
        if (!official) {
            return LabourCodeHolidays.of(year, settings.cultureDayFrom());
        }
        return jdbc.sql("select day, name, kind from calendar_day where extract(year from day) = :y order by day")
                .param("y", year)
                .query((rs, i) -> new CalendarDay(rs.getObject("day", LocalDate.class), rs.getString("name"),
                        DayKind.valueOf(rs.getString("kind")), false))
                .list();
    }

    public boolean isOfficial(int year) {
        return jdbc.sql("select count(*) from calendar_year where year = :y").param("y", year)
                .query(Integer.class).single() > 0;
    }

    public boolean isWorkingDay(LocalDate day) {
        return counter(null).working(day);
    }

    public boolean isWorkingDay(LocalDate day, Long unitId) {
        return counter(unitId).working(day);
    }

    /** The due date of an N-day period that starts after {@code start} (api.md "deadline"). */
    public LocalDate deadline(LocalDate start, int days, DayType type) {
        return deadline(start, days, type, null);
    }

    public LocalDate deadline(LocalDate start, int days, DayType type, Long unitId) {
        check(days);
        Counter c = counter(unitId);
        if (type == DayType.WORKING) {
            return c.addWorking(start, days);
        }
        LocalDate due = start.plusDays(days);
        while (!c.working(due)) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** The N-th working day after {@code start}. */
    public LocalDate addWorkingDays(LocalDate start, int days, Long unitId) {
        check(days);
        return counter(unitId).addWorking(start, days);
    }

    /** The N-th working day before {@code end}, e.g. "3 working days before the deadline". */
    public LocalDate subtractWorkingDays(LocalDate end, int days, Long unitId) {
        check(days);
        Counter c = counter(unitId);
        LocalDate d = end;
        for (int n = 0; n < days; ) {
            d = d.minusDays(1);
            if (c.working(d)) {
                n++;
            }
        }
        return d;
    }

    /** The day itself if it is a working day, otherwise the next one. */
    public LocalDate onOrNextWorkingDay(LocalDate day, Long unitId) {
        return counter(unitId).onOrNext(day);
    }

    /**
     * A unit's working days (null: the default week) for several questions in a row — e.g. the next reception days
     * of each schedule of a page — reading the unit's week and each year's listed days once, when first needed,
     * where each {@link #onOrNextWorkingDay} call reads them again (issue 14: 3 + 3 statements on a public
     * reception page). Answers as those calls would; for one request or job, not to be kept.
     */
    public WorkingDays workingDays(Long unitId) {
        return counter(unitId);
    }

    /** See {@link #workingDays}. */
    public interface WorkingDays {
        /** The day itself if it is a working day, otherwise the next one. */
        LocalDate onOrNext(LocalDate day);
    }

    /** Working days strictly after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to, Long unitId) {
        Counter c = counter(unitId);
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (c.working(d)) {
                n++;
            }
        }
        return n;
    }

    private static void check(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw ProblemException.badRequest("calendar.days.range", MAX_DAYS);
        }
    }

    private Counter counter(Long unitId) {
        return new Counter(unitId);
    }

    private Set<DayOfWeek> week(Long unitId) {
        if (unitId == null) {
            return DEFAULT_WEEK;
        }
        return jdbc.sql("select working_days from calendar_unit_week where unit_id = :u").param("u", unitId)
                .query(String.class).optional().map(WorkCalendar::parseWeek).orElse(DEFAULT_WEEK);
    }

    static Set<DayOfWeek> parseWeek(String isoDays) {
        return Arrays.stream(isoDays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> DayOfWeek.of(Integer.parseInt(s))).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    /** Counts over the listed days of each year it meets, loading each year once (and the unit's week once). */
    private final class Counter implements WorkingDays {
        private final Long unitId;
        private Set<DayOfWeek> week;
        private final Map<Integer, Map<LocalDate, DayKind>> years = new HashMap<>();

        Counter(Long unitId) {
            this.unitId = unitId;
        }

        boolean working(LocalDate day) {
            if (week == null) {
                week = week(unitId); // read before the year's days, as when it was read first
            }
            DayKind kind = years.computeIfAbsent(day.getYear(), y -> holidays(y).stream()
                    .collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind, (a, b) -> a))).get(day);
            if (kind != null) {
                return !kind.isDayOff();
            }
            return week.contains(day.getDayOfWeek());
        }

        @Override
        public LocalDate onOrNext(LocalDate day) {
            LocalDate d = day;
            while (!working(d)) {
                d = d.plusDays(1);
            }
            return d;
        }

        LocalDate addWorking(LocalDate start, int days) {
            LocalDate d = start;
            for (int n = 0; n < days; ) {
                d = d.plusDays(1);
                if (working(d)) {
                    n++;
                }
            }
            return d;
        }
    }
}
