package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.approval.ApprovalService;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Changes to reports: drafting, submitting, accepting and returning, lock exceptions and the consolidated draft.
 * Each change loads the {@link Submission}, lets it decide, records the step and publishes an event.
 * Reads: {@link ReportQueries}; SQL: {@link ReportStore}; who may: {@link ReportAccess}.
 */
@Service
@Transactional
public class ReportService {

    static final int DEFAULT_LOCK_DAYS = SubmissionDue.DEFAULT_LOCK_DAYS;
    static final java.time.format.DateTimeFormatter VN_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SubmissionRepository submissions;
    private final FormCatalog forms;
    private final Rollup rollup;
    private final UnitService units;
    private final AccessService access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SubmissionDue due;
    private final ReportStore store;
    private final ReportAccess reportAccess;
    private final ReportQueries queries;
    private final ApprovalService approvals;
    private final CoReceivedReports coReceived;
    private final ValueSources valueSources;

    ReportService(SubmissionRepository submissions, FormCatalog forms, Rollup rollup, UnitService units,
                  AccessService access, Clock clock, ApplicationEventPublisher events, SubmissionDue due,
                  ReportStore store, ReportAccess reportAccess, ReportQueries queries, ApprovalService approvals,
                  CoReceivedReports coReceived, ValueSources valueSources) {
        this.coReceived = coReceived;
        this.valueSources = valueSources;
        this.approvals = approvals;
        this.submissions = submissions;
        this.forms = forms;
        this.rollup = rollup;
        this.units = units;
        this.access = access;
        this.clock = clock;
        this.events = events;
        this.due = due;
        this.store = store;
        this.reportAccess = reportAccess;
        this.queries = queries;
    }

    /** A new draft for the unit; 409 if the unit already has a report for that form and period. */
    public SubmissionView createDraft(long unitId, String formCode, String period, Map<String, BigDecimal> values,
                                      Map<String, String> sections) {
        return createDraft(unitId, formCode, period, values, sections, false);
    }

    /** A new draft; {@code consolidated} when its figures already cover the unit's subtree (not added up again). */
    SubmissionView createDraft(long unitId, String formCode, String period, Map<String, BigDecimal> values,
                               Map<String, String> sections, boolean consolidated) {
        reportAccess.requireReporter(unitId);
        FormDef form = forms.byCode(formCode);
        check(form, values, sections);
        Submission s = newDraft(unitId, form, ReportPeriod.parse(period), consolidated);
        store.writeContent(s.id(), values, sections);
        return queries.view(s, form);
    }

