package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.ApiClient;

/**
 * Reminders that fall due while both nodes run their schedulers (every 2 s, on the same wall-clock seconds): a plan
 * issued through the API with tasks due tomorrow, and reception schedules whose next day is within the reminder
 * window. Each recipient must get exactly one notice and one e-mail per object, whichever node claimed it; each
 * node's log says how many it sent, and the two add up to the number of objects.
 */
final class ScheduledJobsOnce {

    static final String[] JOB_ARGS = {"--app.notifications.cron=*/2 * * * * *", "--app.petitions.reminder-cron=*/2 * * * * *",
            "--logging.level.vn.gandan.notifications.TaskReminders=DEBUG",
            "--logging.level.vn.gandan.petitions.ReceptionReminders=DEBUG", "--app.backup.cron=*/15 * * * * *",
            "--app.backup.keep=1000"};
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> LEADS = List.of("TH-PS", "TH-AL", "PGDDT-PG", "TH-PS");
    private static final List<String> RECEPTION_UNITS = List.of("TH-PS", "TH-AL");

    private final String marker = "NODES-" + System.currentTimeMillis();
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
        long logA = Files.size(a.log);
        long logB = Files.size(b.log);
        Sql.update(db, "update access_account set email = username || '@nodes.test' where email is null");
        int tasks = issuePlanWithTasksDueTomorrow(a.port);
        int receptions = scheduleReceptions(b.port);
        long expected = 0;
        for (String unit : LEADS) {
            expected += people(unit, "");
        }
        for (String unit : RECEPTION_UNITS) {
            expected += people(unit, " and g.role = 'LEADER'");
        }
        long notices = waitForNotices(expected);
        Thread.sleep(5000); // two more runs of each node's jobs: a duplicate would show now
        notices = countNotices();
        long perObjectMax = Sql.count(db, "select coalesce(max(n), 0) from (select count(*) n from notice where title like '%"
                + marker + "%' or body like '%" + marker + "%' group by account_id, title, body) x");
        Map<String, Integer> mails = mailsPerRecipientAndObject();
        figures.add("scheduled jobs on both nodes: %d tasks due tomorrow, %d reception days; notices %d (expected %d, most per person and object %d); e-mails %d to %d recipient-objects, most per recipient and object %d"
                .formatted(tasks, receptions, notices, expected, perObjectMax,
                        mails.values().stream().mapToInt(Integer::intValue).sum(), mails.size(),
                        mails.values().stream().mapToInt(Integer::intValue).max().orElse(0)));
        String tailA = tail(a.log, logA);
        String tailB = tail(b.log, logB);
        figures.add("task reminders sent by node A " + sent(tailA, "Task") + ", by node B " + sent(tailB, "Task")
                + " (runs " + runs(tailA, "Task") + " / " + runs(tailB, "Task") + "); reception days claimed by node A "
                + sent(tailA, "Reception") + ", by node B " + sent(tailB, "Reception")
                + " (runs " + runs(tailA, "Reception") + " / " + runs(tailB, "Reception") + ")");
        assertThat(notices).as("one notice per recipient and object").isEqualTo(expected);
        assertThat(perObjectMax).as("notices to one person for one object").isEqualTo(1);
        assertThat(mails).as("e-mails per recipient and object").hasSize((int) expected).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
        assertThat(runs(tailA, "Task")).as("node A ran the task reminders").isPositive();
        assertThat(runs(tailB, "Task")).as("node B ran the task reminders").isPositive();
        assertThat(sent(tailA, "Task") + sent(tailB, "Task")).as("task reminders claimed by the two nodes together").isEqualTo(tasks);
        assertThat(sent(tailA, "Reception") + sent(tailB, "Reception")).as("reception days claimed by the two nodes together")
                .isEqualTo(receptions);
        assertThat(taskNoticesSeenThroughApi(a.port, "th.phuocsang")).as("th.phuocsang's reminders of its two tasks (API)")
                .isEqualTo(2);
    }

    private int issuePlanWithTasksDueTomorrow(int port) {
        LocalDate tomorrow = LocalDate.now(VN).plusDays(1);
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < LEADS.size(); i++) {
            tasks.append(i == 0 ? "" : ",").append("{\"title\": \"Nhiệm vụ %s-%d\", \"leadUnitId\": %d, \"due\": \"%s\", \"recurrence\": \"ONCE\"}"
                    .formatted(marker, i, unitId(LEADS.get(i)), tomorrow));
        }
        String body = """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d], "title": "Kế hoạch %s", "period": {"kind": "YEAR", "value": "%d"},
                 "place": "Phú Giáo", "sections": [{"heading": "MỤC ĐÍCH, YÊU CẦU", "body": "Nhắc việc trên hai máy chủ"}],
                 "tasks": [%s], "recipients": ["Các trường trực thuộc", "Lưu: VT"],
                 "signers": [{"name": "Nguyễn Văn Bình", "title": "TRƯỞNG PHÒNG", "onBehalf": null}]}"""
                .formatted(unitId("PGDDT-PG"), marker, tomorrow.getYear(), tasks);
        var created = phong.post("/api/v1/plans", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var issued = new ApiClient(port).as("ld.phugiao").post("/api/v1/plans/" + ApiClient.id(created.body()) + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return LEADS.size();
    }

    /** A schedule on today's day of the month (moved to the next working day): within the 2-working-day window. */
    private int scheduleReceptions(int port) {
        int day = Math.min(LocalDate.now(VN).getDayOfMonth(), 28);
        for (String unit : RECEPTION_UNITS) {
            ApiClient leader = new ApiClient(port).as("TH-PS".equals(unit) ? "th.phuocsang" : "th.anlinh");
            var created = leader.post("/api/v1/receptions/schedules", """
                    {"unitId": %d, "hostName": "Hiệu trưởng %s", "hostPosition": "Hiệu trưởng", "dayOfMonth": %d,
                     "place": "Phòng tiếp dân"}""".formatted(unitId(unit), marker, day));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return RECEPTION_UNITS.size();
    }

    private long waitForNotices(long expected) throws Exception {
        long seen = 0;
        for (int i = 0; i < 120 && seen < expected; i++) {
            Thread.sleep(500);
            seen = countNotices();
        }
        return seen;
    }

    private long countNotices() throws SQLException {
        return Sql.count(db, "select count(*) from notice where kind in ('REMINDER', 'RECEPTION') and (title like '%" + marker + "%' or body like '%" + marker + "%')");
    }

    private Map<String, Integer> mailsPerRecipientAndObject() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            String text = m.getSubject() + "\n" + m.getContent();
            if (text.contains(marker) && m.getSubject().startsWith("Nhắc")) { // the reminders, not the plan's notice
                counts.merge(m.getAllRecipients()[0] + " | " + text.lines().limit(2).toList(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private long taskNoticesSeenThroughApi(int port, String username) {
        String body = new ApiClient(port).as(username).get("/api/v1/notifications").body();
        return Pattern.compile("Nhiệm vụ " + marker + "-\\d").matcher(body).results().count();
    }

    private long unitId(String code) {
        try {
            return Sql.count(db, "select id from org_unit where code = '" + code + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The enabled accounts granted a role directly on the unit: who a notice to the unit reaches. */
    private long people(String unit, String role) throws SQLException {
        return Sql.count(db, "select count(distinct g.account_id) from access_grant g join access_account a on a.id = g.account_id"
                + " where a.enabled and g.unit_id = " + unitId(unit) + role
                + " and g.valid_from <= current_date and (g.valid_to is null or g.valid_to >= current_date)");
    }

    private static String tail(Path log, long from) throws java.io.IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) from, all.length - (int) from, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int sent(String log, String job) {
        Matcher m = Pattern.compile(job + " reminders run: (\\d+) sent by this node").matcher(log);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    private static long runs(String log, String job) {
        return Pattern.compile(job + " reminders run: ").matcher(log).results().count();
    }
}
