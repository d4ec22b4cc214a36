package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.tasks.TaskFixtures.newPlanId;
import static vn.gandan.tasks.TaskFixtures.once;
import static vn.gandan.tasks.TaskFixtures.plan;
import static vn.gandan.tasks.TaskFixtures.signIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The stored per-plan progress ({@code task_plan_progress}, issue 14 session 13: the plan list's progress column without
 * reading every task) equals the tasks' average after every kind of write — create, activate, progress reported,
 * 100 %, tasks replaced, a task moved to another plan, deleted, cancelled with the plan, a bulk insert — for the plans
 * written and for every plan of the database; {@link TaskService#progressByPlan} answers exactly
 * {@code round(avg(progress))}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskPlanProgressTests {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    private static final String COMPUTED = "select plan_id, count(*) n, sum(progress) s, round(avg(progress))::int avg from task"
            + " where plan_id is not null group by plan_id";

    @Autowired
    TaskService tasks;
    @Autowired
    TaskWork work;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storedProgressEqualsTheTasksAverageAfterEveryWrite() {
        long school = TaskFixtures.unit(jdbc, "TH-PS");
        PlanRef plan = plan(newPlanId(), TaskFixtures.unit(jdbc, "PGDDT-PG"), JAN_1, DEC_31);
        PlanRef other = plan(newPlanId(), TaskFixtures.unit(jdbc, "PGDDT-PG"), JAN_1, DEC_31);
        tasks.replaceForPlan(plan, List.of(once("Niêm yết công khai", school, LocalDate.of(2026, 6, 15)),
                once("Hội nghị viên chức", school, LocalDate.of(2026, 9, 30)),
                once("Đối thoại với cha mẹ học sinh", school, LocalDate.of(2026, 10, 15))));
        assertSame("created");
        assertThat(tasks.progressByPlan(List.of(plan.planId()))).containsEntry(plan.planId(), 0);
        tasks.replaceForPlan(other, List.of(once("Sơ kết học kỳ", school, LocalDate.of(2026, 12, 20))));
        assertSame("another plan's task");
        tasks.replaceForPlan(other, List.of(once("Sơ kết học kỳ I", school, LocalDate.of(2026, 12, 20)),
                once("Tổng kết năm học", school, LocalDate.of(2026, 12, 30))));
        assertSame("the other plan's tasks replaced");
        tasks.activateForPlan(plan);
        List<Long> ids = tasks.forPlan(plan.planId()).stream().map(TaskView::id).toList();

        signIn("th.phuocsang");
        work.report(ids.get(0), 40, null, null);
        assertSame("40 % reported");
        work.report(ids.get(1), 100, null, null);
        assertSame("completed at 100 %");
        assertThat(tasks.progressByPlan(List.of(plan.planId()))).as("(40 + 100 + 0) / 3").containsEntry(plan.planId(), 47);

        jdbc.sql("update task set plan_id = :o where id = :t").param("o", other.planId()).param("t", ids.get(1)).update();
        assertSame("a task moved to another plan");
        jdbc.sql("delete from task where id = :t").param("t", ids.get(2)).update();
        assertSame("a task deleted");
        jdbc.sql("insert into task(plan_id, issuer_unit_id, plan_label, period_start, period_end, position, title, lead_unit_id,"
                        + " recurrence, progress) select :p, issuer_unit_id, plan_label, period_start, period_end, 10 + g, title,"
                        + " lead_unit_id, recurrence, g * 10 from task, generate_series(1, 5) g where id = :t")
                .param("p", plan.planId()).param("t", ids.get(0)).update();
        assertSame("five tasks inserted in one statement");
        tasks.closeForPlan(plan.planId());
        assertSame("cancelled with its plan");
        assertThat(jdbc.sql("select count(*) from (" + COMPUTED + ") c full join task_plan_progress s on s.plan_id = c.plan_id"
                        + " where coalesce(c.n, 0) <> coalesce(s.tasks, 0) or coalesce(c.s, 0) <> coalesce(s.progress_sum, 0)")
                .query(Long.class).single()).as("every plan of the database, demo data included").isZero();
    }

    /** The stored count and sum of every plan equal its tasks', and the progress read equals round(avg(progress)). */
    private void assertSame(String after) {
        Map<Long, Integer> computed = new java.util.HashMap<>();
        jdbc.sql(COMPUTED).query(rs -> {
            computed.put(rs.getLong("plan_id"), rs.getInt("avg"));
        });
        assertThat(tasks.progressByPlan(jdbc.sql("select distinct plan_id from task where plan_id is not null").query(Long.class).list()))
                .as(after).isEqualTo(computed);
        assertThat(jdbc.sql("select count(*) from (" + COMPUTED + ") c left join task_plan_progress s on s.plan_id = c.plan_id"
                        + " where s.tasks is distinct from c.n::int or s.progress_sum is distinct from c.s")
                .query(Long.class).single()).as(after).isZero();
    }
}
