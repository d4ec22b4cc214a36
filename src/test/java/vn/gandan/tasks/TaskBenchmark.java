package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code ./mvnw -Pbench verify -Dtest=TaskBenchmark} (optional {@code -Dbench.tasks=20000}): plans with monthly
 * tasks spread over the Phòng's schools, then the times of activating them, of a school's "việc của đơn vị" and of
 * the plans' progress. Writes target/bench/tasks.txt.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskBenchmark {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskQueries queries;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void unitPageAndProgressStayFastWithManyTasks() throws Exception {
        int total = Integer.getInteger("bench.tasks", 20_000);
        long phong = TaskFixtures.unit(jdbc, "PGDDT-PG");
        long school = TaskFixtures.unit(jdbc, "TH-PS");
        List<Long> schools = jdbc.sql("select id from org_unit where code in ('TH-PS', 'TH-AL')").query(Long.class).list();
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        List<Long> planIds = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int p = 0; p < total / 20; p++) {
            PlanRef plan = TaskFixtures.plan(TaskFixtures.newPlanId(), phong, start, end);
            planIds.add(plan.planId());
            List<TaskSpec> specs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long lead = schools.get(i % schools.size());
                specs.add(new TaskSpec("Nhiệm vụ " + p + "." + i, lead, List.of(schools.get((i + 1) % schools.size())),
                        LocalDate.of(2026, 1 + i % 12, 15), i % 4 == 0 ? Recurrence.MONTHLY : Recurrence.ONCE));
            }
            tasks.replaceForPlan(plan, specs);
            tasks.activateForPlan(plan);
        }
        double createMs = (System.nanoTime() - t0) / 1e6;
        long occurrences = jdbc.sql("select count(*) from task_occurrence").query(Long.class).single();

        TaskFixtures.signIn("th.phuocsang");
        queries.forUnit(school, "OPEN", null);
        long t1 = System.nanoTime();
        int rows = 0;
        for (int i = 0; i < 10; i++) {
            rows = queries.forUnit(school, "OPEN", 30).size();
        }
        double pageMs = (System.nanoTime() - t1) / 1e6 / 10;
        long t2 = System.nanoTime();
        int all = queries.forUnit(school, "ALL", null).size();
        double allMs = (System.nanoTime() - t2) / 1e6;
        long t3 = System.nanoTime();
        int plans = tasks.progressByPlan(planIds).size();
        double progressMs = (System.nanoTime() - t3) / 1e6;

        String report = """
                tasks benchmark: %d tasks in %d plans (2 schools lead/coordinate each), %d occurrences
                create + activate: %.0f ms total, %.2f ms per task
                unit page (open, due within 30 days): %.1f ms, %d rows (mean of 10)
                unit page (all statuses, no date filter): %.1f ms, %d rows
                progressByPlan over %d plans: %.1f ms
                """.formatted(total, planIds.size(), occurrences, createMs, createMs / total, pageMs, rows, allMs, all,
                plans, progressMs);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/tasks.txt"), report);
        System.out.println(report);
        assertThat(plans).isEqualTo(planIds.size());
        assertThat(all).isEqualTo(Math.min(TaskQueries.MAX_ROWS, total));
    }
}
