package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.approval.ApprovalService;
import vn.gandan.approval.ApprovalSubject;
import vn.gandan.access.Role;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Changes to plans: drafting, approval (submit → approve or return with a comment), issuing with the register's
 * next number, withdrawing, correcting and cascading ("triển khai"). Each change loads the {@link Plan}, lets it
 * decide, saves what it decided, records the audit and publishes a past-tense event. Reads: {@link PlanQueries}.
 */
@Service
@Transactional
public class PlanService {

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanChecks checks;
    private final PlanBases bases;
    private final PlanCascade cascade;
    private final PlanTasks tasks;
    private final PlanQueries queries;
    private final DocumentNumbering numbering;
    private final UnitService units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ApprovalService approvals;
    private final PlanSigning signing;

    PlanService(PlanStore store, PlanAccess access, PlanChecks checks, PlanBases bases, PlanCascade cascade,
                PlanTasks tasks, PlanQueries queries, DocumentNumbering numbering, UnitService units, AuditLog audit,
                ApplicationEventPublisher events, ApprovalService approvals, PlanSigning signing) {
        this.signing = signing;
        this.store = store;
        this.access = access;
        this.checks = checks;
        this.bases = bases;
        this.cascade = cascade;
        this.tasks = tasks;
        this.queries = queries;
        this.numbering = numbering;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.approvals = approvals;
    }

    /** A new draft (api.md POST /plans). The caller drafts for the first issuer (specialist or leader there). */
    public PlanView create(PlanCommand cmd) {
        PlanCommand c = PlanChecks.normalise(cmd);
        checks.validate(c, null, access::canLoad);
        access.requireDrafter(c.issuerUnitIds().get(0));
        PlanContent content = bases.link(c.content(), access::canLoad);
        checks.deadlinesBeforeBases(content, c.issuerUnitIds(), this::visiblePlan);
        long id = store.insert(new Plan(null, c.kind(), c.issuerUnitIds(), content, null), null, access.username());
        tasks.replace(id, c.tasks());
        audit.record("CREATE", "Plan", id, null, Map.of("title", content.title(), "issuers", c.issuerUnitIds()));
        return queries.get(id);
    }

    /** Replaces a draft (api.md PUT /plans/{id}); 409 once it is submitted, approved or issued. */
    public PlanView update(long id, PlanCommand cmd) {
        Plan plan = access.load(id).plan();
        access.requireDrafterOf(plan);
        if (plan.status() != Plan.Status.DRAFT) throw ProblemException.conflict("plans.error.notDraft");
        PlanCommand c = PlanChecks.normalise(cmd);
        checks.validate(c, id, access::canLoad);
        if (!c.issuerUnitIds().get(0).equals(plan.issuerUnitIds().get(0))) access.requireDrafter(c.issuerUnitIds().get(0));
        Plan edited = plan.edited(c.kind(), c.issuerUnitIds(), bases.link(c.content(), access::canLoad));
        checks.deadlinesBeforeBases(edited.content(), edited.issuerUnitIds(), this::visiblePlan);
        store.saveContent(edited);
        tasks.replace(id, c.tasks());
        audit.record("UPDATE", "Plan", id, Map.of("title", plan.content().title()), Map.of("title", edited.content().title()));
        return queries.get(id);
    }

    /** The drafter submits the draft for the leader's approval (trình ký). */
    public PlanView submit(long id) {
        Plan plan = access.load(id, true).plan();
        requireRole(access.canDraft(plan.issuerUnitIds().get(0)), Role.SPECIALIST);
        requireComplete(plan, "plans.submit.missing");
        plan.submitForApproval();
        store.saveState(plan, null, access.username());
        approvals.submit(subject(plan));
        return queries.get(id);
    }

