package vn.gandan.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.approval.ApprovalService;
import vn.gandan.approval.ApprovalView;

/**
 * Whole {@link PlanView}s of a list (api.md: {@code GET /api/v1/plans} → {@code [PlanView]}) in a constant number of
 * statements whatever the number of plans: the plans, their tasks, their roll-up (two), the old and the shared
 * approval steps — one query each for all the plans (issue 14: ~8 statements per plan, 214 for a Sở's list).
 */
@Component
class PlanListViews {

    private final PlanStore store;
    private final PlanTasks tasks;
    private final PlanCoverage coverage;
    private final ApprovalService approvals;

    PlanListViews(PlanStore store, PlanTasks tasks, PlanCoverage coverage, ApprovalService approvals) {
        this.store = store;
        this.tasks = tasks;
        this.coverage = coverage;
        this.approvals = approvals;
    }

    /** The views of these plans in the order given; the ids must already be visible to the caller. */
    @Transactional(readOnly = true)
    List<PlanView> views(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, PlanStore.Stored> plans = store.findAll(ids).stream()
                .collect(Collectors.toMap(s -> s.plan().id(), Function.identity()));
        Map<Long, List<PlanView.TaskView>> planTasks = tasks.views(ids);
        Map<Long, Integer> progress = coverage.progressOf(ids);
        Map<Long, List<PlanView.Step>> old = store.steps(ids);
        Map<Long, List<ApprovalView.Step>> shared = approvals.steps("PLAN", ids);
        return ids.stream().filter(plans::containsKey).map(id -> of(plans.get(id), planTasks.getOrDefault(id, List.of()),
                progress.get(id), trail(old.getOrDefault(id, List.of()), shared.getOrDefault(id, List.of())))).toList();
    }

    /** One plan's view from its parts (the plan page and {@code GET /api/v1/plans/{id}} build the same). */
    static PlanView of(PlanStore.Stored s, List<PlanView.TaskView> tasks, Integer progress, List<PlanView.Step> trail) {
        Plan p = s.plan();
        PlanContent c = p.content();
        return new PlanView(p.id(), p.kind(), p.status(), p.issuerUnitIds(), c.title(), c.period(), c.place(),
                c.baseRefs(), c.sections(), tasks, c.reportDeadlines(), c.recipients(), c.signers(),
                c.footnotes(), p.number(), s.symbol(), p.numberSymbol(), p.issueDate(), s.parentPlanId(),
                p.supersedesPlanId(), progress, p.returnComment(), trail);
    }

    /** The approval trail: steps kept before the shared mechanism, then those of {@code approval_step}, by time. */
    static List<PlanView.Step> trail(List<PlanView.Step> old, List<ApprovalView.Step> shared) {
        List<PlanView.Step> steps = new ArrayList<>(old);
        shared.forEach(a -> steps.add(new PlanView.Step(a.step(), a.username(), a.comment(), a.at())));
        steps.sort(Comparator.comparing(PlanView.Step::at));
        return steps;
    }
}
