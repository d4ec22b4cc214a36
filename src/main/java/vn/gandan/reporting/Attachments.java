package vn.gandan.reporting;

import java.text.Normalizer;
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
    private final AccessService access;

    Attachments(JdbcClient jdbc, ReportService reports, AccessService access) {
        this.jdbc = jdbc;
        this.reports = reports;
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
        SubmissionView s = reports.find(unitId, formCode, period)
                .orElseGet(() -> reports.createDraft(unitId, formCode, period, java.util.Map.of(), java.util.Map.of()));
        add(s.id(), originalName, data);
        return s.id();
    }

    void add(long submissionId, String originalName, byte[] data) {
        SubmissionView s = reports.get(submissionId);
        if (s.status() != SubmissionStatus.DRAFT && s.status() != SubmissionStatus.RETURNED) {
            throw ProblemException.conflict("reporting.submission.notEditable", s.status().name());
        }
        if (!reports.receives(s.unitId())) {
            throw ProblemException.forbidden("reporting.reporterOnly");
        }
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new ProblemException(413, "reporting.attachment.size", List.of(), MAX_BYTES / 1024 / 1024);
        }
        String type = sniff(data).orElseThrow(() -> new ProblemException(415, "reporting.attachment.type", List.of()));
        jdbc.sql("""
                        insert into report_attachment(submission_id, file_name, content_type, size_bytes, data, uploaded_by)
                        values (:s, :n, :t, :z, :d, :u)""")
                .param("s", submissionId).param("n", safeName(originalName)).param("t", type).param("z", data.length)
                .param("d", data).param("u", access.caller().map(Caller::username).orElse(null)).update();
    }

    @Transactional(readOnly = true)
    List<Info> list(long submissionId) {
        reports.get(submissionId);
        return jdbc.sql("select id, file_name, content_type, size_bytes from report_attachment where submission_id = :s order by id")
                .param("s", submissionId).query(Info.class).list();
    }

    /** The file, if it belongs to a report the caller may see. */
    @Transactional(readOnly = true)
    Optional<Object[]> download(long submissionId, long attachmentId) {
        reports.get(submissionId);
        return jdbc.sql("select file_name, content_type, data from report_attachment where id = :a and submission_id = :s")
                .param("a", attachmentId).param("s", submissionId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)}).optional();
    }

    /** The content type from the first bytes; empty for anything not on the list. */
    static Optional<String> sniff(byte[] d) {
        if (starts(d, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("application/pdf");
        }
        if (starts(d, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of("image/png");
        }
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(d, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("application/msword");
        }
        if (starts(d, 0x50, 0x4B, 0x03, 0x04)) {
            String head = new String(d, 0, Math.min(d.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            if (head.contains("xl/")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            return Optional.of("application/zip");
        }
        return Optional.empty();
    }

    /** Base name only, no control or path characters, NFC, at most 150 characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "tep-dinh-kem";
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    private static boolean starts(byte[] d, int... magic) {
        if (d.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
