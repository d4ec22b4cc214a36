package vn.gandan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.calendar.DayType;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.meetings.MeetingCommands.FollowUp;
import vn.gandan.meetings.MeetingCommands.OpinionInput;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;
import vn.gandan.tasks.TaskService;

/**
 * Minutes (biên bản): opinions recorded with their answers, each commitment created as a task of the tasks module in
 * the same transaction; shared with attendees for comments for ⚙ N working days; then published.
 */
@Service
@Transactional
public class Minutes {

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final MeetingStore store;
    private final TaskService tasks;
    private final WorkCalendar calendar;
    private final Policy policy;
    private final AccessService access;
    private final AuditLog audit;
    private final Clock clock;

    Minutes(JdbcClient jdbc, MeetingService meetings, MeetingStore store, TaskService tasks, WorkCalendar calendar,
            Policy policy, AccessService access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.store = store;
        this.tasks = tasks;
        this.calendar = calendar;
        this.policy = policy;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the minutes; 422 per field ("opinions[i].followUp.due"), 409 once published. Nothing is stored on error. */
    public MeetingView record(long id, MeetingCommands.Minutes m) {
        MeetingStore.Head h = meetings.writable(id);
        if ("PUBLISHED".equals(h.status())) throw ProblemException.conflict("meetings.error.published");
        List<OpinionInput> opinions = m.opinions() == null ? List.of() : m.opinions();
        check(h, m, opinions);
        jdbc.sql("""
                        update meeting set minutes = coalesce(:t, minutes), invited = coalesce(:i, invited),
                               present = coalesce(:p, present), status = case when status = 'SCHEDULED' then 'MINUTES_DRAFT' else status end
                        where id = :id""")
                .param("t", m.minutes() == null || m.minutes().isBlank() ? null : Texts.nfc(m.minutes()).strip()).param("i", m.invited()).param("p", m.present())
                .param("id", id).update();
        int next = jdbc.sql("select coalesce(max(position), -1) + 1 from meeting_opinion where meeting_id = :m")
                .param("m", id).query(Integer.class).single();
        for (OpinionInput o : opinions) {
            add(h, next++, o);
        }
        audit.record("UPDATE", "MeetingMinutes", id, null, Map.of("opinions", opinions.size()));
        return store.get(id);
    }

    private void add(MeetingStore.Head h, int position, OpinionInput o) {
        Long taskId = null;
        FollowUp f = o.followUp();
        if (f != null) {
            taskId = tasks.createFollowUp(f.title(), h.unitId(), f.leadUnitId(), f.due(), label(h), "/meetings/" + h.id()).id();
        }
        jdbc.sql("""
                        insert into meeting_opinion(meeting_id, position, content, raised_by, answer, task_id)
                        values (:m, :p, :c, :r, :a, :t)""")
                .param("m", h.id()).param("p", position).param("c", Texts.clean(o.content()))
                .param("r", MeetingService.short300(o.raisedBy())).param("a", MeetingService.blank(o.answer()))
                .param("t", taskId).update();
    }

    private static String label(MeetingStore.Head h) {
        return h.title() + " (" + String.format("%02d/%02d/%d", h.heldOn().getDayOfMonth(), h.heldOn().getMonthValue(),
                h.heldOn().getYear()) + ")";
    }

    private void check(MeetingStore.Head h, MeetingCommands.Minutes m, List<OpinionInput> opinions) {
        List<FieldProblem> p = new ArrayList<>();
        if (m.minutes() != null && m.minutes().length() > 8000) p.add(FieldProblem.of("minutes", "meetings.error.minutesTooLong"));
        if (m.present() != null && m.present() < 0) p.add(FieldProblem.of("present", "meetings.error.count"));
        if (m.invited() != null && m.invited() < 0) p.add(FieldProblem.of("invited", "meetings.error.count"));
        if (m.present() != null && m.invited() != null && m.present() > m.invited()) {
            p.add(FieldProblem.of("present", "meetings.error.presentOverInvited"));
        }
        for (int i = 0; i < opinions.size(); i++) {
            checkOpinion(h, "opinions[" + i + "].", opinions.get(i), p);
        }
        if (!p.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", p);
    }

    private void checkOpinion(MeetingStore.Head h, String f, OpinionInput o, List<FieldProblem> p) {
        if (o == null) {
            p.add(FieldProblem.of(f + "content", "meetings.error.opinionRequired"));
            return;
        }
        String c = Texts.clean(o.content());
        if (c == null || c.isEmpty()) p.add(FieldProblem.of(f + "content", "meetings.error.opinionRequired"));
        else if (c.length() > 4000) p.add(FieldProblem.of(f + "content", "meetings.error.tooLong", 4000));
        if (o.answer() != null && o.answer().length() > 4000) p.add(FieldProblem.of(f + "answer", "meetings.error.tooLong", 4000));
        FollowUp fu = o.followUp();
        if (fu == null) return;
        String t = Texts.clean(fu.title());
        if (t == null || t.isEmpty()) p.add(FieldProblem.of(f + "followUp.title", "meetings.error.followUpTitle"));
        else if (t.length() > 500) p.add(FieldProblem.of(f + "followUp.title", "meetings.error.tooLong", 500));
        if (fu.leadUnitId() == null) p.add(FieldProblem.of(f + "followUp.leadUnitId", "meetings.error.followUpLead"));
        else if (fu.leadUnitId() != h.unitId() && !access.canSee(fu.leadUnitId())) {
            p.add(FieldProblem.of(f + "followUp.leadUnitId", "meetings.error.followUpLeadUnknown"));
        }
        if (fu.due() == null) p.add(FieldProblem.of(f + "followUp.due", "meetings.error.followUpDue"));
        else if (fu.due().isBefore(h.heldOn())) p.add(FieldProblem.of(f + "followUp.due", "meetings.error.followUpDueBefore"));
    }

    /** Shares the recorded minutes with the attendees for comments until ⚙ N working days from today. */
    public MeetingView share(long id) {
        MeetingStore.Head h = meetings.writable(id);
        if (!"MINUTES_DRAFT".equals(h.status())) throw ProblemException.conflict("meetings.error.notDraft");
        LocalDate today = LocalDate.now(clock);
        LocalDate until = calendar.deadline(today, policy.value(Policy.MINUTES_COMMENT_WORKING_DAYS, today), DayType.WORKING, h.unitId());
        jdbc.sql("update meeting set status = 'SHARED', comments_until = :u where id = :id").param("u", until).param("id", id).update();
        audit.record("UPDATE", "Meeting", id, Map.of("status", h.status()), Map.of("status", "SHARED", "commentsUntil", until.toString()));
        return store.get(id);
    }

    /** A comment on shared minutes by anyone who sees the meeting; 409 outside the comment period. */
    public MeetingView comment(long id, String body) {
        MeetingStore.Head h = store.head(id);
        if (!"SHARED".equals(h.status()) || LocalDate.now(clock).isAfter(h.commentsUntil())) {
            throw ProblemException.conflict("meetings.error.commentsClosed");
        }
        String b = Texts.clean(body);
        if (b == null || b.isEmpty() || b.length() > 4000) {
            throw ProblemException.invalid("meetings.error.invalid", List.of(FieldProblem.of("body", "meetings.error.commentBody")));
        }
        jdbc.sql("insert into meeting_comment(meeting_id, body, created_by) values (:m, :b, :u)")
                .param("m", id).param("b", b).param("u", meetings.username()).update();
        return store.get(id);
    }

    /** Publishes shared minutes once the comment period is over (409 before). */
    public MeetingView publish(long id) {
        MeetingStore.Head h = meetings.writable(id);
        LocalDate today = LocalDate.now(clock);
        if (!"SHARED".equals(h.status())) throw ProblemException.conflict("meetings.error.notShared");
        if (!today.isAfter(h.commentsUntil())) throw ProblemException.conflict("meetings.error.commentsOpen", h.commentsUntil());
        jdbc.sql("update meeting set status = 'PUBLISHED', published_on = :d where id = :id").param("d", today).param("id", id).update();
        audit.record("UPDATE", "Meeting", id, Map.of("status", "SHARED"), Map.of("status", "PUBLISHED"));
        return store.get(id);
    }

    /** The meeting carried out a plan's task: the task shows the meeting among its evidence. */
    public MeetingView fulfils(long id, long taskId) {
        MeetingStore.Head h = meetings.writable(id);
        if (!tasks.views(List.of(taskId)).containsKey(taskId)) {
            throw ProblemException.invalid("meetings.error.invalid", List.of(FieldProblem.of("taskId", "meetings.error.taskUnknown")));
        }
        jdbc.sql("update meeting set task_id = :t where id = :id").param("t", taskId).param("id", id).update();
        tasks.recordEvidence(taskId, label(h), "/meetings/" + id, meetings.username());
        return store.get(id);
    }
}
