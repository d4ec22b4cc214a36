package vn.gandan.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese documents and messages write them: 05/12/2026. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String show(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
