package vn.gandan.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.shared.ProblemException;

/**
 * Evidence files on a report: at most 10 MB each, the type decided from the content (PDF, Word, Excel, images),
 * never from the name, and a safe file name. Files are only ever served back as downloads. Public for one use
 * by other modules: {@link #attachToReport} (the imports module attaches an imported report's original file).
 */
@Component
@Transactional
public class Attachments {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final ReportService reports;
    private final ReportQueries queries;
    private final AccessService access;

    Attachments(JdbcClient jdbc, ReportService reports, ReportQueries queries, AccessService access) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.queries = queries;
        this.access = access;
    }

    /** A stored file without its bytes. */
    record Info(long id, String fileName, String contentType, long sizeBytes) {
    }

    /**
     * Attaches a file to the unit's report for the form and period, starting a draft report when there is none;
     * the caller must be a leader or specialist of the unit. Same limits as {@link #add}; returns the report's id.
     */
    public long attachToReport(long unitId, String formCode, String period, String originalName, byte[] data) {
        SubmissionView s = queries.find(unitId, formCode, period)
                .orElseGet(() -> reports.createDraft(unitId, formCode, period, java.util.Map.of(), java.util.Map.of()));
        add(s.id(), originalName, data);
        return s.id();
    }

    void add(long submissionId, String originalName, byte[] data) {
        SubmissionView s = queries.get(submissionId);
        if (s.status() != SubmissionStatus.DRAFT && s.status() != SubmissionStatus.RETURNED) {
            throw ProblemException.conflict("reporting.submission.notEditable", s.status().name());
        }
        if (!queries.receives(s.unitId())) {
            throw ProblemException.forbidden("reporting.reporterOnly");
        }
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new ProblemException(413, "reporting.attachment.size", List.of(), MAX_BYTES / 1024 / 1024);
        }
        String type = vn.gandan.shared.Uploads.sniff(data).orElseThrow(() -> new ProblemException(415, "reporting.attachment.type", List.of()));
        jdbc.sql("""
                        insert into report_attachment(submission_id, file_name, content_type, size_bytes, data, uploaded_by)
                        values (:s, :n, :t, :z, :d, :u)""")
                .param("s", submissionId).param("n", vn.gandan.shared.Uploads.safeName(originalName, "tep-dinh-kem")).param("t", type).param("z", data.length)
                .param("d", data).param("u", access.caller().map(Caller::username).orElse(null)).update();
    }

    @Transactional(readOnly = true)
    List<Info> list(long submissionId) {
        queries.get(submissionId);
        return jdbc.sql("select id, file_name, content_type, size_bytes from report_attachment where submission_id = :s order by id")
                .param("s", submissionId).query(Info.class).list();
    }

    /** The file, if it belongs to a report the caller may see. */
    @Transactional(readOnly = true)
    Optional<Object[]> download(long submissionId, long attachmentId) {
        queries.get(submissionId);
        return jdbc.sql("select file_name, content_type, data from report_attachment where id = :a and submission_id = :s")
                .param("a", attachmentId).param("s", submissionId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)}).optional();
    }
}
