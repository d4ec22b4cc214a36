package vn.gandan.web;

import java.time.Clock;
import java.time.LocalDate;

/** The page tests' report period: the last half-year that has ended on the app's day (its Clock, Vietnam's zone). */
final class HalfYears {

    private HalfYears() {
    }

    /** "2026-S1" from July to December 2026, "2025-S2" from January to June 2026. */
    static String lastEnded(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() > 6 ? today.getYear() + "-S1" : (today.getYear() - 1) + "-S2";
    }
}
