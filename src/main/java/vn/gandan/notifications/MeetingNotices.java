package vn.gandan.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.gandan.access.Role;
import vn.gandan.meetings.MeetingReminders;
import vn.gandan.meetings.MeetingScheduled;
import vn.gandan.meetings.ReminderDue;

/**
 * Workplace democracy reaches people: the invitation when a meeting is scheduled (everyone of the unit), then the
 * daily reminders to organisers (a meeting soon, minutes waiting, the comment window closing — to attendees —, a
 * dialogue falling due, a board finding's reply deadline). Each key is sent once, however many nodes run the job.
 */
@Component
class MeetingNotices {

    private static final Logger log = LoggerFactory.getLogger(MeetingNotices.class);
    static final List<Role> ORGANISERS = List.of(Role.LEADER, Role.SPECIALIST);

    private final MeetingReminders reminders;
    private final Notices notices;
    private final Clock clock;

    MeetingNotices(MeetingReminders reminders, Notices notices, Clock clock) {
        this.reminders = reminders;
        this.notices = notices;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingScheduled e) {
        invite(e);
    }

    /** The invitation notice to everyone of the unit (once per meeting). */
    boolean invite(MeetingScheduled e) {
        String day = Dates.vn(e.heldOn());
        return notices.sendOnce("meeting|" + e.meetingId() + "|scheduled", e.unitId(), "MEETING",
                text("meetings.remind.SCHEDULED.subject", e.title(), day), text("meetings.remind.SCHEDULED.body", e.title(), day),
                "/meetings/" + e.meetingId());
    }

    @Scheduled(cron = "${app.notifications.cron:0 0 7 * * MON-SAT}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        remind(LocalDate.now(clock));
    }

    /** Sends the reminders due today; returns how many this call sent (0 for those another node already sent). */
    int remind(LocalDate today) {
        int sent = 0;
        for (ReminderDue r : reminders.dueOn(today)) {
            try {
                if (notices.sendOnceTo(r.key(), r.unitId(), r.everyone() ? List.of() : ORGANISERS, "REMINDER",
                        text(r.subjectKey(), r.args()), text(r.bodyKey(), r.args()), r.link())) sent++;
            } catch (RuntimeException e) {
                log.warn("Meeting reminder {} not sent, retried on the next run: {}", r.key(), e.toString());
            }
        }
        return sent;
    }

    /** Worded from the bundle when delivered, in each reader's language. */
    private static NoticeText text(String key, Object... args) {
        return NoticeText.of(key, args);
    }
}
