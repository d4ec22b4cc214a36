package vn.gandan.ops;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.gandan.ApiClient;

/**
 * What the reminders of one run's objects delivered: notices in the database, e-mails received by the SMTP server,
 * notices a person sees through the API. Counted by the run's marker only.
 */
final class ReminderDeliveries {

    private final Connection db;
    private final GreenMail mail;
    private final String marker;

    ReminderDeliveries(Connection db, GreenMail mail, String marker) {
        this.db = db;
        this.mail = mail;
        this.marker = marker;
    }

    /** Polls the notices (every 0.5 s, at most 60 s) until the expected number has arrived; returns the last count. */
    long waitForNotices(long expected) throws Exception {
        long seen = 0;
        for (int i = 0; i < 120 && seen < expected; i++) {
            Thread.sleep(500);
            seen = notices();
        }
        return seen;
    }

    long notices() throws SQLException {
        return Sql.count(db, "select count(*) from notice where kind in ('REMINDER', 'RECEPTION') and " + marked());
    }

    /** The most notices one person got for one object (1 when nothing was sent twice). */
    long mostNoticesPerPersonAndObject() throws SQLException {
        return Sql.count(db, "select coalesce(max(n), 0) from (select count(*) n from notice where " + marked()
                + " group by account_id, title, body) x");
    }

    /** Reminder e-mails per "recipient | first two lines" (the plan's own notice e-mail is not a reminder). */
    Map<String, Integer> mailsPerRecipientAndObject() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            String text = m.getSubject() + "\n" + m.getContent();
            if (text.contains(marker) && m.getSubject().startsWith("Nhắc")) {
                counts.merge(m.getAllRecipients()[0] + " | " + text.lines().limit(2).toList(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The reminders of the run's tasks the user sees in {@code GET /api/v1/notifications}, every page of it. */
    long taskNoticesSeenThroughApi(int port, String username) {
        ApiClient api = new ApiClient(port).as(username);
        long seen = 0;
        for (String page = "/api/v1/notifications"; page != null; ) {
            var res = api.get(page);
            seen += Pattern.compile("Nhiệm vụ " + marker + "-\\d").matcher(res.body()).results().count();
            page = vn.gandan.ListPages.next(res);
        }
        return seen;
    }

    private String marked() {
        return "(title like '%" + marker + "%' or body like '%" + marker + "%')";
    }
}
