package vn.gandan.plans;

import static vn.gandan.plans.PlanAccess.requireRole;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.Role;
import vn.gandan.approval.ApprovalService;
import vn.gandan.approval.ApprovalSubject;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The approval steps of a plan before it is issued (called through {@link PlanService}): submit → approve or return
 * with a comment → sign. Each step loads the {@link Plan}, lets it decide, saves its state ({@link PlanStore#saveState})
 * and tells the shared approval mechanism. Issuing: {@link PlanIssuing}.
 */
@Component
@Transactional
class PlanApproval {

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanBases bases;
    private final PlanQueries queries;
    private final UnitService units;
    private final ApprovalService approvals;

    PlanApproval(PlanStore store, PlanAccess access, PlanBases bases, PlanQueries queries, UnitService units,
                 ApprovalService approvals) {
        this.store = store;
        this.access = access;
        this.bases = bases;
        this.queries = queries;
        this.units = units;
        this.approvals = approvals;
    }

    PlanView submit(long id) {
        Plan plan = access.load(id, true).plan();
        requireRole(access.canDraft(plan.issuerUnitIds().get(0)), Role.SPECIALIST);
        requireComplete(plan, "plans.submit.missing");
        plan.submitForApproval();
        store.saveState(plan, null, access.username());
        approvals.submit(subject(plan));
        return queries.get(id);
    }

    PlanView approve(long id) {
        Plan plan = access.load(id, true).plan();
        requireRole(access.isLeader(plan.issuerUnitIds().get(0)), Role.LEADER);
        plan.approve();
        store.saveState(plan, null, access.username());
        approvals.approve(subject(plan));
        return queries.get(id);
    }

    PlanView sign(long id) {
        Plan plan = access.load(id, true).plan();
        requireRole(access.isLeader(plan.issuerUnitIds().get(0)), Role.LEADER);
        requireComplete(plan, "plans.sign.missing");
        plan.sign();
        store.saveState(plan, null, access.username());
        approvals.sign(subject(plan));
        return queries.get(id);
    }

    @Transactional(readOnly = true)
    void checkSignable(long id) {
        Plan plan = access.load(id).plan();
        requireRole(access.isLeader(plan.issuerUnitIds().get(0)), Role.LEADER);
        if (!plan.issuable()) throw ProblemException.conflict("approval.error.notSignable");
        requireComplete(plan, "plans.sign.missing");
    }

    PlanView returnForChanges(long id, String comment) {
        Plan plan = access.load(id, true).plan();
        requireRole(access.isLeader(plan.issuerUnitIds().get(0)), Role.LEADER);
        String why = Texts.clean(comment);
        if (why == null || why.isBlank() || why.length() > 4000) {
            throw ProblemException.invalid("plans.return.commentRequired",
                    List.of(FieldProblem.of("comment", "plans.return.commentRequired")));
        }
        plan.returnForChanges(why);
        store.saveState(plan, null, access.username());
        approvals.returnForChanges(subject(plan), why);
        return queries.get(id);
    }

    /** 422 listing the required elements of the layout a plan still lacks, under the step's own message. */
    void requireComplete(Plan plan, String messageKey) {
        List<String> missing = new ArrayList<>(PlanDocuments.missingForIssue(plan, bases.issuers(plan, units.today())));
        if (plan.content().sections().isEmpty()) missing.add("sections");
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(messageKey,
                    missing.stream().map(f -> FieldProblem.of(f, "plans.missing." + f)).toList(), missing.size());
        }
    }

    /** The plan as the shared approval mechanism names it: its first issuer approves, signs and registers it. */
    static ApprovalSubject subject(Plan plan) {
        return new ApprovalSubject("PLAN", plan.id(), plan.issuerUnitIds().get(0), plan.content().title(),
                "/plans/" + plan.id());
    }
}
