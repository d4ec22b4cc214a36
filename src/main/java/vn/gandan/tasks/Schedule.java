package vn.gandan.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * When a task falls due. A recurring task falls due every N months of the plan's period, on the day of its stated
 * due date (clamped to short months) or, without one, on the last day of each month/quarter/half-year/year of the
 * period. A one-off task falls due on its date (the period's end when none is stated), a continuous one never.
 * A due date on a day off moves to the next working day.
 */
final class Schedule {

    /** One dated occurrence: the day the plan names and the working day it is really due. */
    record Occurrence(LocalDate nominal, LocalDate due) {
    }

    private Schedule() {
    }

    static List<Occurrence> occurrences(Recurrence recurrence, LocalDate due, LocalDate periodStart, LocalDate periodEnd,
                                        UnaryOperator<LocalDate> onOrNextWorkingDay) {
        return nominal(recurrence, due, periodStart, periodEnd).stream()
                .map(d -> new Occurrence(d, onOrNextWorkingDay.apply(d))).toList();
    }

    static List<LocalDate> nominal(Recurrence recurrence, LocalDate due, LocalDate periodStart, LocalDate periodEnd) {
        if (recurrence == Recurrence.CONTINUOUS) {
            return List.of();
        }
        if (!recurrence.recurring()) {
            return List.of(due != null ? due : periodEnd);
        }
        return due != null ? anchored(due, recurrence.months(), periodStart, periodEnd)
                : endsOfSteps(recurrence.months(), periodStart, periodEnd);
    }

    /** The stated date and every N months before and after it, inside the period. */
    private static List<LocalDate> anchored(LocalDate anchor, int months, LocalDate start, LocalDate end) {
        long k = 0;
        while (!anchor.plusMonths((k - 1) * months).isBefore(start)) {
            k--;
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = anchor.plusMonths(k * months); !d.isAfter(end); d = anchor.plusMonths(++k * months)) {
            if (!d.isBefore(start)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The last day of each step of N months from the period's start. */
    private static List<LocalDate> endsOfSteps(int months, LocalDate start, LocalDate end) {
        List<LocalDate> out = new ArrayList<>();
        for (long k = 1; !start.plusMonths(k * months).minusDays(1).isAfter(end); k++) {
            out.add(start.plusMonths(k * months).minusDays(1));
        }
        return out;
    }
}
