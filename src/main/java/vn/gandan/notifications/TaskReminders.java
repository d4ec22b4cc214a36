package vn.gandan.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.tasks.DueOccurrence;
import vn.gandan.tasks.TaskService;

/**
 * Reminders for the tasks of issued plans: to the lead unit N working days before an occurrence falls due (⚙
 * {@code app.notifications.remind-working-days}), and once the day after it was missed. Every node may run the job:
 * the unique keys {@code task|occurrence|soon} and {@code task|occurrence|overdue} let exactly one send each.
 */
@Component
class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** How far back a missed occurrence is still announced (a newly issued plan must not flood a unit). */
    private static final int OVERDUE_LOOKBACK_DAYS = 7;

    private final TaskService tasks;
    private final WorkCalendar calendar;
    private final Notices notices;
    private final NotificationSettings settings;
    private final Clock clock;

    TaskReminders(TaskService tasks, WorkCalendar calendar, Notices notices, NotificationSettings settings, Clock clock) {
        this.tasks = tasks;
        this.calendar = calendar;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.notifications.cron:0 0 7 * * MON-SAT}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        int sent = remind(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Task reminders run: {} sent by this node", sent);
        } else {
            log.debug("Task reminders run: {} sent by this node", sent);
        }
    }

    /** Sends the reminders due today; returns how many were sent by this call. */
    int remind(LocalDate today) {
        int sent = 0;
        for (DueOccurrence o : tasks.openOccurrencesDue(today, today.plusDays(60))) {
            LocalDate from = calendar.subtractWorkingDays(o.due(), settings.remindWorkingDays(), o.leadUnitId());
            if (today.isBefore(from)) {
                continue;
            }
            if (sendOnce("task|" + o.occurrenceId() + "|soon", o, "REMINDER", NoticeText.of("notifications.taskSoon.title", o.title()),
                    NoticeText.of("notifications.taskSoon.body", o.title(), label(o), o.due().format(VN)))) {
                sent++;
            }
        }
        for (DueOccurrence o : tasks.openOccurrencesDue(today.minusDays(OVERDUE_LOOKBACK_DAYS), today.minusDays(1))) {
            if (sendOnce("task|" + o.occurrenceId() + "|overdue", o, "OVERDUE",
                    NoticeText.of("notifications.taskOverdue.title", o.title()),
                    NoticeText.of("notifications.taskOverdue.body", o.title(), label(o), o.due().format(VN)))) {
                sent++;
            }
        }
        return sent;
    }

    /** One failed reminder (its claim is undone, the next run retries) must not stop the other units' reminders. */
    private static String label(DueOccurrence o) {
        return o.planLabel() == null ? "" : " (" + o.planLabel() + ")";
    }

    private boolean sendOnce(String key, DueOccurrence o, String kind, NoticeText subject, NoticeText body) {
        try {
            return notices.sendOnce(key, o.leadUnitId(), kind, subject, body, "/tasks/" + o.taskId());
        } catch (RuntimeException e) {
            log.warn("Task reminder {} not sent, retried on the next run: {}", key, e.toString());
            return false;
        }
    }
}
