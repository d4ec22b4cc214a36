package vn.gandan.plans;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.org.UnitService;
import vn.gandan.shared.ProblemException;

/**
 * Changes to plans — the module's entry point for them: drafting, correcting and cascading ("triển khai") in
 * {@link PlanDrafts}; approval (submit → approve or return with a comment → sign) in {@link PlanApproval}; issuing
 * with the register's next number in {@link PlanIssuing}; cancelling and withdrawing here. Each change loads the
 * {@link Plan}, lets it decide, saves what it decided, records the audit and publishes a past-tense event.
 * Reads: {@link PlanQueries}; checks: {@link PlanChecks}; SQL: {@link PlanStore}.
 */
@Service
@Transactional
public class PlanService {

    private final PlanDrafts drafts;
    private final PlanApproval approval;
    private final PlanIssuing issuing;
    private final PlanStore store;
    private final PlanAccess access;
    private final PlanTasks tasks;
    private final PlanQueries queries;
    private final UnitService units;
    private final AuditLog audit;

    PlanService(PlanDrafts drafts, PlanApproval approval, PlanIssuing issuing, PlanStore store, PlanAccess access,
                PlanTasks tasks, PlanQueries queries, UnitService units, AuditLog audit) {
        this.drafts = drafts;
        this.approval = approval;
        this.issuing = issuing;
        this.store = store;
        this.access = access;
        this.tasks = tasks;
        this.queries = queries;
        this.units = units;
        this.audit = audit;
    }

    /** A new draft (api.md POST /plans). The caller drafts for the first issuer (specialist or leader there). */
    public PlanView create(PlanCommand cmd) {
        return drafts.create(cmd);
    }

    /** Replaces a draft (api.md PUT /plans/{id}); 409 once it is submitted, approved or issued. */
    public PlanView update(long id, PlanCommand cmd) {
        return drafts.update(id, cmd);
    }

    /** The drafter submits the draft for the leader's approval (trình ký). */
    public PlanView submit(long id) {
        return approval.submit(id);
    }

    /** The leader of the first issuer approves a submitted plan. */
    public PlanView approve(long id) {
        return approval.approve(id);
    }

    /**
     * The leader of the first issuer signs a submitted or approved plan, or a complete draft of the leader's own (422
     * listing what is missing otherwise); the clerk then registers and issues it.
     */
    public PlanView sign(long id) {
        return approval.sign(id);
    }

    /** 404 / 403 / 409 unless the caller may sign the plan now (checked before the confirmation page). */
    @Transactional(readOnly = true)
    public void checkSignable(long id) {
        approval.checkSignable(id);
    }

    /** The leader returns a submitted or approved plan to draft; the comment (what to change) is required. */
    public PlanView returnForChanges(long id, String comment) {
        return approval.returnForChanges(id, comment);
    }

    /**
     * Issues the plan (422 listing what the layout still lacks): the next number of the first issuer's register, the
     * plan it corrects superseded, its tasks activated, {@link PlanIssued} published. See {@link PlanIssuing}.
     */
    public PlanView issue(long id) {
        return issuing.issue(id, units.today());
    }

    /** Issuing on a given day: the register entry of a document signed earlier (demo data, registering late). */
    PlanView issue(long id, LocalDate today) {
        return issuing.issue(id, today);
    }

    /**
     * 403 / 409 unless the caller may issue the plan now (checked before the confirmation page): the first issuer's
     * leader, or its clerk once the plan is approved.
     */
    @Transactional(readOnly = true)
    public void checkIssuable(long id) {
        issuing.checkIssuable(id);
    }

    /** Cancels a draft or withdraws an issued plan (the leader's decision; its open tasks are closed). */
    public PlanView cancel(long id) {
        PlanStore.Stored s = access.load(id, true);
        Plan plan = s.plan();
        access.requireDrafterOf(plan);
        if (plan.status() == Plan.Status.ISSUED) access.requireLeaderOf(plan);
        String before = plan.status().name();
        plan.cancel();
        store.saveState(plan, s.symbol(), access.username());
        tasks.close(id);
        audit.record("CANCEL", "Plan", id, Map.of("status", before), Map.of("status", "CANCELLED"));
        return queries.get(id);
    }

    /** 403 / 409 unless the caller may cancel (a draft: its drafters) or withdraw (issued: the leader) the plan now. */
    @Transactional(readOnly = true)
    public void checkCancellable(long id) {
        Plan plan = access.load(id).plan();
        long first = plan.issuerUnitIds().get(0);
        PlanAccess.requireRole(access.canDraft(first) && (plan.status() != Plan.Status.ISSUED || access.isLeader(first)),
                Role.LEADER);
        if (plan.status() == Plan.Status.SUPERSEDED || plan.status() == Plan.Status.CANCELLED) {
            throw ProblemException.conflict("plans.error.closed");
        }
    }

    /** A correction of an issued plan: a new draft with the same content that supersedes it once issued. */
    public PlanView newVersion(long id) {
        return drafts.newVersion(id);
    }

    /** "Triển khai": a pre-filled draft for a subordinate unit (see {@link PlanCascade}). */
    public PlanView derive(long parentId, long unitId) {
        return drafts.derive(parentId, unitId);
    }
}
