package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** Reading reports: one report, its history, consolidated totals and tables, forms and their periods. */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

    private final SubmissionRepository submissions;
    private final FormCatalog forms;
    private final Rollup rollup;
    private final UnitService units;
    private final AccessService access;
    private final RegimeService regimes;
    private final ReportStore store;
    private final ReportAccess reportAccess;
    private final SubmissionReads reads;

    ReportQueries(SubmissionRepository submissions, FormCatalog forms, Rollup rollup, UnitService units,
                  AccessService access, RegimeService regimes, ReportStore store, ReportAccess reportAccess,
                  SubmissionReads reads) {
        this.reads = reads;
        this.submissions = submissions;
        this.forms = forms;
        this.rollup = rollup;
        this.units = units;
        this.access = access;
        this.regimes = regimes;
        this.store = store;
        this.reportAccess = reportAccess;
    }

    /** One step in a report's history: who submitted, accepted or returned it, when, why, with which figures. */
    public record HistoryEntry(int revision, String status, java.time.OffsetDateTime at, String username, String reason,
                               String snapshot) {
    }

    /** A child unit's line in the consolidated table. */
    public record TableRow(Long unitId, String unitName, String status, Boolean onTime, Map<String, BigDecimal> values) {
    }

    public SubmissionView get(long id) {
        return view(reportAccess.visible(id));
    }

    /** Totals over the unit's subtree as it was in the period, and each direct child's report status. */
    public ConsolidatedView consolidated(long unitId, String formCode, String period) {
        FormDef form = forms.byCode(formCode);
        ReportPeriod p = ReportPeriod.parse(period);
        reportAccess.requireConsolidationVisible(unitId, form.id(), p);
        // today's children with them, in the same statement (the overview lists them below: session 18)
        List<UnitView> children = units.children(unitId, p.referenceDate(), units.today());
        Map<Long, SubmissionReads.Brief> byUnit = reads.of(form.id(), p.code(),
                children.stream().map(UnitView::id).toList()).stream()
                .collect(Collectors.toMap(SubmissionReads.Brief::unitId, s -> s));
        ReportingRegime regime = regimes.inForceForReceiver(unitId, form.id(), p).orElse(null);
        List<UnitView> reporters = children.stream()
                .filter(c -> regime == null || regime.reports(c.kind().name()) || byUnit.containsKey(c.id())).toList();
        int expected = (int) reporters.stream().filter(c -> regime == null || regime.reports(c.kind().name())).count();
        List<ConsolidatedView.Child> lines = reporters.stream().map(c -> child(c, byUnit.get(c.id()))).toList();
        int submitted = (int) byUnit.values().stream().filter(s -> s.status().counted()).count();
        int onTime = (int) byUnit.values().stream().filter(s -> s.status().counted() && Boolean.TRUE.equals(s.onTime())).count();
        return new ConsolidatedView(unitId, form.code(), p.code(), expected, submitted, onTime,
                rollup.totals(form, unitId, p.code()), lines);
    }

    /** 404 unless the caller may see the unit or co-receives its reports for the period (defect 12). */
    public void requireConsolidationVisible(long unitId, String formCode, String period) {
        reportAccess.requireConsolidationVisible(unitId, forms.byCode(formCode).id(), ReportPeriod.parse(period));
    }

    /** The consolidated figures of the unit's subtree for each period (the trend), read in one grouped query. */
    public Map<String, Map<String, BigDecimal>> trend(long unitId, String formCode, List<String> periods) {
        FormDef form = forms.byCode(formCode);
        reportAccess.requireConsolidationVisible(unitId, form.id(), ReportPeriod.parse(periods.get(periods.size() - 1)));
        return rollup.totals(form, unitId, periods);
    }

    private static ConsolidatedView.Child child(UnitView c, SubmissionReads.Brief s) {
        return s == null ? new ConsolidatedView.Child(c.id(), c.name(), "MISSING", null, null, null)
                : new ConsolidatedView.Child(c.id(), c.name(), s.status().name(), s.submittedAt(),
                        s.status().counted() ? s.onTime() : null, s.id());
    }

    /** One row per direct child: its status and the figures it contributes (its own report plus its subtree). */
    public List<TableRow> table(long unitId, String formCode, String period) {
        ConsolidatedView c = consolidated(unitId, formCode, period);
        FormDef form = forms.byCode(formCode);
        return c.children().stream().map(child -> {
            Map<String, BigDecimal> sum = new LinkedHashMap<>(rollup.totals(form, child.unitId(), c.period()));
            if (child.submissionId() != null) {
                Submission own = submissions.findById(child.submissionId()).orElseThrow();
                if (own.status().counted() && !own.consolidated()) {
                    store.values(own.id()).forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
                }
            }
            return new TableRow(child.unitId(), child.unitName(), child.status(), child.onTime(), sum);
        }).toList();
    }

    /** The form's indicators and outline (for pages and exports). */
    public FormView form(String formCode) {
        FormDef f = forms.byCode(formCode);
        return new FormView(f.code(), f.name(), f.indicators().stream().map(i -> new FormView.Item(i.code(), i.name(),
                i.unitLabel())).toList(), f.sections().stream().map(s -> new FormView.Item(s.code(), s.heading(), null)).toList());
    }

    /** The caller's own report for the unit, form and period, if any. */
    public Optional<SubmissionView> find(long unitId, String formCode, String period) {
        if (!access.canSee(unitId)) {
            requireConsolidationVisible(unitId, formCode, period); // a co-receiver: the view's figures, not the unit's own report
            return Optional.empty();
        }
        FormDef form = forms.byCode(formCode);
        return reads.one(form, unitId, ReportPeriod.parse(period).code()).map(v -> new SubmissionView(v.id(), v.unitId(),
                v.formCode(), v.period(), v.status(), v.consolidated(), v.dueDate(), v.lockDate(), v.submittedAt(),
                v.onTime(), v.returnReason(), v.revision(), store.values(v.id()), store.texts(v.id())));
    }

    /** Whether the caller receives reports of the unit's children (may accept and return them). */
    public boolean receives(long unitId) {
        return reportAccess.receives(unitId);
    }

    public List<HistoryEntry> history(long id) {
        reportAccess.visible(id);
        return store.history(id);
    }

    /** Every form code. */
    public List<String> formCodes() {
        return forms.codes();
    }

    /** The period codes the form's regimes ask for in a year (e.g. 2026-S1, 2026, a one-off 2026-D1025), sorted. */
    public List<String> periodsOf(String formCode, int year) {
        Set<String> codes = new TreeSet<>();
        long formId = forms.byCode(formCode).id();
        store.periodKinds(formId, year).forEach(k -> codes.addAll(k.startsWith("T:")
                ? PeriodType.valueOf(k.substring(2)).codes(year) : List.of(k.substring(2))));
        return List.copyOf(codes);
    }

    /** Reports of the given units over several periods (for the completeness matrix). */
    public List<SubmissionView> matrix(String formCode, List<Long> unitIds, List<String> periods) {
        FormDef form = forms.byCode(formCode);
        return reads.matrix(form, unitIds, periods);
    }

    SubmissionView view(Submission s) {
        return view(s, forms.byId(s.formId()));
    }

    SubmissionView view(Submission s, FormDef form) {
        return view(s, form, store.values(s.id()), store.texts(s.id()));
    }

    static SubmissionView view(Submission s, FormDef form, Map<String, BigDecimal> values, Map<String, String> texts) {
        return new SubmissionView(s.id(), s.unitId(), form.code(), s.period(), s.status(), s.consolidated(), s.dueDate(),
                s.lockDate(), s.submittedAt(), s.onTime(), s.returnReason(), s.revision(), values, texts);
    }
}
