package vn.gandan.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as people type them: ISO {@code 2026-12-31} (a date field) or Vietnamese {@code 31/12/2026}. */
public final class Dates {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** The date, or {@link DateTimeParseException} when the text is neither form. */
    public static LocalDate parse(String text) {
        String s = text.strip();
        return s.contains("/") ? LocalDate.parse(s, VN) : LocalDate.parse(s);
    }
}
