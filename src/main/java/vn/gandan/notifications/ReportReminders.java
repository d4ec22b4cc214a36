package vn.gandan.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.reporting.ReportDeadlines;
import vn.gandan.reporting.SubmissionReviewed;
import vn.gandan.reporting.SubmissionStatus;

/**
 * The daily reminder run and the notices on review. Every node may run the job: the unique key
 * {@code remind|form|period|unit} lets exactly one of them send each reminder.
 */
@Component
class ReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportDeadlines deadlines;
    private final WorkCalendar calendar;
    private final Notices notices;
    private final NotificationSettings settings;
    private final Clock clock;

    ReportReminders(ReportDeadlines deadlines, WorkCalendar calendar, Notices notices, NotificationSettings settings,
                    Clock clock) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.notifications.cron:0 0 7 * * MON-SAT}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        int sent = remind(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Report reminders run: {} sent by this node", sent);
        } else {
            log.debug("Report reminders run: {} sent by this node", sent);
        }
    }

    /** Reminds every unit whose report is due within the reminder window and not yet counted; returns how many. */
    int remind(LocalDate today) {
        int sent = 0;
        for (ReportDeadlines.DueReport due : deadlines.missingDue(today, today.plusDays(60))) {
            LocalDate from = calendar.subtractWorkingDays(due.due(), settings.remindWorkingDays(), null);
            if (today.isBefore(from)) {
                continue;
            }
            String form = due.formCode();
            String period = due.period();
            if (notices.sendOnce("remind|" + form + "|" + period + "|" + due.unitId(), due.unitId(), "REMINDER",
                    NoticeText.of("notifications.reportDue.title", form, period),
                    NoticeText.of("notifications.reportDue.body", form, period, due.due().format(VN)),
                    "/reports?unitId=" + due.unitId() + "&period=" + period + "&formCode=" + form)) {
                sent++;
            }
        }
        return sent;
    }

    @ApplicationModuleListener
    void on(SubmissionReviewed e) {
        boolean returned = e.status() == SubmissionStatus.RETURNED;
        NoticeText subject = NoticeText.of(returned ? "notifications.reportReturned.title" : "notifications.reportAccepted.title",
                e.formCode(), e.period());
        notices.send(e.unitId(), returned ? "RETURNED" : "ACCEPTED", subject, returned
                        ? NoticeText.of("notifications.reportReturned.body", e.reason()) : NoticeText.of("notifications.reportAccepted.body"),
                "/reports/submissions/" + e.submissionId());
    }
}
