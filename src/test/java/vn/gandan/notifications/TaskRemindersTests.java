package vn.gandan.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.tasks.PlanRef;
import vn.gandan.tasks.Recurrence;
import vn.gandan.tasks.TaskService;
import vn.gandan.tasks.TaskSpec;

/** Task reminders: N working days before an occurrence, once after it was missed, exactly once across two nodes. */
@SpringBootTest
@ActiveProfiles("test")
class TaskRemindersTests {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    TaskReminders reminders;
    @Autowired
    TaskService tasks;
    @Autowired
    UnitAdmin units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    /** One account granted on the unit: notices reach people, not units. */
    private void personOf(long unit) {
        long account = jdbc.sql("""
                        insert into access_account(username, password_hash, display_name, unit_id)
                        values (:n, '{noop}x', 'Hiệu trưởng', :u) returning id""")
                .param("n", "remind." + unit).param("u", unit).query(Long.class).single();
        jdbc.sql("insert into access_grant(account_id, unit_id, role, subtree, valid_from) values (:a, :u, 'LEADER', true, '2000-01-01')")
                .param("a", account).param("u", unit).update();
    }

    private int notices(long unit, String kind) {
        return jdbc.sql("select count(*) from notice where unit_id = :u and kind = :k")
                .param("u", unit).param("k", kind).query(Integer.class).single();
    }

    @Test
    void theLeadUnitIsRemindedBeforeTheDueDateAndOnceAfterItWasMissedExactlyOnceAcrossTwoNodes() throws Exception {
        long school = units.create(new UnitAdmin.NewUnit("TASKREMIND-" + SEQ.incrementAndGet(), "Trường nhắc việc",
                null, UnitKind.TRUONG, null, "Phú Giáo", null, LocalDate.of(2020, 1, 1))).id();
        personOf(school);
        PlanRef plan = new PlanRef(9_000_000L + SEQ.incrementAndGet(), school, "Kế hoạch 01/KH-TEST",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        tx.executeWithoutResult(s -> {
            tasks.replaceForPlan(plan, List.of(new TaskSpec("Tổng kết phong trào Dân vận khéo", school, List.of(),
                    LocalDate.of(2026, 12, 18), Recurrence.ONCE)));
            tasks.activateForPlan(plan);
        });
        // Friday 18/12/2026; 3 working days before is Tuesday 15/12
        reminders.remind(LocalDate.of(2026, 12, 14));
        assertThat(notices(school, "REMINDER")).as("not yet in the window").isZero();

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> { await(start); return reminders.remind(LocalDate.of(2026, 12, 15)); });
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> { await(start); return reminders.remind(LocalDate.of(2026, 12, 15)); });
        start.countDown();
        nodeA.get();
        nodeB.get();
        assertThat(notices(school, "REMINDER")).as("two nodes, one reminder").isEqualTo(1);
        reminders.remind(LocalDate.of(2026, 12, 16));
        assertThat(notices(school, "REMINDER")).as("not again the next day").isEqualTo(1);

        reminders.remind(LocalDate.of(2026, 12, 21));
        reminders.remind(LocalDate.of(2026, 12, 22));
        assertThat(notices(school, "OVERDUE")).as("missed: announced once").isEqualTo(1);
        assertThat(jdbc.sql("select link from notice where unit_id = :u and kind = 'OVERDUE'").param("u", school)
                .query(String.class).single()).startsWith("/tasks/");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
