package vn.gandan.meetings;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * G5 arithmetic: a work year ends on the last day of a ⚙ month (July for schools — the năm học; December
 * otherwise); the regular conference is due within ⚙ N months after it ends.
 */
record WorkYears(int endMonth, int withinMonths) {

    /** The last day of the latest work year that ended on or before {@code on}. */
    LocalDate lastEndOnOrBefore(LocalDate on) {
        LocalDate end = YearMonth.of(on.getYear(), endMonth).atEndOfMonth();
        return end.isAfter(on) ? YearMonth.of(on.getYear() - 1, endMonth).atEndOfMonth() : end;
    }

    /** The day the conference about the work year ending {@code end} is due. */
    LocalDate dueAfter(LocalDate end) {
        return YearMonth.from(end).plusMonths(withinMonths).atEndOfMonth();
    }

    /** The next work year's end after {@code end}. */
    LocalDate nextEnd(LocalDate end) {
        return YearMonth.from(end).plusYears(1).atEndOfMonth();
    }
}
