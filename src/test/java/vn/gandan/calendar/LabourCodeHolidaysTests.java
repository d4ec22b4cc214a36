package vn.gandan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabourCodeHolidaysTests {

    @Test
    void aYearWithoutScheduleGetsTheElevenStatutoryDaysAsProposals() {
        List<CalendarDay> days = LabourCodeHolidays.of(2028, null);
        assertThat(days.stream().filter(d -> d.kind() == DayKind.HOLIDAY)).hasSize(11);
        assertThat(days).allMatch(CalendarDay::proposed);
        assertThat(days).extracting(CalendarDay::date).contains(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 4, 30),
                LocalDate.of(2028, 5, 1), LocalDate.of(2028, 9, 2), LunarCalendar.tet(2028));
    }

    @Test
    void holidayOnAWeekendGivesACompensatoryDayOffOnTheNextWorkingDay() {
        // 30/4/2028 is a Sunday and 1/5 a Monday holiday: the day in lieu is Tuesday 2/5.
        List<CalendarDay> days = LabourCodeHolidays.of(2028, null);
        assertThat(days).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2028, 5, 2));
            assertThat(d.kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        });
    }

    @Test
    void cultureDayIsOffOnlyFromItsConfiguredEffectiveDate() {
        assertThat(LabourCodeHolidays.of(2027, null)).noneMatch(d -> d.date().equals(LocalDate.of(2027, 11, 24)));
        assertThat(LabourCodeHolidays.of(2027, LocalDate.of(2027, 1, 1)))
                .anyMatch(d -> d.date().equals(LocalDate.of(2027, 11, 24)));
    }
}
