package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A staff evaluation period: a quarter ({@code 2026-Q2}), a year ({@code 2026}) or a school year ({@code 2025-2026}). */
record EvaluationPeriod(String code, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

    /** The period, or null when the code is not one of the three forms. */
    static EvaluationPeriod parse(String code) {
        String c = code == null ? "" : code.strip();
        Matcher m = QUARTER.matcher(c);
        if (m.matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
            return new EvaluationPeriod(c, from, from.plusMonths(3).minusDays(1));
        }
        if (YEAR.matcher(c).matches()) {
            int y = Integer.parseInt(c);
            return new EvaluationPeriod(c, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        m = SCHOOL_YEAR.matcher(c);
        if (m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1) {
            return new EvaluationPeriod(c, LocalDate.of(Integer.parseInt(m.group(1)), 9, 1),
                    LocalDate.of(Integer.parseInt(m.group(2)), 8, 31));
        }
        return null;
    }
}
