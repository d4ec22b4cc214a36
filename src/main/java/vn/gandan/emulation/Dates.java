package vn.gandan.emulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Vietnamese offices write them (dd/MM/yyyy). */
final class Dates {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String vn(LocalDate d) {
        return d == null ? "" : d.format(VN);
    }
}
