package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
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
 * What the receiving unit does with the reports sent to it (called through {@link ReportService}): accepts them,
 * returns them with a reason (they stop counting in the totals) and lets a unit submit after the lock date.
 * Each review publishes {@link SubmissionReviewed}.
 */
@Component
@Transactional
class ReportReview {

    private final SubmissionRepository submissions;
    private final FormCatalog forms;
    private final Rollup rollup;
    private final UnitService units;
    private final AccessService access;
    private final ApplicationEventPublisher events;
    private final ReportStore store;
    private final ReportAccess reportAccess;
    private final ReportQueries queries;
    private final ApprovalService approvals;

    ReportReview(SubmissionRepository submissions, FormCatalog forms, Rollup rollup, UnitService units,
                 AccessService access, ApplicationEventPublisher events, ReportStore store, ReportAccess reportAccess,
                 ReportQueries queries, ApprovalService approvals) {
        this.submissions = submissions;
        this.forms = forms;
        this.rollup = rollup;
        this.units = units;
        this.access = access;
        this.events = events;
        this.store = store;
        this.reportAccess = reportAccess;
        this.queries = queries;
        this.approvals = approvals;
    }

    SubmissionView accept(long id) {
        Submission s = reportAccess.visible(id);
        reportAccess.requireReceiver(s);
        s.accept();
        store.event(s, username(), null, store.values(s.id()));
        reviewed(s, null);
        return queries.view(s);
    }

    /** Sends the report back with a reason; it stops counting in every total until it is resubmitted. */
    SubmissionView returnToSender(long id, String reason) {
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
    void grantLockException(long unitId, String formCode, String period, LocalDate until) {
        FormDef form = forms.byCode(formCode);
        Long parent = units.parentId(unitId, ReportPeriod.parse(period).referenceDate())
                .orElseThrow(() -> new NotFoundException("unit", unitId));
        reportAccess.requireAnyRole(parent, Role.LEADER, Role.SPECIALIST);
        store.grantLockException(unitId, form.id(), period, access.requireCaller().username(), until);
    }

    private void reviewed(Submission s, String why) {
        events.publishEvent(new SubmissionReviewed(s.id(), s.unitId(), forms.byId(s.formId()).code(), s.period(),
                s.status(), why));
    }


    private String username() {
        return access.caller().map(Caller::username).orElse(null);
    }
}
