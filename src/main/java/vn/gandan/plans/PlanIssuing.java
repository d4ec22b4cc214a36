package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.approval.ApprovalService;
import vn.gandan.org.UnitService;
import vn.gandan.shared.ProblemException;

/**
 * Issuing a plan (called through {@link PlanService}): checks every required element of the layout (422 listing what
 * is missing), takes the next number from the first issuer's register, supersedes the plan it corrects, activates
 * its tasks, keeps the signed copy and publishes {@link PlanIssued}. The clerk or specialist issues an approved plan;
 * the leader may sign a draft directly.
 */
@Component
@Transactional
class PlanIssuing {

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanApproval approval;
    private final PlanBases bases;
    private final PlanTasks tasks;
    private final PlanQueries queries;
    private final DocumentNumbering numbering;
    private final UnitService units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ApprovalService approvals;
    private final PlanSigning signing;

    PlanIssuing(PlanStore store, PlanAccess access, PlanApproval approval, PlanBases bases, PlanTasks tasks,
                PlanQueries queries, DocumentNumbering numbering, UnitService units, AuditLog audit,
                ApplicationEventPublisher events, ApprovalService approvals, PlanSigning signing) {
        this.store = store;
        this.access = access;
        this.approval = approval;
        this.bases = bases;
        this.tasks = tasks;
        this.queries = queries;
        this.numbering = numbering;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.approvals = approvals;
        this.signing = signing;
    }

    PlanView issue(long id, LocalDate today) {
        PlanStore.Stored s = access.load(id, true);
        Plan plan = s.plan();
        long first = plan.issuerUnitIds().get(0);
        boolean leader = access.isLeader(first);
        if (!leader && !access.canDraft(first)) throw ProblemException.forbidden("access.roleMissing", Role.LEADER.name());
        plan.checkIssuable(leader);
        approval.requireComplete(plan, "plans.issue.missing");
        DocumentNumbering.Issued n = number(plan, first, today);
        String symbol = n.symbol().substring(n.symbol().indexOf(n.party() ? '-' : '/') + 1);
        String before = plan.status().name();
        plan.issue(n.number(), n.symbol(), today, leader);
        store.saveState(plan, symbol, access.username());
        approvals.issued(PlanApproval.subject(plan), n.symbol());
        supersedeCorrected(plan);
        tasks.activate(id);
        signing.signIssued(id, first);
        audit.record("ISSUE", "Plan", id, Map.of("status", before),
                Map.of("status", "ISSUED", "numberSymbol", n.symbol(), "issueDate", today.toString()));
        events.publishEvent(new PlanIssued(id, plan.kind(), plan.issuerUnitIds(), n.symbol(), plan.content().title(),
                today, plan.content().period(), s.parentPlanId(), plan.content().reportDeadlines()));
        return queries.get(id);
    }

    /** 403 / 409 unless the caller may issue the plan now: the first issuer's leader, or its clerk once approved. */
    @Transactional(readOnly = true)
    void checkIssuable(long id) {
        Plan plan = access.load(id).plan();
        long first = plan.issuerUnitIds().get(0);
        boolean leader = access.isLeader(first);
        PlanAccess.requireRole(leader || access.canDraft(first), Role.LEADER);
        plan.checkIssuable(leader);
    }

    /** The next number of the first issuer's register. */
    private DocumentNumbering.Issued number(Plan plan, long first, LocalDate today) {
        List<PlanDocuments.IssuerInfo> issuers = bases.issuers(plan, units.today());
        // defect 12: a joint plan is numbered in the first issuer's register as 01-KHPH/BDV-PGDĐT (seed 004)
        String names = String.join("-", issuers.stream().map(PlanDocuments.IssuerInfo::shortName).toList());
        return numbering.next(first, issuers.get(0).kind(), names, plan.kind().typeCode, null, today);
    }

    private void supersedeCorrected(Plan plan) {
        if (plan.supersedesPlanId() == null) return;
        store.find(plan.supersedesPlanId(), true).filter(o -> o.plan().status() == Plan.Status.ISSUED).ifPresent(o -> {
            o.plan().supersede();
            store.saveState(o.plan(), o.symbol(), access.username());
        });
        tasks.close(plan.supersedesPlanId());
    }
}
