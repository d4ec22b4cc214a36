package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gandan.shared.ProblemException;

/** Cut-off windows of NĐ 09/2019 (rules.md E2). */
class ReportPeriodTests {

    @Test
    void quarterCutOffRunsFromThe15thOfThePreviousMonthToThe14thOfItsLastMonth() {
        assertThat(ReportPeriod.parse("2026-Q1")).isEqualTo(new ReportPeriod("2026-Q1", LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 3, 14)));
        assertThat(ReportPeriod.parse("2026-Q3").cutOffStart()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(ReportPeriod.parse("2026-Q3").cutOffEnd()).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void sixMonthNineMonthAndYearCutOffsStartOn15December() {
        assertThat(ReportPeriod.parse("2026-S1").cutOffStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(ReportPeriod.parse("2026-S1").cutOffEnd()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(ReportPeriod.parse("2026-M9").cutOffEnd()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(ReportPeriod.parse("2026").cutOffEnd()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void schoolYearSpansTwoCalendarYears() {
        assertThat(ReportPeriod.parse("2025-2026").cutOffEnd()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThatThrownBy(() -> ReportPeriod.parse("2025-2027")).isInstanceOf(ProblemException.class);
    }

    @Test
    void matrixPeriodsAreTheSameKindGoingBack() {
        assertThat(ReportPeriod.parse("2026-Q2").withPrevious(4)).containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(ReportPeriod.parse("2026-S1").withPrevious(3)).containsExactly("2025-S1", "2025-S2", "2026-S1");
        assertThat(ReportPeriod.parse("2026").withPrevious(2)).containsExactly("2025", "2026");
        assertThat(ReportPeriod.parse("2025-2026").withPrevious(2)).containsExactly("2024-2025", "2025-2026");
    }

    @Test
    void malformedPeriodCodesAreRejected() {
        for (String bad : new String[] {"", "2026-Q5", "26-Q1", "2026-H1", "2026-S3"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad)).as(bad).isInstanceOf(ProblemException.class);
        }
    }
}
