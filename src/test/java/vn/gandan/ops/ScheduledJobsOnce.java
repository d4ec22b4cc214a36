package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reminders that fall due while both nodes run their schedulers (every 2 s, on the same wall-clock seconds): each
 * recipient must get exactly one notice and one e-mail per object, whichever node claimed it; each node's log says
 * how many it sent, and the two add up to the number of objects. The objects: {@link ReminderObjects}; what was
 * delivered: {@link ReminderDeliveries}; what each node did: {@link JobLogs}.
 */
final class ScheduledJobsOnce {

    static final String[] JOB_ARGS = {"--app.notifications.cron=*/2 * * * * *", "--app.petitions.reminder-cron=*/2 * * * * *",
            "--logging.level.vn.gandan.notifications.TaskReminders=DEBUG",
            "--logging.level.vn.gandan.petitions.ReceptionReminders=DEBUG", "--app.backup.cron=*/15 * * * * *",
            "--app.backup.keep=1000",
            // from the 29th to the 31st the next schedulable day (the 1st) may be 3 working days ahead: ReminderObjects
            "--app.petitions.reminder-working-days=5"};

    private final List<String> figures;
    private final GreenMail mail;
    private final Connection db;

    ScheduledJobsOnce(List<String> figures, GreenMail mail, Connection db) {
        this.figures = figures;
        this.mail = mail;
        this.db = db;
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("OPS_DB_URL"), System.getenv("OPS_DB_USER"),
                System.getenv("OPS_DB_PASSWORD"));
    }

    void run(AppProcess a, AppProcess b) throws Exception {
        long logA = JobLogs.size(a);
        long logB = JobLogs.size(b);
        Sql.update(db, "update access_account set email = username || '@nodes.test' where email is null");
        ReminderObjects objects = new ReminderObjects(db);
        int tasks = objects.issuePlanWithTasksDueTomorrow(a.port);
        int receptions = objects.scheduleReceptions(b.port);
        long expected = objects.expectedNotices();
        ReminderDeliveries delivered = new ReminderDeliveries(db, mail, objects.marker);
        delivered.waitForNotices(expected);
        Thread.sleep(5000); // two more runs of each node's jobs: a duplicate would show now
        Seen seen = new Seen(delivered.notices(), delivered.mostNoticesPerPersonAndObject(),
                delivered.mailsPerRecipientAndObject(), JobLogs.since(a, logA), JobLogs.since(b, logB));
        record(seen, tasks, receptions, expected);
        check(seen, tasks, receptions, expected);
        assertThat(delivered.taskNoticesSeenThroughApi(a.port, "th.phuocsang")).as("th.phuocsang's reminders of its two tasks (API)")
                .isEqualTo(2);
    }

    /** What the two nodes delivered for the run's objects, and what each node's log says it did. */
    private record Seen(long notices, long perObjectMax, Map<String, Integer> mails, JobLogs onA, JobLogs onB) {
    }

    private void record(Seen s, int tasks, int receptions, long expected) {
        figures.add("scheduled jobs on both nodes: %d tasks due tomorrow, %d reception days; notices %d (expected %d, most per person and object %d); e-mails %d to %d recipient-objects, most per recipient and object %d"
                .formatted(tasks, receptions, s.notices(), expected, s.perObjectMax(),
                        s.mails().values().stream().mapToInt(Integer::intValue).sum(), s.mails().size(),
                        s.mails().values().stream().mapToInt(Integer::intValue).max().orElse(0)));
        figures.add("task reminders sent by node A " + s.onA().sent("Task") + ", by node B " + s.onB().sent("Task")
                + " (runs " + s.onA().runs("Task") + " / " + s.onB().runs("Task") + "); reception days claimed by node A "
                + s.onA().sent("Reception") + ", by node B " + s.onB().sent("Reception")
                + " (runs " + s.onA().runs("Reception") + " / " + s.onB().runs("Reception") + ")");
    }

    private static void check(Seen s, int tasks, int receptions, long expected) {
        assertThat(s.notices()).as("one notice per recipient and object").isEqualTo(expected);
        assertThat(s.perObjectMax()).as("notices to one person for one object").isEqualTo(1);
        assertThat(s.mails()).as("e-mails per recipient and object").hasSize((int) expected)
                .allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
        assertThat(s.onA().runs("Task")).as("node A ran the task reminders").isPositive();
        assertThat(s.onB().runs("Task")).as("node B ran the task reminders").isPositive();
        assertThat(s.onA().sent("Task") + s.onB().sent("Task")).as("task reminders claimed by the two nodes together")
                .isEqualTo(tasks);
        assertThat(s.onA().sent("Reception") + s.onB().sent("Reception")).as("reception days claimed by the two nodes together")
                .isEqualTo(receptions);
    }
}
