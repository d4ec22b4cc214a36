package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules of recurrence, overdue and progress, on a calendar with Tết 2026 (days off 14–22/02) and weekends. */
class TaskRulesTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    /** Weekends and Tết Bính Ngọ 2026 (Sat 14/02 – Sun 22/02) are days off. */
    static final UnaryOperator<LocalDate> TET_2026 = d -> {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY
                || (!x.isBefore(LocalDate.of(2026, 2, 14)) && !x.isAfter(LocalDate.of(2026, 2, 22)))) {
            x = x.plusDays(1);
        }
        return x;
    };

    private static List<LocalDate> dues(Recurrence r, LocalDate due) {
        return Schedule.occurrences(r, due, START, END, TET_2026).stream().map(Schedule.Occurrence::due).toList();
    }

    @Test
    void recurrenceProducesTheRightOccurrencesAcrossTet() {
        List<Schedule.Occurrence> monthly = Schedule.occurrences(Recurrence.MONTHLY, LocalDate.of(2026, 1, 15), START, END, TET_2026);
        assertThat(monthly).hasSize(12);
        assertThat(monthly.get(0)).isEqualTo(new Schedule.Occurrence(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15)));
        assertThat(monthly.get(1)).as("15/02 falls in Tết: due on the first working day after it")
                .isEqualTo(new Schedule.Occurrence(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)));
        assertThat(monthly.get(2)).as("Sunday 15/03 moves to Monday")
                .isEqualTo(new Schedule.Occurrence(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 16)));
        assertThat(monthly.get(11).nominal()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(dues(Recurrence.MONTHLY, LocalDate.of(2026, 2, 20))).as("anchored on a Tết day, before and after")
                .startsWith(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 20));
        assertThat(dues(Recurrence.QUARTERLY, null)).containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        assertThat(dues(Recurrence.SEMI_ANNUAL, null)).containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31));
        assertThat(dues(Recurrence.ANNUAL, LocalDate.of(2026, 2, 14))).containsExactly(LocalDate.of(2026, 2, 23));
        assertThat(dues(Recurrence.ONCE, LocalDate.of(2026, 2, 17))).containsExactly(LocalDate.of(2026, 2, 23));
        assertThat(dues(Recurrence.CONTINUOUS, LocalDate.of(2026, 2, 17))).isEmpty();
    }

    @Test
    void monthlyOnTheLastDayOfAMonthStaysOnTheLastDayOfShortMonths() {
        assertThat(Schedule.nominal(Recurrence.MONTHLY, LocalDate.of(2026, 1, 31), START, END))
                .hasSize(12).contains(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 12, 31));
    }

    @Test
    void aSchoolYearPlanFallsDueAtTheEndOfEachQuarterOfTheSchoolYear() {
        assertThat(Schedule.nominal(Recurrence.QUARTERLY, null, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)))
                .containsExactly(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 31),
                        LocalDate.of(2026, 8, 31));
    }

    @Test
    void aOneOffTaskWithoutADateIsDueAtTheEndOfThePeriod() {
        assertThat(Schedule.nominal(Recurrence.ONCE, null, START, END)).containsExactly(END);
    }

    @Test
    void overdueIsCountedFromTheNextWorkingDayWhenTheDeadlineFallsOnAHoliday() {
        LocalDate due = dues(Recurrence.ONCE, LocalDate.of(2026, 2, 17)).get(0);
        assertThat(Progress.overdue(TaskStatus.NOT_STARTED, Recurrence.ONCE, due, LocalDate.of(2026, 2, 20))).isFalse();
        assertThat(Progress.overdue(TaskStatus.NOT_STARTED, Recurrence.ONCE, due, LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(Progress.overdue(TaskStatus.IN_PROGRESS, Recurrence.ONCE, due, LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(Progress.overdue(TaskStatus.DONE, Recurrence.ONCE, due, LocalDate.of(2026, 2, 24))).isFalse();
        assertThat(Progress.overdue(TaskStatus.CLOSED, Recurrence.ONCE, due, LocalDate.of(2026, 2, 24))).isFalse();
    }

    @Test
    void aContinuousTaskIsNeverOverdue() {
        assertThat(Progress.overdue(TaskStatus.IN_PROGRESS, Recurrence.CONTINUOUS, LocalDate.of(2020, 1, 1), END)).isFalse();
        assertThat(Progress.overdue(TaskStatus.IN_PROGRESS, Recurrence.CONTINUOUS, null, END)).isFalse();
    }

    @Test
    void recurringProgressIsTheShareOfTheOccurrencesDoneOverThePeriod() {
        assertThat(Progress.of(Recurrence.MONTHLY, 80, 3, 12)).isEqualTo(25);
        assertThat(Progress.of(Recurrence.QUARTERLY, 0, 4, 4)).isEqualTo(100);
        assertThat(Progress.status(25, true)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(Progress.status(100, true)).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void oneOffAndContinuousProgressIsTheLastReportedPercentage() {
        assertThat(Progress.of(Recurrence.ONCE, 50, 0, 1)).isEqualTo(50);
        assertThat(Progress.of(Recurrence.ONCE, 50, 1, 1)).as("its occurrence done").isEqualTo(100);
        assertThat(Progress.of(Recurrence.CONTINUOUS, 70, 0, 0)).isEqualTo(70);
        assertThat(Progress.status(0, false)).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(Progress.status(0, true)).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void evidenceLinksMustBeWebAddresses() {
        assertThat(TaskWork.validLink("https://drive.example.vn/bien-ban.pdf")).isTrue();
        assertThat(TaskWork.validLink("javascript:alert(1)")).isFalse();
        assertThat(TaskWork.validLink("file:///etc/passwd")).isFalse();
        assertThat(TaskWork.validLink("not a link")).isFalse();
    }
}
