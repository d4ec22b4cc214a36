package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.tasks.TaskFixtures.newPlanId;
import static vn.gandan.tasks.TaskFixtures.once;
import static vn.gandan.tasks.TaskFixtures.plan;
import static vn.gandan.tasks.TaskFixtures.signIn;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The stored next open occurrence ({@code task.open_due}, issue 14 national scale) equals the value computed from
 * the occurrences after every kind of write: create, activate, done, progress 100 %, rescheduled, cancelled, follow-up,
 * deleted occurrences — for the tasks written and for every task in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskOpenDueTests {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    private static final String COMPUTED = "(select min(o.due) from task_occurrence o where o.task_id = t.id and o.done_at is null)";

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
    void storedNextDueEqualsTheComputedOneAfterEveryWrite() {
        long school = TaskFixtures.unit(jdbc, "TH-PS");
        PlanRef plan = plan(newPlanId(), TaskFixtures.unit(jdbc, "PGDDT-PG"), JAN_1, DEC_31);
        tasks.replaceForPlan(plan, List.of(once("Niêm yết công khai", school, LocalDate.of(2026, 6, 15)),
                new TaskSpec("Báo cáo tháng", school, List.of(), LocalDate.of(2026, 1, 15), Recurrence.MONTHLY),
                once("Hội nghị viên chức", school, LocalDate.of(2026, 9, 30))));
        List<Long> ids = tasks.forPlan(plan.planId()).stream().map(TaskView::id).toList();
        assertSame(ids, "created (draft: no occurrence)");
        assertThat(stored(ids.get(0))).isNull();

        tasks.activateForPlan(plan);
        assertSame(ids, "activated");
        assertThat(stored(ids.get(1))).isEqualTo(LocalDate.of(2026, 1, 15));

        signIn("th.phuocsang");
        work.markDone(ids.get(1), occurrence(ids.get(1), 0));
        assertSame(ids, "first monthly occurrence done");
        assertThat(stored(ids.get(1))).as("the next month's").isAfter(LocalDate.of(2026, 2, 1));
        work.report(ids.get(0), 100, null, null);
        assertSame(ids, "completed at 100 %");
        assertThat(stored(ids.get(0))).isNull();

        jdbc.sql("update task_occurrence set due = due + 7 where task_id = :t").param("t", ids.get(2)).update();
        assertSame(ids, "rescheduled by a week");
        assertThat(stored(ids.get(2))).isEqualTo(LocalDate.of(2026, 10, 7));
        jdbc.sql("delete from task_occurrence where task_id = :t and nominal > '2026-06-30'").param("t", ids.get(1)).update();
        assertSame(ids, "second half-year's occurrences removed");

        tasks.closeForPlan(plan.planId());
        assertSame(ids, "cancelled with its plan");
        long followUp = tasks.createFollowUp("Trả lời ý kiến tại hội nghị", school, school, LocalDate.of(2026, 7, 10),
                "Biên bản hội nghị", "/meetings/1").id();
        assertSame(List.of(followUp), "follow-up");
        assertThat(stored(followUp)).isNotNull();
        assertThat(jdbc.sql("select count(*) from task t where t.open_due is distinct from " + COMPUTED)
                .query(Long.class).single()).as("every task of the database, demo data included").isZero();
    }

    private void assertSame(List<Long> ids, String after) {
        assertThat(jdbc.sql("select t.id, t.open_due is not distinct from " + COMPUTED + " as same from task t where t.id in (:ids)")
                .param("ids", ids).query((rs, i) -> rs.getBoolean("same")).list()).as(after).hasSize(ids.size()).containsOnly(true);
    }

    private LocalDate stored(long id) {
        return jdbc.sql("select open_due from task where id = :t").param("t", id)
                .query((rs, i) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    private long occurrence(long taskId, int index) {
        return jdbc.sql("select id from task_occurrence where task_id = :t order by due, id").param("t", taskId)
                .query(Long.class).list().get(index);
    }
}