    private Submission newDraft(long unitId, FormDef form, ReportPeriod p, boolean consolidated) {
        if (submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), p.code()).isPresent()) {
            throw ProblemException.conflict("reporting.submission.exists", p.code());
        }
        SubmissionDue.Due d = due.of(unitId, form, p);
        return submissions.save(new Submission(unitId, form.id(), p.code(), consolidated, d.due(), d.lockDate(),
                username()));
    }

    public SubmissionView updateDraft(long id, Map<String, BigDecimal> values, Map<String, String> sections) {
        Submission s = reportAccess.visible(id);
        reportAccess.requireReporter(s.unitId());
        s.requireEditable();
        requireNotInApproval(s);
        FormDef form = forms.byId(s.formId());
        check(form, values, sections);
        store.writeContent(s.id(), values, sections);
        return queries.view(s, form);
    }

    /**
     * Submits a checked draft and adds its figures to every ancestor's totals. The totals come last: their rows
     * are shared by every submission under the same ancestors, so their locks are held only until the commit.
     */
    public SubmissionView submit(long id) {
        requireNotInApproval(reportAccess.visible(id));
        return submit(id, OffsetDateTime.now(clock));
    }

    /** Sending a report the clerk issues after the leader signed it (see {@link ReportApproval#issue}). */
    SubmissionView submitIssued(long id) {
        return submit(id, OffsetDateTime.now(clock));
    }

    /** Submitting at a given moment: a report sent earlier (demo data dated relative to the day it is created). */
    SubmissionView submit(long id, OffsetDateTime at) {
        Submission s = reportAccess.visible(id);
        reportAccess.requireReporter(s.unitId());
        FormDef form = forms.byId(s.formId());
        Map<String, BigDecimal> values = store.values(s.id());
        Map<String, String> texts = store.texts(s.id());
        check(form, values, texts);
        boolean exception = store.lockException(s, at.toLocalDate());
        s.submit(at, at.atZoneSameInstant(clock.getZone()).toLocalDate(), exception);
        submissions.flush();
        store.event(s, username(), null, values);
        SubmissionView view = ReportQueries.view(s, form, values, texts);
        rollup.add(s);
        return view;
    }

    public SubmissionView accept(long id) {
        Submission s = reportAccess.visible(id);
        reportAccess.requireReceiver(s);
        s.accept();
        store.event(s, username(), null, store.values(s.id()));
        reviewed(s, null);
        return queries.view(s);
    }

    /** Sends the report back with a reason; it stops counting in every total until it is resubmitted. */
    public SubmissionView returnToSender(long id, String reason) {
        Submission s = reportAccess.visible(id);
        reportAccess.requireReceiver(s);
        String why = Texts.clean(reason);
        if (why == null || why.isEmpty() || why.length() > 2000) {
            throw ProblemException.invalid("error.validation",
                    List.of(FieldProblem.of("reason", "reporting.return.reasonRequired")));
        }
        boolean wasCounted = s.status().counted();
        s.returnWith(why);
        submissions.flush();
        approvals.reopen(ReportApproval.TYPE, s.id());
        store.event(s, username(), why, store.values(s.id()));
        reviewed(s, why);
        SubmissionView view = queries.view(s);
        if (wasCounted) {
            rollup.remove(s); // last, as in submit: shared total rows stay locked only until the commit
        }
        return view;
    }

    /** The receiver lets a unit submit after the lock date until {@code until}. */
    public void grantLockException(long unitId, String formCode, String period, LocalDate until) {
        FormDef form = forms.byCode(formCode);
        Long parent = units.parentId(unitId, ReportPeriod.parse(period).referenceDate())
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        reportAccess.requireAnyRole(parent, Role.LEADER, Role.SPECIALIST);
        store.grantLockException(unitId, form.id(), period, access.requireCaller().username(), until);
    }

    /** Totals over the unit's subtree (see {@link ReportQueries#consolidated}); kept here for other modules. */
    @Transactional(readOnly = true)
    public ConsolidatedView consolidated(long unitId, String formCode, String period) {
        return queries.consolidated(unitId, formCode, period);
    }

    /** Every form code (see {@link ReportQueries#formCodes}). */
    @Transactional(readOnly = true)
    public List<String> formCodes() {
        return queries.formCodes();
    }

    /** The period codes the form's regimes ask for in a year (see {@link ReportQueries#periodsOf}). */
    @Transactional(readOnly = true)
    public List<String> periodsOf(String formCode, int year) {
        return queries.periodsOf(formCode, year);
    }

    /**
     * The unit's own report pre-filled from its children: the totals, and per outline section each child's
     * text under its name, ready to be edited into a synthesis. Marked consolidated so it is not counted twice.
     */
    public SubmissionView prefillFromChildren(long unitId, String formCode, String period) {
        reportAccess.requireReporter(unitId);
        ConsolidatedView c = queries.consolidated(unitId, formCode, period);
        FormDef form = forms.byCode(formCode);
        ReportPeriod p = ReportPeriod.parse(period);
        Submission s = submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), p.code()).orElse(null);
        if (s != null && !s.editable()) {
            throw ProblemException.conflict("reporting.submission.notEditable", s.status().name());
        }
        if (s == null) {
            s = newDraft(unitId, form, p, true);
        }
        // defect 12: a co-receiver adds the reports addressed to it (each unit once), each figure with its sources
        CoReceivedReports.Consolidation co = coReceived.into(unitId, form, p, c.values(), c.submitted(), childTexts(form, c));
        store.writeContent(s.id(), co.values(), co.texts());
        valueSources.record(s.id(), new Indicators.Prefill(co.values().entrySet().stream()
                .filter(e -> co.sources().containsKey(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), co.sources()));
        return queries.view(s, form);
    }

    private Map<String, String> childTexts(FormDef form, ConsolidatedView c) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FormDef.Section section : form.sections()) {
            StringBuilder b = new StringBuilder();
            for (ConsolidatedView.Child child : c.children()) {
                if (child.submissionId() != null && !"RETURNED".equals(child.status()) && !"DRAFT".equals(child.status())) {
                    String t = store.texts(child.submissionId()).get(section.code());
                    if (t != null && !t.isBlank()) {
                        b.append("— ").append(child.unitName()).append(": ").append(t.strip()).append("\n\n");
                    }
                }
            }
            if (!b.isEmpty()) {
                texts.put(section.code(), b.toString().strip());
            }
        }
        return texts;
    }

    /**
     * Figures computed from the records, written into a new draft as they are: the form's cross-checks (resolved ≤
     * received) are for what a person types, and are applied again when the draft is saved or submitted.
     */
    void writeComputed(long id, Map<String, BigDecimal> values) {
        store.writeValues(id, values);
    }

    /** The form's checks on a stored report (422 listing what is missing or wrong). */
    void check(Submission s) {
        check(forms.byId(s.formId()), store.values(s.id()), store.texts(s.id()));
    }

    /** 409 while the report waits for its leader or has been signed: it changes only when returned. */
    private void requireNotInApproval(Submission s) {
        if (approvals.stage(ReportApproval.TYPE, s.id()).inApproval()) {
            throw ProblemException.conflict("reporting.submission.inApproval");
        }
    }

    private void reviewed(Submission s, String why) {
        events.publishEvent(new SubmissionReviewed(s.id(), s.unitId(), forms.byId(s.formId()).code(), s.period(),
                s.status(), why));
    }

    private String username() {
        return access.caller().map(Caller::username).orElse(null);
    }

    private static void check(FormDef form, Map<String, BigDecimal> values, Map<String, String> sections) {
        var problems = form.check(values, sections);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
    }
}
