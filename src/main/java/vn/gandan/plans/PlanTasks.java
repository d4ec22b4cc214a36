package vn.gandan.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tasks a plan states ({@code task_specs}, what the document says) and their tracking. The stated tasks stay
 * with the plan; following them up (occurrences, progress, evidence) belongs to the tasks module.
 */
@Component
class PlanTasks {

    private static final TypeReference<List<PlanCommand.Task>> SPECS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanTasks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void replace(long planId, List<PlanCommand.Task> specs) {
        jdbc.sql("update plan set task_specs = cast(:t as jsonb) where id = :id")
                .param("t", json.writeValueAsString(specs)).param("id", planId).update();
    }

    List<PlanCommand.Task> specs(long planId) {
        return jdbc.sql("select task_specs from plan where id = :id").param("id", planId).query(String.class).optional()
                .map(s -> json.readValue(s, SPECS)).orElse(List.of());
    }

    void copy(long fromPlanId, long toPlanId) {
        replace(toPlanId, specs(fromPlanId));
    }

    void activate(long planId) {
    }

    void close(long planId) {
    }

    List<PlanView.TaskView> views(long planId) {
        LocalDate today = LocalDate.now();
        return specs(planId).stream().map(t -> new PlanView.TaskView(null, t.title(), t.leadUnitId(), t.assigneeUnitIds(),
                t.due(), t.recurrence(), "NOT_STARTED", 0, t.due() != null && t.due().isBefore(today))).toList();
    }

    Map<Long, Integer> progress(Collection<Long> planIds) {
        Map<Long, Integer> out = new HashMap<>();
        for (Long id : planIds) if (!specs(id).isEmpty()) out.put(id, 0);
        return out;
    }
}
