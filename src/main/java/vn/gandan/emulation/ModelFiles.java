package vn.gandan.emulation;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;
import vn.gandan.shared.Uploads;

/**
 * Photos and documents of a model: added by the registering unit or the body it is registered with; the type is
 * sniffed from the content (PNG/JPEG are photos; PDF, .doc, .docx, .xlsx documents; anything else 415), at most
 * {@value #MAX_BYTES} bytes (413) and {@value #MAX_FILES} files per model; names reduced to a safe base name.
 */
@Service
@Transactional
public class ModelFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILES = 20;

    /** A stored file without its bytes. */
    public record FileView(long id, String kind, String fileName, String contentType, int sizeBytes, String caption) {
    }

    /** A file's bytes with its name and type. */
    record Content(String fileName, String contentType, byte[] data) {
    }

    private final JdbcClient jdbc;
    private final ModelQueries queries;
    private final Library library;
    private final Actors actors;
    private final AuditLog audit;

    ModelFiles(JdbcClient jdbc, ModelQueries queries, Library library, Actors actors, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.library = library;
        this.actors = actors;
        this.audit = audit;
    }

    public FileView add(long modelId, String originalName, byte[] data, String caption) {
        ModelRow m = queries.row(modelId);
        Caller c = actors.may(m.registeredWithUnitId()) ? actors.act(m.registeredWithUnitId(), "emulation.model.error.notYourUnit")
                : actors.act(m.unitId(), "emulation.model.error.notYourUnit");
        if (data == null || data.length == 0 || data.length > MAX_BYTES) {
            throw new ProblemException(413, "emulation.file.error.size", List.of(), MAX_BYTES / 1024 / 1024);
        }
        String type = Uploads.sniff(data).filter(t -> !t.equals("application/zip"))
                .orElseThrow(() -> new ProblemException(415, "emulation.file.error.type", List.of()));
        if (count(modelId) >= MAX_FILES) throw ProblemException.conflict("emulation.file.error.tooMany", MAX_FILES);
        String kind = type.startsWith("image/") ? "PHOTO" : "DOCUMENT";
        String name = Uploads.safeName(originalName, kind.equals("PHOTO") ? "anh-mo-hinh" : "tai-lieu-mo-hinh");
        String cap = Texts.clean(caption);
        cap = cap == null || cap.isEmpty() ? null : cap.length() > 300 ? cap.substring(0, 300) : cap;
        long id = jdbc.sql("""
                        insert into emu_model_file(model_id, kind, file_name, content_type, size_bytes, caption, data, uploaded_by)
                        values (:m, :k, :n, :t, :z, :c, :d, :u) returning id""")
                .param("m", modelId).param("k", kind).param("n", name).param("t", type).param("z", data.length)
                .param("c", cap).param("d", data).param("u", c.username()).query(Long.class).single();
        audit.record("CREATE", "EmulationModelFile", id, null, Map.of("modelId", modelId, "fileName", name, "sizeBytes", data.length));
        return new FileView(id, kind, name, type, data.length, cap);
    }

    @Transactional(readOnly = true)
    public List<FileView> list(long modelId) {
        return jdbc.sql("select id, kind, file_name, content_type, size_bytes, caption from emu_model_file where model_id = :m order by kind desc, id")
                .param("m", modelId).query((rs, i) -> new FileView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6))).list();
    }

    /** A file of a model in the caller's scope (404 otherwise). */
    @Transactional(readOnly = true)
    Content scoped(long modelId, long fileId) {
        queries.row(modelId);
        return content(modelId, fileId);
    }

    /** A file of a recognised model, for anyone (404 while the model is not recognised). */
    @Transactional(readOnly = true)
    Content published(long modelId, long fileId) {
        library.one(modelId);
        return content(modelId, fileId);
    }

    private Content content(long modelId, long fileId) {
        return jdbc.sql("select file_name, content_type, data from emu_model_file where id = :f and model_id = :m")
                .param("f", fileId).param("m", modelId)
                .query((rs, i) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("file", fileId));
    }

    private int count(long modelId) {
        return jdbc.sql("select count(*) from emu_model_file where model_id = :m").param("m", modelId).query(Integer.class).single();
    }
}
