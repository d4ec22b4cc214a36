package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A reporting regime (chế độ báo cáo, NĐ 09/2019 Đ7): which form, who receives it, which kinds of unit in the
 * receiver's subtree report (each to its parent as the tree was in the period), how often with which data
 * cut-off, and the deadline of each level. {@code receiverUnitId} null is the form-wide regime that applies
 * wherever no receiver has its own. {@code coReceiverUnitIds}: further bodies the same reports go to (seed 002: the
 * Sở and the Công đoàn Giáo dục tỉnh); they read and consolidate them, the main receiver accepts and returns them.
 */
public record ReportingRegime(long id, String name, String formCode, int formVersion, Long receiverUnitId,
                              List<String> reporterKinds, List<PeriodRule> periods, List<Deadline> deadlines,
                              LocalDate validFrom, LocalDate validTo, Long sourcePlanId, List<Long> planIds,
                              List<Long> coReceiverUnitIds) {

    public ReportingRegime {
        coReceiverUnitIds = coReceiverUnitIds == null ? List.of() : List.copyOf(coReceiverUnitIds);
    }

    /** A regime with its main receiver only. */
    public ReportingRegime(long id, String name, String formCode, int formVersion, Long receiverUnitId,
                           List<String> reporterKinds, List<PeriodRule> periods, List<Deadline> deadlines,
                           LocalDate validFrom, LocalDate validTo, Long sourcePlanId, List<Long> planIds) {
        this(id, name, formCode, formVersion, receiverUnitId, reporterKinds, periods, deadlines, validFrom, validTo,
                sourcePlanId, planIds, List.of());
    }

    /** NĐ 09 Đ12: the data window closes on the 14th of the period's last month. */
    public static final int DEFAULT_CUT_OFF_DAY = 14;

    /** A frequency and the day of the period's last month on which its data window closes. */
    public record PeriodRule(PeriodType type, int cutOffDay) {
    }

    /**
     * The deadline of one level: {@code workingDaysAfter} the cut-off for every period, or a fixed
     * {@code dueDate} for one {@code period} (then {@code cutOffEnd} may carry an earlier cut-off the plan set).
     */
    public record Deadline(String unitKind, String period, Integer workingDaysAfter, LocalDate dueDate,
                           LocalDate cutOffEnd, int lockWorkingDays, String channel) {
        public Deadline(String unitKind, String period, Integer workingDaysAfter, LocalDate dueDate, LocalDate cutOffEnd,
                        int lockWorkingDays) {
            this(unitKind, period, workingDaysAfter, dueDate, cutOffEnd, lockWorkingDays, null);
        }
    }

    /**
     * The period codes a frequency asks for in a year: the calendar's ({@link PeriodType#codes}), or for a one-off
     * report the dates this regime fixes for it ({@code 2022-D1025}).
     */
    List<String> codes(PeriodRule rule, int year) {
        if (rule.type() != PeriodType.ONE_OFF) {
            return rule.type().codes(year);
        }
        return deadlines.stream().map(Deadline::period).filter(p -> p.startsWith(year + "-D")).distinct().sorted().toList();
    }

    boolean inForceOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    boolean covers(String periodCode) {
        var types = PeriodType.of(periodCode);
        return periods.stream().anyMatch(p -> types.contains(p.type()));
    }

    boolean reports(String unitKind) {
        return reporterKinds.contains(unitKind);
    }

    /** The end of the period's data window under this regime (the NĐ 09 default unless the regime moves the day). */
    LocalDate cutOffEnd(ReportPeriod p) {
        var types = PeriodType.of(p.code());
        if (types.contains(PeriodType.ONE_OFF)) {
            return p.cutOffEnd();
        }
        int day = periods.stream().filter(r -> types.contains(r.type())).mapToInt(PeriodRule::cutOffDay).findFirst()
                .orElse(DEFAULT_CUT_OFF_DAY);
        return p.cutOffEnd().withDayOfMonth(day);
    }

    /** The deadline of a level for a period: a fixed date set for that period first, else the working-day rule. */
    Optional<Deadline> deadline(String unitKind, String periodCode) {
        return deadlines.stream().filter(d -> d.unitKind().equals(unitKind) && d.period().equals(periodCode)).findFirst()
                .or(() -> deadlines.stream().filter(d -> d.unitKind().equals(unitKind) && d.period().isEmpty()).findFirst());
    }
}