    /** The leader of the first issuer approves a submitted plan. */
    public PlanView approve(long id) {
        Plan plan = access.load(id, true).plan();
        requireRole(access.isLeader(plan.issuerUnitIds().get(0)), Role.LEADER);
        plan.approve();
        store.saveState(plan, null, access.username());
        approvals.approve(subject(plan));
        return queries.get(id);
    }

    /**
     * The leader of the first issuer signs a submitted or approved plan, or a complete draft of the leader's own (422
     * listing what is missing otherwise); the clerk then registers and issues it.
     */
    public PlanView sign(long id) {
        Plan plan = access.load(id, true).plan();
        requireRole(access.isLeader(plan.issuerUnitIds().get(0)), Role.LEADER);
        requireComplete(plan, "plans.sign.missing");
        plan.sign();
        store.saveState(plan, null, access.username());
        approvals.sign(subject(plan));
        return queries.get(id);
    }

    /** 404 / 403 / 409 unless the caller may sign the plan now (checked before the confirmation page). */
    @Transactional(readOnly = true)
    public void checkSignable(long id) {
        Plan plan = access.load(id).plan();
        requireRole(access.isLeader(plan.issuerUnitIds().get(0)), Role.LEADER);
        if (!plan.issuable()) throw ProblemException.conflict("approval.error.notSignable");
        requireComplete(plan, "plans.sign.missing");
    }

