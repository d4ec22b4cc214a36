package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.gandan.tasks.TaskFixtures.newPlanId;
import static vn.gandan.tasks.TaskFixtures.once;
import static vn.gandan.tasks.TaskFixtures.plan;
import static vn.gandan.tasks.TaskFixtures.signIn;

import java.nio.charset.StandardCharsets;
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
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** TaskService as the plans module drives it, with the real calendar and database; evidence uploads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskServiceTests {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Autowired
    TaskService tasks;
    @Autowired
    TaskWork work;
    @Autowired
    TaskQueries queries;
    @Autowired
    Evidence evidence;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String code) {
        return TaskFixtures.unit(jdbc, code);
    }

    @Test
    void recurrenceProducesTheRightOccurrencesAcrossTetWithTheWorkCalendar() {
        PlanRef plan = plan(newPlanId(), unit("PGDDT-PG"), JAN_1, DEC_31);
        tasks.replaceForPlan(plan, List.of(new TaskSpec("Báo cáo tháng về công tác dân vận", unit("TH-PS"), List.of(),
                LocalDate.of(2026, 1, 15), Recurrence.MONTHLY)));
        long id = tasks.forPlan(plan.planId()).get(0).id();
        assertThat(jdbc.sql("select count(*) from task_occurrence where task_id = :t").param("t", id).query(Integer.class).single())
                .as("a draft has no occurrences").isZero();
        tasks.activateForPlan(plan);
        List<Map<String, Object>> occ = jdbc.sql("select nominal, due from task_occurrence where task_id = :t order by nominal")
                .param("t", id).query().listOfRows();
        assertThat(occ).hasSize(12);
        assertThat(occ.get(1)).containsEntry("nominal", java.sql.Date.valueOf("2026-02-15"))
                .as("Tết 14–22/02/2026: due on Monday 23/02").containsEntry("due", java.sql.Date.valueOf("2026-02-23"));
        assertThat(occ.get(3)).as("15/04/2026 is a Wednesday").containsEntry("due", java.sql.Date.valueOf("2026-04-15"));
    }

    @Test
    void draftTasksAreValidatedReplacedThenActivatedAndClosedWithTheirPlan() {
        long school = unit("TH-PS");
        PlanRef plan = plan(newPlanId(), unit("PGDDT-PG"), JAN_1, DEC_31);
        ProblemException bad = catchThrowableOfType(ProblemException.class, () -> tasks.replaceForPlan(plan, List.of(
                once("  ", school, null), new TaskSpec("Đối thoại", null, List.of(-5L), LocalDate.of(2030, 1, 1), null))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldProblems()).extracting(FieldProblem::field).containsExactly("tasks[0].title",
                "tasks[1].leadUnitId", "tasks[1].assigneeUnitIds", "tasks[1].due");

        tasks.replaceForPlan(plan, List.of(once("Tổ chức đối thoại", school, LocalDate.of(2026, 6, 15)),
                once("Hội nghị viên chức", school, LocalDate.of(2026, 9, 30))));
        List<TaskView> stored = tasks.replaceForPlan(plan, List.of(once("Tổ chức đối thoại với phụ huynh", school,
                LocalDate.of(2026, 6, 15), unit("TH-AL"), school)));
        assertThat(stored).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Tổ chức đối thoại với phụ huynh");
            assertThat(t.assigneeUnitIds()).as("the lead is not also a coordinator").containsExactly(unit("TH-AL"));
            assertThat(t.status()).isEqualTo("NOT_STARTED");
            assertThat(t.overdue()).as("a draft is never overdue").isFalse();
        });
        signIn("th.phuocsang");
        assertThat(queries.forUnit(school, "ALL", null)).as("not on the unit's page before the plan is issued")
                .noneMatch(t -> t.planId() == plan.planId());

        tasks.activateForPlan(plan);
        assertThat(queries.forUnit(school, "ALL", null)).anyMatch(t -> t.planId() == plan.planId());
        assertThat(catchThrowableOfType(ProblemException.class, () -> tasks.replaceForPlan(plan, List.of())).status())
                .isEqualTo(409);
        tasks.closeForPlan(plan.planId());
        long taskId = tasks.forPlan(plan.planId()).get(0).id();
        assertThat(jdbc.sql("select action from audit_log where object_type = 'Task' and object_id = :id order by id")
                .param("id", String.valueOf(taskId)).query(String.class).list())
                .as("every change is audited").containsExactly("CREATE", "ACTIVATE", "CLOSE");
        assertThat(tasks.forPlan(plan.planId())).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo("CLOSED");
            assertThat(t.overdue()).isFalse();
        });
    }

    @Test
    void planProgressIsTheAverageOfItsTasks() {
        long school = unit("TH-PS");
        PlanRef plan = plan(newPlanId(), unit("PGDDT-PG"), JAN_1, DEC_31);
        long empty = newPlanId();
        tasks.replaceForPlan(plan, List.of(once("Công khai tài chính", school, LocalDate.of(2026, 12, 15)),
                once("Hòm thư góp ý", school, LocalDate.of(2026, 12, 15)),
                new TaskSpec("Sinh hoạt chuyên đề", school, List.of(), null, Recurrence.QUARTERLY)));
        tasks.activateForPlan(plan);
        List<TaskView> ts = tasks.forPlan(plan.planId());
        signIn("th.phuocsang");
        work.report(ts.get(0).id(), 50, "Đã niêm yết", null);
        work.report(ts.get(1).id(), 100, null, "https://truong.example.vn/hom-thu");
        long q1 = jdbc.sql("select id from task_occurrence where task_id = :t order by due limit 1").param("t", ts.get(2).id())
                .query(Long.class).single();
        TaskView quarterly = work.markDone(ts.get(2).id(), q1);
        assertThat(quarterly.progress()).as("1 of 4 quarters").isEqualTo(25);
        assertThat(tasks.forPlan(plan.planId()).get(1).status()).isEqualTo("DONE");
        assertThat(tasks.progressByPlan(List.of(plan.planId(), empty))).containsExactly(Map.entry(plan.planId(), 58));
    }

    @Test
    void evidenceIsRefusedWhenEmptyTooLargeOrNotAnAcceptedTypeAndOnlyInvolvedUnitsAddIt() {
        long school = unit("TH-PS");
        PlanRef plan = plan(newPlanId(), unit("PGDDT-PG"), JAN_1, DEC_31);
        tasks.replaceForPlan(plan, List.of(once("Biên bản đối thoại", school, LocalDate.of(2026, 12, 15), unit("TH-AL"))));
        tasks.activateForPlan(plan);
        long id = tasks.forPlan(plan.planId()).get(0).id();
        signIn("th.anlinh");
        assertThat(evidence.add(id, "C:\\tmp\\Biên bản.pdf", "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8))).isPositive();
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> evidence.add(id, "bien-ban.pdf", new byte[] {'M', 'Z', 1, 2})).status()).isEqualTo(415);
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> evidence.add(id, "rong.pdf", new byte[0])).status()).isEqualTo(413);
        byte[] big = new byte[(int) Evidence.MAX_BYTES + 1];
        big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F';
        assertThat(catchThrowableOfType(ProblemException.class, () -> evidence.add(id, "lon.pdf", big)).status()).isEqualTo(413);
        assertThat(queries.details(id).files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("Biên bản.pdf");
            assertThat(f.contentType()).isEqualTo("application/pdf");
        });
        signIn("phong.phugiao");
        assertThat(catchThrowableOfType(ProblemException.class, () -> evidence.add(id, "x.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8))).status()).as("the issuer follows up, it does not add evidence")
                .isEqualTo(403);
    }
}
