package vn.gandan.reporting;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How often a regime asks for a report (NĐ 09 Đ7 "tần suất"); the plan's report periods use the same names. */
public enum PeriodType {
    QUARTER_1("Q1"), QUARTERLY("Q1", "Q2", "Q3", "Q4"), SIX_MONTH("S1"), NINE_MONTH("M9"), ANNUAL(""), SCHOOL_YEAR(),
    /**
     * A one-off report a plan asks for on a date ("báo cáo … vào ngày 25/10/2022 qua email"; the plan's period OTHER):
     * its code is the year and the due day, {@code 2022-D1025}; its codes in a year are the dates the regime fixes.
     */
    ONE_OFF();

    private final List<String> suffixes;

    PeriodType(String... suffixes) {
        this.suffixes = List.of(suffixes);
    }

    /** The period codes of this type in a year, e.g. SIX_MONTH 2026 → 2026-S1; SCHOOL_YEAR 2025 → 2025-2026. */
    List<String> codes(int year) {
        if (this == ONE_OFF) {
            return List.of(); // no calendar of its own: see ReportingRegime#codes
        }
        if (this == SCHOOL_YEAR) {
            return List.of(year + "-" + (year + 1));
        }
        return suffixes.stream().map(s -> s.isEmpty() ? String.valueOf(year) : year + "-" + s).toList();
    }

    /** The types a period code belongs to: 2026-Q1 is both the first-quarter and a quarterly report. */
    static Set<PeriodType> of(String code) {
        String part = code.length() > 4 ? code.substring(5) : "";
        if (part.matches("\\d{4}")) {
            return EnumSet.of(SCHOOL_YEAR);
        }
        if (part.startsWith("D")) {
            return EnumSet.of(ONE_OFF);
        }
        if (part.startsWith("S")) {
            return EnumSet.of(SIX_MONTH);
        }
        EnumSet<PeriodType> types = EnumSet.noneOf(PeriodType.class);
        for (PeriodType t : values()) {
            if (t.suffixes.contains(part)) {
                types.add(t);
            }
        }
        return types;
    }
}
