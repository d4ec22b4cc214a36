package vn.gandan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarCalendarTests {

    @Test
    void tetFallsOnTheKnownVietnameseNewYearDays() {
        assertThat(LunarCalendar.tet(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(LunarCalendar.tet(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(LunarCalendar.tet(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(LunarCalendar.tet(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
    }

    @Test
    void vietnameseTetDiffersFromTheChineseDateIn1985And2007BecauseOfUtcPlus7() {
        assertThat(LunarCalendar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void gioToHungVuongIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(LunarCalendar.toSolar(10, 3, 2024)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(LunarCalendar.toSolar(10, 3, 2025)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(LunarCalendar.toSolar(10, 3, 2026)).isEqualTo(LocalDate.of(2026, 4, 26));
    }
}