    /** The leader returns a submitted or approved plan to draft; the comment (what to change) is required. */
    public PlanView returnForChanges(long id, String comment) {
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

    /**
     * Issues the plan: checks every required element of the layout (422 listing what is missing), takes the next
     * number from the first issuer's register, supersedes the plan it corrects, activates its tasks and publishes
     * {@link PlanIssued}. The clerk or specialist issues an approved plan; the leader may sign a draft directly.
     */
    public PlanView issue(long id) {
        return issue(id, units.today());
    }

    /** Issuing on a given day: the register entry of a document signed earlier (demo data, registering late). */
    PlanView issue(long id, LocalDate today) {
        PlanStore.Stored s = access.load(id, true);
        Plan plan = s.plan();
        long first = plan.issuerUnitIds().get(0);
        boolean leader = access.isLeader(first);
        if (!leader && !access.canDraft(first)) throw ProblemException.forbidden("access.roleMissing", Role.LEADER.name());
        plan.checkIssuable(leader);
        requireComplete(plan, "plans.issue.missing");
        List<PlanDocuments.IssuerInfo> issuers = bases.issuers(plan, units.today());
        // defect 12: a joint plan is numbered in the first issuer's register as 01-KHPH/BDV-PGDĐT (seed 004)
        String names = String.join("-", issuers.stream().map(PlanDocuments.IssuerInfo::shortName).toList());
        DocumentNumbering.Issued n = numbering.next(first, issuers.get(0).kind(), names, plan.kind().typeCode, null, today);
        String symbol = n.symbol().substring(n.symbol().indexOf(n.party() ? '-' : '/') + 1);
        String before = plan.status().name();
        plan.issue(n.number(), n.symbol(), today, leader);
        store.saveState(plan, symbol, access.username());
        approvals.issued(subject(plan), n.symbol());
        supersedeCorrected(plan);
        tasks.activate(id);
        signing.signIssued(id, first);
        audit.record("ISSUE", "Plan", id, Map.of("status", before),
                Map.of("status", "ISSUED", "numberSymbol", n.symbol(), "issueDate", today.toString()));
        events.publishEvent(new PlanIssued(id, plan.kind(), plan.issuerUnitIds(), n.symbol(), plan.content().title(),
                today, plan.content().period(), s.parentPlanId(), plan.content().reportDeadlines()));
        return queries.get(id);
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

    /** A correction of an issued plan: a new draft with the same content that supersedes it once issued. */
    public PlanView newVersion(long id) {
        PlanStore.Stored s = access.load(id);
        access.requireDrafterOf(s.plan());
        long newId = store.insert(s.plan().newVersion(), s.parentPlanId(), access.username());
        tasks.copy(id, newId);
        audit.record("CREATE", "Plan", newId, null, Map.of("supersedes", id));
        return queries.get(newId);
    }

    /** "Triển khai": a pre-filled draft for a subordinate unit (see {@link PlanCascade}). */
    public PlanView derive(long parentId, long unitId) {
        Plan parent = access.load(parentId).plan();
        if (parent.status() != Plan.Status.ISSUED) throw ProblemException.conflict("plans.derive.notIssued");
        UnitView unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        access.requireDrafter(unitId);
        cascade.checkSubordinate(parent, unitId);
        Plan draft = new Plan(null, PlanKind.KE_HOACH, List.of(unitId), cascade.content(parent, unit), null);
        long id = store.insert(draft, parentId, access.username());
        tasks.replace(id, cascade.tasks(tasks.specs(parentId), tasks.views(parentId).stream().map(PlanView.TaskView::id).toList(),
                unitId));
        audit.record("CREATE", "Plan", id, null, Map.of("derivedFrom", parentId, "unitId", unitId));
        return queries.get(id);
    }

    /**
     * 403 / 409 unless the caller may issue the plan now (checked before the confirmation page): the first issuer's
     * leader, or its clerk once the plan is approved.
     */
    @Transactional(readOnly = true)
    public void checkIssuable(long id) {
        Plan plan = access.load(id).plan();
        long first = plan.issuerUnitIds().get(0);
        boolean leader = access.isLeader(first);
        requireRole(leader || access.canDraft(first), Role.LEADER);
        plan.checkIssuable(leader);
    }

    /** 403 / 409 unless the caller may cancel (a draft: its drafters) or withdraw (issued: the leader) the plan now. */
    @Transactional(readOnly = true)
    public void checkCancellable(long id) {
        Plan plan = access.load(id).plan();
        long first = plan.issuerUnitIds().get(0);
        requireRole(access.canDraft(first) && (plan.status() != Plan.Status.ISSUED || access.isLeader(first)), Role.LEADER);
        if (plan.status() == Plan.Status.SUPERSEDED || plan.status() == Plan.Status.CANCELLED) {
            throw ProblemException.conflict("plans.error.closed");
        }
    }

    /** A plan the caller may see but whose issuer grants the caller no such role: 403 (not 404). */
    private static void requireRole(boolean holds, Role role) {
        if (!holds) throw ProblemException.forbidden("access.roleMissing", role.name());
    }

    /** 422 listing the required elements of the layout a plan still lacks, under the step's own message. */
    private void requireComplete(Plan plan, String messageKey) {
        List<String> missing = new ArrayList<>(PlanDocuments.missingForIssue(plan, bases.issuers(plan, units.today())));
        if (plan.content().sections().isEmpty()) missing.add("sections");
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(messageKey,
                    missing.stream().map(f -> FieldProblem.of(f, "plans.missing." + f)).toList(), missing.size());
        }
    }

    private java.util.Optional<Plan> visiblePlan(long planId) {
        return access.canLoad(planId) ? store.find(planId, false).map(PlanStore.Stored::plan) : java.util.Optional.empty();
    }

    private void supersedeCorrected(Plan plan) {
        if (plan.supersedesPlanId() == null) return;
        store.find(plan.supersedesPlanId(), true).filter(o -> o.plan().status() == Plan.Status.ISSUED).ifPresent(o -> {
            o.plan().supersede();
            store.saveState(o.plan(), o.symbol(), access.username());
        });
        tasks.close(plan.supersedesPlanId());
    }

    /** The plan as the shared approval mechanism names it: its first issuer approves, signs and registers it. */
    private static ApprovalSubject subject(Plan plan) {
        return new ApprovalSubject("PLAN", plan.id(), plan.issuerUnitIds().get(0), plan.content().title(),
                "/plans/" + plan.id());
    }
}
