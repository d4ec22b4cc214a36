package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;

/**
 * Changes to reports — the module's entry point for them: drafting and the consolidated draft in {@link ReportDrafts};
 * submitting here; accepting, returning and lock exceptions (the receiver's side) in {@link ReportReview}. Each change
 * loads the {@link Submission}, lets it decide, records the step and publishes an event. Reads: {@link ReportQueries};
 * SQL: {@link ReportStore}; checks: {@link ReportChecks}; who may: {@link ReportAccess}.
 */
@Service
@Transactional
public class ReportService {

    static final int DEFAULT_LOCK_DAYS = SubmissionDue.DEFAULT_LOCK_DAYS;
    static final java.time.format.DateTimeFormatter VN_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportDrafts drafts;
    private final ReportReview review;
    private final ReportChecks checks;
    private final SubmissionRepository submissions;
    private final FormCatalog forms;
    private final Rollup rollup;
    private final AccessService access;
    private final Clock clock;
    private final ReportStore store;
    private final ReportAccess reportAccess;
    private final ReportQueries queries;

    ReportService(ReportDrafts drafts, ReportReview review, ReportChecks checks, SubmissionRepository submissions,
                  FormCatalog forms, Rollup rollup, AccessService access, Clock clock, ReportStore store,
                  ReportAccess reportAccess, ReportQueries queries) {
        this.drafts = drafts;
        this.review = review;
        this.checks = checks;
        this.submissions = submissions;
        this.forms = forms;
        this.rollup = rollup;
        this.access = access;
        this.clock = clock;
        this.store = store;
        this.reportAccess = reportAccess;
        this.queries = queries;
    }

    /** A new draft for the unit; 409 if the unit already has a report for that form and period. */
    public SubmissionView createDraft(long unitId, String formCode, String period, Map<String, BigDecimal> values,
                                      Map<String, String> sections) {
        return drafts.createDraft(unitId, formCode, period, values, sections, false);
    }

    /** Saves a draft of the reporting unit; 409 once it is sent, or while it waits for its leader. */
    public SubmissionView updateDraft(long id, Map<String, BigDecimal> values, Map<String, String> sections) {
        return drafts.updateDraft(id, values, sections);
    }

    /**
     * Submits a checked draft and adds its figures to every ancestor's totals. The totals come last: their rows
     * are shared by every submission under the same ancestors, so their locks are held only until the commit.
     */
    public SubmissionView submit(long id) {
        checks.requireNotInApproval(reportAccess.visible(id));
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
        ReportChecks.check(form, values, texts);
        boolean exception = store.lockException(s, at.toLocalDate());
        s.submit(at, at.atZoneSameInstant(clock.getZone()).toLocalDate(), exception);
        submissions.flush();
        store.event(s, username(), null, values);
        SubmissionView view = ReportQueries.view(s, form, values, texts);
        rollup.add(s);
        return view;
    }

    /** The receiver accepts a submitted report. */
    public SubmissionView accept(long id) {
        return review.accept(id);
    }

    /** Sends the report back with a reason; it stops counting in every total until it is resubmitted. */
    public SubmissionView returnToSender(long id, String reason) {
        return review.returnToSender(id, reason);
    }

    /** The receiver lets a unit submit after the lock date until {@code until}. */
    public void grantLockException(long unitId, String formCode, String period, LocalDate until) {
        review.grantLockException(unitId, formCode, period, until);
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
        return drafts.prefillFromChildren(unitId, formCode, period);
    }

    private String username() {
        return access.caller().map(Caller::username).orElse(null);
    }
}
