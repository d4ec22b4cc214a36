package vn.gandan.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese notices print them (dd/MM/yyyy). */
final class Dates {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String vn(LocalDate day) {
        return day.format(VN);
    }
}
