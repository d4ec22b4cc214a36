package vn.gandan.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.calendar.WorkCalendar;

/**
 * What organisers must be reminded of on a day (a system job, not scoped to a caller): a meeting in ⚙ N working days,
 * minutes not yet recorded or shared, shared minutes whose comment window has closed (publish) or closes within a
 * working day (attendees), a dialogue falling due within ⚙ REMIND_BEFORE_DAYS or overdue (G7, per unit that has held
 * one), a board finding whose reply deadline nears or passed.
 */
@Service
@Transactional(readOnly = true)
public class MeetingReminders {

    /** How far back a missed date is still announced (an old record must not flood a unit). */
    static final int LOOKBACK_DAYS = 30;

    private final JdbcClient jdbc;
    private final Policy policy;
    private final WorkCalendar calendar;
    private final Compliance compliance;

    MeetingReminders(JdbcClient jdbc, Policy policy, WorkCalendar calendar, Compliance compliance) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.calendar = calendar;
        this.compliance = compliance;
    }

    public List<ReminderDue> dueOn(LocalDate today) {
        List<ReminderDue> out = new ArrayList<>();
        meetings(today, out);
        dialogues(today, out);
        findings(today, out);
        return out;
    }

    private record M(long id, long unitId, String title, LocalDate heldOn, String status, LocalDate commentsUntil) {
    }

    private void meetings(LocalDate today, List<ReminderDue> out) {
        int before = policy.value(Policy.MEETING_REMIND_WORKING_DAYS, today);
        int pending = policy.value(Policy.MINUTES_PENDING_WORKING_DAYS, today);
        List<M> list = jdbc.sql("""
                        select id, unit_id, title, held_on, status, comments_until from meeting
                        where status in ('SCHEDULED', 'MINUTES_DRAFT', 'SHARED') and held_on between :f and :t order by id""")
                .param("f", today.minusDays(LOOKBACK_DAYS + 60)).param("t", today.plusDays(31)).query(M.class).list();
        for (M m : list) {
            String link = "/meetings/" + m.id();
            String day = Dates.show(m.heldOn());
            if ("SCHEDULED".equals(m.status()) && !m.heldOn().isBefore(today)
                    && !today.isBefore(calendar.subtractWorkingDays(m.heldOn(), before, m.unitId()))) {
                out.add(new ReminderDue("meeting|" + m.id() + "|soon", m.unitId(), "MEETING_SOON", m.heldOn(), link, false, m.title(), day));
            } else if (!"SHARED".equals(m.status()) && m.heldOn().isBefore(today)
                    && !today.isBefore(calendar.addWorkingDays(m.heldOn(), pending, m.unitId()))
                    && m.heldOn().isAfter(today.minusDays(LOOKBACK_DAYS + 60))) {
                out.add(new ReminderDue("meeting|" + m.id() + "|minutes", m.unitId(), "MINUTES_PENDING", m.heldOn(), link, false, m.title(), day));
            } else if ("SHARED".equals(m.status()) && m.commentsUntil() != null) {
                shared(today, m, link, out);
            }
        }
    }

    private void shared(LocalDate today, M m, String link, List<ReminderDue> out) {
        String until = Dates.show(m.commentsUntil());
        if (m.commentsUntil().isBefore(today)) {
            out.add(new ReminderDue("meeting|" + m.id() + "|publish", m.unitId(), "PUBLISH_PENDING", m.commentsUntil(), link, false, m.title(), until));
        } else if (!today.isBefore(calendar.subtractWorkingDays(m.commentsUntil(), 1, m.unitId()))) {
            out.add(new ReminderDue("meeting|" + m.id() + "|comments", m.unitId(), "COMMENTS_CLOSING", m.commentsUntil(), link, true, m.title(), until));
        }
    }

    private void dialogues(LocalDate today, List<ReminderDue> out) {
        int before = policy.value(Policy.REMIND_BEFORE_DAYS, today);
        List<Long> unitIds = jdbc.sql("select distinct unit_id from meeting where kind = 'DOI_THOAI' and status <> 'CANCELLED' and held_on <= :d order by 1")
                .param("d", today).query(Long.class).list();
        for (long unitId : unitIds) {
            LocalDate next = compliance.on(unitId, today).nextDialogueDue();
            if (next == null || next.isAfter(today.plusDays(before)) || next.isBefore(today.minusDays(LOOKBACK_DAYS))) continue;
            boolean overdue = next.isBefore(today);
            out.add(new ReminderDue("dialogue|" + unitId + "|" + next + (overdue ? "|overdue" : "|soon"), unitId,
                    overdue ? "DIALOGUE_OVERDUE" : "DIALOGUE_DUE", next, "/units/" + unitId + "/meetings", false, Dates.show(next)));
        }
    }

    private record F(long id, long boardId, long unitId, String content, LocalDate replyDue) {
    }

    private void findings(LocalDate today, List<ReminderDue> out) {
        int before = policy.value(Policy.FINDING_REMIND_WORKING_DAYS, today);
        List<F> list = jdbc.sql("""
                        select f.id, f.board_id, b.unit_id, f.content, f.reply_due from inspection_finding f
                        join inspection_board b on b.id = f.board_id
                        where f.kind <> 'INSPECTION' and f.replied_on is null and f.reply_due between :f and :t order by f.id""")
                .param("f", today.minusDays(LOOKBACK_DAYS)).param("t", today.plusDays(31)).query(F.class).list();
        for (F f : list) {
            String content = f.content().length() > 120 ? f.content().substring(0, 120) + "…" : f.content();
            String link = "/boards/" + f.boardId();
            if (f.replyDue().isBefore(today)) {
                out.add(new ReminderDue("finding|" + f.id() + "|overdue", f.unitId(), "FINDING_REPLY_OVERDUE", f.replyDue(), link, false, content, Dates.show(f.replyDue())));
            } else if (!today.isBefore(calendar.subtractWorkingDays(f.replyDue(), before, f.unitId()))) {
                out.add(new ReminderDue("finding|" + f.id() + "|soon", f.unitId(), "FINDING_REPLY_DUE", f.replyDue(), link, false, content, Dates.show(f.replyDue())));
            }
        }
    }
}
