package vn.gandan.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.tasks.PlanRef;
import vn.gandan.tasks.Recurrence;
import vn.gandan.tasks.TaskService;
import vn.gandan.tasks.TaskSpec;

/**
 * The tasks a plan states ({@code task_specs}: what the document says, kept with the plan for derive and corrections)
 * and their follow-up in the tasks module (occurrences, progress, evidence), which this class keeps in step.
 */
@Component
class PlanTasks {

    private static final TypeReference<List<PlanCommand.Task>> SPECS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TaskService tasks;

    PlanTasks(JdbcClient jdbc, JsonMapper json, TaskService tasks) {
        this.jdbc = jdbc;
        this.json = json;
        this.tasks = tasks;
    }

    void replace(long planId, List<PlanCommand.Task> specs) {
        jdbc.sql("update plan set task_specs = cast(:t as jsonb) where id = :id")
                .param("t", json.writeValueAsString(specs)).param("id", planId).update();
        tasks.replaceForPlan(ref(planId), specs.stream().map(t -> new TaskSpec(t.title(), t.leadUnitId(),
                t.assigneeUnitIds(), t.due(), Recurrence.valueOf(t.recurrence()), t.derivedFromTaskId())).toList());
    }

    List<PlanCommand.Task> specs(long planId) {
        return jdbc.sql("select task_specs from plan where id = :id").param("id", planId).query(String.class).optional()
                .map(s -> json.readValue(s, SPECS)).orElse(List.of());
    }

    /** The task specifications of a plan row already read (the same as {@link #specs(long)} for that row). */
    List<PlanCommand.Task> specs(PlanStore.Stored plan) {
        return plan.taskSpecs() == null ? List.of() : json.readValue(plan.taskSpecs(), SPECS);
    }

    void copy(long fromPlanId, long toPlanId) {
        replace(toPlanId, specs(fromPlanId));
    }

    void activate(long planId) {
        tasks.activateForPlan(ref(planId));
    }

    void close(long planId) {
        tasks.closeForPlan(planId);
    }

    List<PlanView.TaskView> views(long planId) {
        return tasks.forPlan(planId).stream().map(PlanTasks::view).toList();
    }

    /** {@link #views(long)} of many plans in one query. */
    Map<Long, List<PlanView.TaskView>> views(Collection<Long> planIds) {
        Map<Long, List<PlanView.TaskView>> out = new java.util.HashMap<>();
        tasks.forPlans(planIds).forEach((plan, list) -> out.put(plan, list.stream().map(PlanTasks::view).toList()));
        return out;
    }

    private static PlanView.TaskView view(vn.gandan.tasks.TaskView t) {
        return new PlanView.TaskView(t.id(), t.title(), t.leadUnitId(), t.assigneeUnitIds(), t.due(), t.recurrence().name(),
                t.status(), t.progress(), t.overdue(), t.derivedFromTaskId());
    }

    Map<Long, Integer> progress(Collection<Long> planIds) {
        return tasks.progressByPlan(planIds);
    }

    /** "Kế hoạch 12/KH-PGDĐT" once issued, the title while a draft. */
    private PlanRef ref(long planId) {
        return jdbc.sql("""
                        select p.kind, p.number_symbol, p.title, p.period_start, p.period_end,
                               (select unit_id from plan_issuer where plan_id = p.id and position = 0) issuer
                        from plan p where p.id = :id""")
                .param("id", planId).query((rs, i) -> {
                    String ns = rs.getString(2);
                    String kind = PlanKind.valueOf(rs.getString(1)).label();
                    return new PlanRef(planId, rs.getLong(6), ns == null ? rs.getString(3) : kind + " " + ns + " – " + rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class));
                }).single();
    }
}
