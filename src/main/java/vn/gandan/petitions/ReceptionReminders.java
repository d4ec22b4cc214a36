package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.calendar.WorkCalendar;

/**
 * Reminds heads before a scheduled reception day (rules.md D1): when the next day of a schedule is within
 * {@code app.petitions.reminder-working-days} working days, publishes {@link ReceptionDayApproached} once (a row per
 * schedule and day decides which node sends it); {@code notifications} may turn it into a message.
 */
@Component
class ReceptionReminders {

    private static final Logger log = LoggerFactory.getLogger(ReceptionReminders.class);

    private final JdbcClient jdbc;
    private final ReceptionSchedules schedules;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int workingDays;

    ReceptionReminders(JdbcClient jdbc, ReceptionSchedules schedules, WorkCalendar calendar,
                       ApplicationEventPublisher events, Clock clock,
                       @Value("${app.petitions.reminder-working-days:2}") int workingDays) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    @Scheduled(cron = "${app.petitions.reminder-cron:0 15 7 * * MON-SAT}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (long unitId : jdbc.sql("select distinct unit_id from reception_schedule").query(Long.class).list()) {
            LocalDate horizon = calendar.addWorkingDays(today, workingDays, unitId);
            for (ReceptionSchedules.ScheduleView s : schedules.forUnitUnchecked(unitId)) {
                LocalDate next = s.nextDays().get(0);
                if (!next.isAfter(horizon) && jdbc.sql("""
                                insert into reception_reminder(schedule_id, day) values (:s, :d) on conflict do nothing""")
                        .param("s", s.id()).param("d", next).update() == 1) {
                    events.publishEvent(new ReceptionDayApproached(unitId, s.id(), next, s.hostName(), s.hostPosition(),
                            s.place()));
                    sent++;
                }
            }
        }
        if (sent > 0) {
            log.info("Reception reminders run: {} sent by this node", sent);
        } else {
            log.debug("Reception reminders run: {} sent by this node", sent);
        }
        return sent;
    }
}
