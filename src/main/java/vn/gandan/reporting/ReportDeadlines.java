package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitService;

/** Who still owes which report by when, under the regime that governs each reporter (for reminders). */
@Service
@Transactional(readOnly = true)
public class ReportDeadlines {

    private final RegimeStore store;
    private final FormCatalog forms;
    private final UnitService units;
    private final WorkCalendar calendar;
    private final JdbcClient jdbc;
    private final SubmissionDue due;
    private final vn.gandan.access.AccessService access;

    ReportDeadlines(RegimeStore store, FormCatalog forms, UnitService units, WorkCalendar calendar, JdbcClient jdbc,
                    SubmissionDue due, vn.gandan.access.AccessService access) {
        this.due = due;
        this.access = access;
        this.store = store;
        this.forms = forms;
        this.units = units;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    /** When a unit's report is due, when it locks, and the unit it goes to (api.md GET /reports/deadline). */
    public record UnitDeadline(LocalDate due, LocalDate lockDate, Long receiverUnitId) {
    }

    /** The unit's deadline for the form and period under the regime in force; 404 outside the caller's scope. */
    public UnitDeadline forUnit(long unitId, String formCode, String period) {
        access.requireVisible(unitId);
        SubmissionDue.Due d = due.of(unitId, forms.byCode(formCode), ReportPeriod.parse(period));
        return new UnitDeadline(d.due(), d.lockDate(), d.receiverUnitId());
    }

    /** A report a unit has not sent (nor had accepted) and its deadline. */
    public record DueReport(String formCode, String period, long unitId, LocalDate due) {
    }

    /**
     * Reports due between {@code from} and {@code to} (inclusive) that are not submitted. Regimes of deeper
     * receivers are read first, so each unit is held to the regime nearest to it, as its draft's due date is.
     */
    public List<DueReport> missingDue(LocalDate from, LocalDate to) {
        List<ReportingRegime> regimes = inClaimOrder();
        Set<String> claimed = new HashSet<>();
        List<DueReport> due = new ArrayList<>();
        for (ReportingRegime r : regimes) {
            long formId = forms.byCode(r.formCode()).id();
            for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
                for (ReportingRegime.PeriodRule rule : r.periods()) {
                    for (String code : r.codes(rule, year)) {
                        collect(r, formId, ReportPeriod.parse(code), from, to, claimed, due);
                    }
                }
            }
        }
        return due;
    }

    /** Every regime, those of deeper receivers first and the form-wide ones last: the first that applies claims a unit. */
    List<ReportingRegime> inClaimOrder() {
        LocalDate today = units.today();
        List<ReportingRegime> regimes = new ArrayList<>(store.all());
        regimes.sort(Comparator.comparingInt(r -> r.receiverUnitId() == null ? Integer.MAX_VALUE
                : -units.ancestorIds(r.receiverUnitId(), today).size()));
        return regimes;
    }

    /** The date a level of a regime owes its report for a period (a fixed date, else working days after the cut-off). */
    LocalDate dueDate(ReportingRegime r, ReportingRegime.Deadline d, ReportPeriod p) {
        return d.dueDate() != null ? d.dueDate() : calendar.addWorkingDays(r.cutOffEnd(p), d.workingDaysAfter(), null);
    }

    private void collect(ReportingRegime r, long formId, ReportPeriod p, LocalDate from, LocalDate to, Set<String> claimed,
                         List<DueReport> due) {
        if (!r.inForceOn(p.referenceDate())) {
            return;
        }
        for (String kind : r.deadlines().stream().map(ReportingRegime.Deadline::unitKind).distinct().toList()) {
            ReportingRegime.Deadline d = r.deadline(kind, p.code()).orElse(null);
            if (d == null) {
                continue; // only fixed dates for other periods
            }
            LocalDate date = dueDate(r, d, p);
            for (Missing m : missing(formId, p, kind, r.receiverUnitId())) {
                // a draft keeps the deadline it was created with (a later plan does not move it), as its page shows
                LocalDate owed = m.draftDue() != null ? m.draftDue() : date;
                if (claimed.add(r.formCode() + "|" + p.code() + "|" + m.unitId()) && !owed.isBefore(from) && !owed.isAfter(to)) {
                    due.add(new DueReport(r.formCode(), p.code(), m.unitId(), owed));
                }
            }
        }
    }

    private record Missing(long unitId, LocalDate draftDue) {
    }

    private List<Missing> missing(long formId, ReportPeriod p, String kind, Long receiver) {
        String units = receiver == null ? "org_unit u"
                : "org_subtree(:r, :d) t join org_unit u on u.id = t.unit_id and u.id <> :r";
        return jdbc.sql("""
                        select u.id, s.due_date from %s
                        left join report_submission s on s.unit_id = u.id and s.form_id = :f and s.period = :p
                        where u.kind = :k and u.valid_from <= :d and (u.valid_to is null or u.valid_to >= :d)
                          and (s.id is null or s.status not in ('SUBMITTED', 'ACCEPTED'))
                        order by u.id""".formatted(units))
                .param("k", kind).param("d", p.referenceDate()).param("f", formId).param("p", p.code())
                .param("r", receiver).query((rs, i) -> new Missing(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }
}
