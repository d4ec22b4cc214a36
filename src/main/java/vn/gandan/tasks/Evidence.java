package vn.gandan.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.shared.ProblemException;

/**
 * Evidence files of a task, kept in the database like report attachments: at most 10 MB, the type decided from the
 * content (PDF, Word, Excel, images), never from the name, a safe file name, served back only as downloads.
 */
@Component
@Transactional
class Evidence {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final TaskQueries queries;
    private final TaskWork work;
    private final AccessService access;
    private final AuditLog audit;

    Evidence(JdbcClient jdbc, TaskQueries queries, TaskWork work, AccessService access, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.work = work;
        this.access = access;
        this.audit = audit;
    }

    /** Stores a file; 413 empty or too large, 415 not an accepted type, 403 for a unit not assigned the task. */
    long add(long taskId, String originalName, byte[] data) {
        TaskRow t = work.writable(taskId);
        if (!queries.canAddEvidence(t)) throw ProblemException.forbidden("tasks.error.notInvolved");
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new ProblemException(413, "tasks.file.size", List.of(), MAX_BYTES / 1024 / 1024);
        }
        String type = vn.gandan.shared.Uploads.sniff(data).orElseThrow(() -> new ProblemException(415, "tasks.file.type", List.of()));
        String name = vn.gandan.shared.Uploads.safeName(originalName, "minh-chung");
        long id = jdbc.sql("""
                        insert into task_file(task_id, file_name, content_type, size_bytes, data, uploaded_by)
                        values (:t, :n, :c, :z, :d, :u) returning id""")
                .param("t", taskId).param("n", name).param("c", type).param("z", data.length).param("d", data)
                .param("u", access.caller().map(Caller::username).orElse(null)).query(Long.class).single();
        audit.record("CREATE", "TaskFile", id, null, Map.of("taskId", taskId, "fileName", name, "sizeBytes", data.length));
        return id;
    }

    /** A stored file's name, type and bytes, if its task is visible to the caller. */
    @Transactional(readOnly = true)
    Optional<Object[]> download(long taskId, long fileId) {
        queries.row(taskId);
        return jdbc.sql("select file_name, content_type, data from task_file where id = :f and task_id = :t")
                .param("f", fileId).param("t", taskId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)}).optional();
    }
}
