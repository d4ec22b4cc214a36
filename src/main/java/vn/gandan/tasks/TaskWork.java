package vn.gandan.tasks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** What units do on a task: the lead unit reports progress and marks occurrences done; everyone involved comments. */
@Component
@Transactional
class TaskWork {

    static final int MAX_NOTE = 4000;
    static final int MAX_LINK = 1000;

    private final JdbcClient jdbc;
    private final TaskQueries queries;
    private final AccessService access;
    private final AuditLog audit;

    TaskWork(JdbcClient jdbc, TaskQueries queries, AccessService access, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
    }

    /** A progress report (percentage, note, link: at least one); 422 per field, 403 unless of the lead unit. */
    TaskView report(long id, Integer progress, String note, String link) {
        TaskRow t = writable(id);
        if (!queries.canReport(t)) throw ProblemException.forbidden("tasks.error.leadOnly");
        String n = Texts.nfc(note) == null || note.isBlank() ? null : Texts.nfc(note).strip();
        String l = link == null || link.isBlank() ? null : link.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (progress != null && (progress < 0 || progress > 100)) problems.add(FieldProblem.of("progress", "tasks.update.progressRange"));
        if (progress == null && n == null && l == null) problems.add(FieldProblem.of("progress", "tasks.update.empty"));
        if (n != null && n.length() > MAX_NOTE) problems.add(FieldProblem.of("note", "tasks.update.noteTooLong", MAX_NOTE));
        if (l != null && !validLink(l)) problems.add(FieldProblem.of("link", "tasks.update.linkInvalid"));
        if (!problems.isEmpty()) throw ProblemException.invalid("tasks.error.invalid", problems);
        long updateId = jdbc.sql("""
                        insert into task_update(task_id, progress, note, link, created_by) values (:t, :p, :n, :l, :u)
                        returning id""")
                .param("t", id).param("p", progress).param("n", n).param("l", l).param("u", username())
                .query(Long.class).single();
        if (progress != null) {
            jdbc.sql("update task set reported = :p where id = :id").param("p", progress).param("id", id).update();
            if (progress == 100 && t.recurrence() == Recurrence.ONCE) {
                jdbc.sql("update task_occurrence set done_at = now(), done_by = :u where task_id = :t and done_at is null")
                        .param("u", username()).param("t", id).update();
            }
        }
        audit.record("CREATE", "TaskUpdate", updateId, null, Map.of("taskId", id, "progress", String.valueOf(progress),
                "link", String.valueOf(l)));
        return recompute(id);
    }

    /** Marks one occurrence done; 409 if it already is. */
    TaskView markDone(long id, long occurrenceId) {
        TaskRow t = writable(id);
        if (!queries.canReport(t)) throw ProblemException.forbidden("tasks.error.leadOnly");
        Boolean done = jdbc.sql("select done_at is not null from task_occurrence where id = :o and task_id = :t")
                .param("o", occurrenceId).param("t", id).query(Boolean.class).optional()
                .orElseThrow(() -> new NotFoundException("occurrence", occurrenceId));
        if (done) throw ProblemException.conflict("tasks.error.alreadyDone");
        jdbc.sql("update task_occurrence set done_at = now(), done_by = :u where id = :o")
                .param("u", username()).param("o", occurrenceId).update();
        audit.record("UPDATE", "TaskOccurrence", occurrenceId, Map.of("done", false), Map.of("done", true, "taskId", id));
        return recompute(id);
    }

    void comment(long id, String body) {
        TaskRow t = queries.row(id);
        if (!queries.canComment(t)) throw ProblemException.forbidden("tasks.error.notInvolved");
        String b = Texts.nfc(body) == null ? "" : Texts.nfc(body).strip();
        if (b.isEmpty()) throw ProblemException.invalid("tasks.error.invalid", List.of(FieldProblem.of("body", "tasks.comment.empty")));
        if (b.length() > MAX_NOTE) {
            throw ProblemException.invalid("tasks.error.invalid", List.of(FieldProblem.of("body", "tasks.update.noteTooLong", MAX_NOTE)));
        }
        long cid = jdbc.sql("insert into task_comment(task_id, body, created_by) values (:t, :b, :u) returning id")
                .param("t", id).param("b", b).param("u", username()).query(Long.class).single();
        audit.record("CREATE", "TaskComment", cid, null, Map.of("taskId", id));
    }

    /** The task, if it can still change: 409 when its plan is not issued or it was closed. */
    TaskRow writable(long id) {
        TaskRow t = queries.row(id);
        if (!t.active()) throw ProblemException.conflict("tasks.error.notActive");
        if (t.status() == TaskStatus.CLOSED) throw ProblemException.conflict("tasks.error.closed");
        return t;
    }

    private TaskView recompute(long id) {
        var c = jdbc.sql("""
                        select t.recurrence, t.reported,
                               (select count(*) from task_occurrence o where o.task_id = t.id and o.done_at is not null) as done,
                               (select count(*) from task_occurrence o where o.task_id = t.id) as total,
                               exists (select 1 from task_update u where u.task_id = t.id) as reported_any
                        from task t where t.id = :id""").param("id", id)
                .query((rs, i) -> new Object[] {Recurrence.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getBoolean(5)}).single();
        int progress = Progress.of((Recurrence) c[0], (int) c[1], (int) c[2], (int) c[3]);
        TaskStatus status = Progress.status(progress, (boolean) c[4] || (int) c[2] > 0);
        jdbc.sql("update task set progress = :p, status = :s, updated_at = now() where id = :id")
                .param("p", progress).param("s", status.name()).param("id", id).update();
        return queries.get(id);
    }

    static boolean validLink(String link) {
        if (link.length() > MAX_LINK) return false;
        try {
            URI u = new URI(link);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private String username() {
        return access.caller().map(Caller::username).orElse(null);
    }
}
