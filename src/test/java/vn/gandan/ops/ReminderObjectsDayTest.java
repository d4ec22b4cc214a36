package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two-nodes test's reception schedule has a day within the reminder window on every day of the year. */
class ReminderObjectsDayTest {

    @Test
    void theScheduleDayIsTodayUpToThe28thThenTheFirstOfNextMonth() {
        assertThat(ReminderObjects.firstSchedulableDay(LocalDate.of(2027, 1, 28))).isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(ReminderObjects.firstSchedulableDay(LocalDate.of(2027, 1, 29))).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(ReminderObjects.firstSchedulableDay(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(ReminderObjects.firstSchedulableDay(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(ReminderObjects.firstSchedulableDay(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 1, 1));
        for (LocalDate d = LocalDate.of(2028, 1, 1); d.getYear() == 2028; d = d.plusDays(1)) {
            assertThat(ReminderObjects.firstSchedulableDay(d)).isAfterOrEqualTo(d).isBeforeOrEqualTo(d.plusDays(3));
        }
    }
}
