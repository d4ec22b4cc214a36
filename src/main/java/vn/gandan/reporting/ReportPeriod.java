package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.ProblemException;

/**
 * A reporting period by its code ({@code 2026}, {@code 2026-Q1}…{@code Q4}, {@code 2026-S1}/{@code S2},
 * {@code 2026-M9}, {@code 2025-2026} school year) with its data cut-off window (NĐ 09/2019 Đ12, rules.md E2):
 * from the 15th of the month before the period to the 14th of its last month.
 */
record ReportPeriod(String code, LocalDate cutOffStart, LocalDate cutOffEnd) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(Q[1-4]|S[12]|M9|\\d{4}|D\\d{4}))?");

    static ReportPeriod parse(String code) {
        Matcher m = FORMAT.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw ProblemException.badRequest("reporting.period.invalid", String.valueOf(code));
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        LocalDate yearStart = LocalDate.of(year - 1, 12, 15);
        if (part == null) {
            return new ReportPeriod(code, yearStart, LocalDate.of(year, 12, 14));
        }
        if (part.startsWith("D")) {
            return oneOff(code, year, part, yearStart);
        }
        if (part.matches("\\d{4}")) {
            if (Integer.parseInt(part) != year + 1) {
                throw ProblemException.badRequest("reporting.period.invalid", code);
            }
            return new ReportPeriod(code, LocalDate.of(year, 8, 15), LocalDate.of(year + 1, 5, 14));
        }
        return switch (part) {
            case "S1" -> new ReportPeriod(code, yearStart, LocalDate.of(year, 6, 14));
            case "S2" -> new ReportPeriod(code, LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14));
            case "M9" -> new ReportPeriod(code, yearStart, LocalDate.of(year, 9, 14));
            default -> {
                int q = part.charAt(1) - '0';
                LocalDate lastMonth = LocalDate.of(year, q * 3, 1);
                yield new ReportPeriod(code, lastMonth.minusMonths(3).withDayOfMonth(15), lastMonth.withDayOfMonth(14));
            }
        };
    }

    /**
     * A one-off report due on a day ({@code 2022-D1025}): its data run from the year's window start to the day before
     * it is due (a plan that needs an earlier cut-off keeps its own, see PlanRegimes).
     */
    private static ReportPeriod oneOff(String code, int year, String part, LocalDate yearStart) {
        try {
            LocalDate due = LocalDate.of(year, Integer.parseInt(part.substring(1, 3)), Integer.parseInt(part.substring(3)));
            return new ReportPeriod(code, yearStart, due.minusDays(1));
        } catch (java.time.DateTimeException e) {
            throw ProblemException.badRequest("reporting.period.invalid", code);
        }
    }

    /** The code of a one-off report due on {@code due}: {@code 2022-D1025}. */
    static String oneOffCode(LocalDate due) {
        return "%d-D%02d%02d".formatted(due.getYear(), due.getMonthValue(), due.getDayOfMonth());
    }

    /** This period and the ones of the same kind before it, oldest first (for the completeness matrix). */
    java.util.List<String> withPrevious(int count) {
        java.util.LinkedList<String> codes = new java.util.LinkedList<>();
        Matcher m = FORMAT.matcher(code);
        m.matches();
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part != null && part.startsWith("D")) {
            codes.add(code); // a one-off report has no earlier periods of its kind
            return codes;
        }
        for (int i = 0; i < count; i++) {
            if (part == null) {
                codes.addFirst(String.valueOf(year - i));
            } else if (part.matches("\\d{4}")) {
                codes.addFirst((year - i) + "-" + (year - i + 1));
            } else if (part.startsWith("Q")) {
                int index = year * 4 + (part.charAt(1) - '1') - i;
                codes.addFirst((index / 4) + "-Q" + (index % 4 + 1));
            } else if (part.startsWith("S")) {
                int index = year * 2 + (part.charAt(1) - '1') - i;
                codes.addFirst((index / 2) + "-S" + (index % 2 + 1));
            } else {
                codes.addFirst((year - i) + "-" + part);
            }
        }
        return codes;
    }

    /** The day whose tree decides who reports to whom: a school moved in July counts under its new parent for S2. */
    LocalDate referenceDate() {
        return cutOffEnd;
    }
}
