package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/reports/regimes} and of the regime form; checked field by field by RegimeRules. */
/* coReceiverUnitIds: null = not stated (a new regime carries over the co-receivers of the regime it follows, an update
 * keeps the regime's own); [] = none (defect 12). */
record RegimeCommand(String name, String formCode, Long receiverUnitId, List<String> reporterKinds,
                     List<PeriodInput> periods, List<DeadlineInput> deadlines, LocalDate validFrom, LocalDate validTo,
                     Long sourcePlanId, List<Long> coReceiverUnitIds) {

    RegimeCommand {
        reporterKinds = reporterKinds == null ? List.of() : reporterKinds;
        periods = periods == null ? List.of() : periods;
        deadlines = deadlines == null ? List.of() : deadlines;
    }

    /** A command without co-receivers (the main receiver only). */
    RegimeCommand(String name, String formCode, Long receiverUnitId, List<String> reporterKinds, List<PeriodInput> periods,
                  List<DeadlineInput> deadlines, LocalDate validFrom, LocalDate validTo, Long sourcePlanId) {
        this(name, formCode, receiverUnitId, reporterKinds, periods, deadlines, validFrom, validTo, sourcePlanId, null);
    }

    /** The same command naming these co-receivers. */
    RegimeCommand withCoReceivers(List<Long> ids) {
        return new RegimeCommand(name, formCode, receiverUnitId, reporterKinds, periods, deadlines, validFrom, validTo,
                sourcePlanId, ids);
    }

    /** A frequency, e.g. {"type": "SIX_MONTH", "cutOffDay": 14}. */
    record PeriodInput(String type, Integer cutOffDay) {
    }

    /**
     * A level's deadline: {"unitKind": "TRUONG", "workingDaysAfter": 2} or, for one period,
     * {"unitKind": "TRUONG", "period": "2026-S1", "dueDate": "2026-06-17"}.
     */
    record DeadlineInput(String unitKind, Integer workingDaysAfter, LocalDate dueDate, String period,
                         Integer lockWorkingDays) {
    }

    static RegimeCommand of(ReportingRegime r) {
        return new RegimeCommand(r.name(), r.formCode(), r.receiverUnitId(), r.reporterKinds(),
                r.periods().stream().map(p -> new PeriodInput(p.type().name(), p.cutOffDay())).toList(),
                r.deadlines().stream().map(d -> new DeadlineInput(d.unitKind(), d.workingDaysAfter(), d.dueDate(),
                        d.period().isEmpty() ? null : d.period(), d.lockWorkingDays())).toList(),
                r.validFrom(), r.validTo(), r.sourcePlanId(), r.coReceiverUnitIds());
    }
}
