package vn.gandan.reporting;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitService;

/**
 * When a unit's report for a period is due, when it locks and to whom it goes, under the regime in force: the level
 * its parent receives under (a fixed date for that period, else working days after the regime's cut-off), else the
 * NĐ 09 defaults.
 */
@Component
class SubmissionDue {

    static final int DEFAULT_DAYS_AFTER_CUTOFF = 5;
    static final int DEFAULT_LOCK_DAYS = 10;

    private final RegimeService regimes;
    private final UnitService units;
    private final WorkCalendar calendar;

    SubmissionDue(RegimeService regimes, UnitService units, WorkCalendar calendar) {
        this.regimes = regimes;
        this.units = units;
        this.calendar = calendar;
    }

    /** A unit's deadline for one form and period. */
    record Due(LocalDate due, LocalDate lockDate, Long receiverUnitId) {
    }

    Due of(long unitId, FormDef form, ReportPeriod p) {
        String kind = units.get(unitId).kind().name();
        RegimeService.Level found = regimes.levelFor(unitId, kind, form.id(), p).orElse(null);
        ReportingRegime.Deadline level = found == null ? null : found.deadline();
        LocalDate due = level == null ? calendar.addWorkingDays(p.cutOffEnd(), DEFAULT_DAYS_AFTER_CUTOFF, unitId)
                : level.dueDate() != null ? level.dueDate()
                : calendar.addWorkingDays(found.regime().cutOffEnd(p), level.workingDaysAfter(), unitId);
        LocalDate lock = calendar.addWorkingDays(due, level == null ? DEFAULT_LOCK_DAYS : level.lockWorkingDays(), unitId);
        return new Due(due, lock, units.parentId(unitId, p.referenceDate()).orElse(null));
    }
}
