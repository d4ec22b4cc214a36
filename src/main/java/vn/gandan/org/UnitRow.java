package vn.gandan.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** One line of a unit import/export file, as text; {@link #line} is the line number in the file. */
record UnitRow(int line, String code, String name, String shortName, String kind, String schoolLevel, String parentCode,
               String place, String address, String phone, String email, String validFrom, String validTo,
               String governingBody) {

    /** Columns by header name; governingBody last (older files without it still import; blank leaves it unchanged). */
    static final List<String> COLUMNS = List.of("code", "name", "shortName", "kind", "schoolLevel", "parentCode",
            "place", "address", "phone", "email", "validFrom", "validTo", "governingBody");

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static UnitRow of(int line, List<String> cells) {
        String[] v = new String[COLUMNS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < cells.size() && cells.get(i) != null && !cells.get(i).isBlank() ? cells.get(i).strip() : null;
        }
        return new UnitRow(line, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
    }

    List<String> cells() {
        return java.util.Arrays.asList(code, name, shortName, kind, schoolLevel, parentCode, place, address, phone, email,
                validFrom, validTo, governingBody);
    }

    /** Parses yyyy-mm-dd or dd/mm/yyyy; null when blank; throws for anything else. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        return text == null ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    }
}
