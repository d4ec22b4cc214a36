package vn.gandan.plans;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Drafting plans (called through {@link PlanService}): a new draft, replacing a draft, a correction of an issued plan
 * and the pre-filled draft of a subordinate unit ("triển khai"). Checks: {@link PlanChecks}; SQL: {@link PlanStore}.
 */
@Component
@Transactional
class PlanDrafts {

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanChecks checks;
    private final PlanBases bases;
    private final PlanCascade cascade;
    private final PlanTasks tasks;
    private final PlanQueries queries;
    private final UnitService units;
    private final AuditLog audit;

    PlanDrafts(PlanStore store, PlanAccess access, PlanChecks checks, PlanBases bases, PlanCascade cascade,
               PlanTasks tasks, PlanQueries queries, UnitService units, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.checks = checks;
        this.bases = bases;
        this.cascade = cascade;
        this.tasks = tasks;
        this.queries = queries;
        this.units = units;
        this.audit = audit;
    }

    PlanView create(PlanCommand cmd) {
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

    PlanView update(long id, PlanCommand cmd) {
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

    PlanView newVersion(long id) {
        PlanStore.Stored s = access.load(id);
        access.requireDrafterOf(s.plan());
        long newId = store.insert(s.plan().newVersion(), s.parentPlanId(), access.username());
        tasks.copy(id, newId);
        audit.record("CREATE", "Plan", newId, null, Map.of("supersedes", id));
        return queries.get(newId);
    }

    /** See {@link PlanCascade}: bases, sections, the unit's tasks and earlier report deadlines from the parent. */
    PlanView derive(long parentId, long unitId) {
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

    private Optional<Plan> visiblePlan(long planId) {
        return access.canLoad(planId) ? store.find(planId, false).map(PlanStore.Stored::plan) : Optional.empty();
    }
}
