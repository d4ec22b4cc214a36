package vn.gandan.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.shared.Texts;

/** Reads and writes cases and their timeline in the module's own tables. */
@Component
class CaseStore {

    static final String COLUMNS = """
            id, code, register_no, unit_id, kind, kinds, status, channel, received_on, knowledge_on, content,
            petitioner_enc, petitioner_tag, anonymous, routed_from, intake_due, accepted_on, complexity, remote_area,
            instance, extension_days, extensions, suspended_on, suspended_days, status_before, resolution_due,
            notice_due, resolved_on, result, answer, reason, handler, duplicate_of, forwarded_to, forwarded_on,
            source_public""";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Case> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from petition where id = :id").param("id", id)
                .query((rs, i) -> new Case(read(rs))).optional();
    }

    Optional<Case> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from petition where code = :c").param("c", code)
                .query((rs, i) -> new Case(read(rs))).optional();
    }

    /** The next register number of the unit for the year (serialised per unit by an advisory lock). */
    int nextRegisterNo(long unitId, int year) {
        jdbc.sql("select pg_advisory_xact_lock(7301, cast(:u as int))").param("u", unitId).query((rs, i) -> 1).list();
        return jdbc.sql("""
                        select coalesce(max(register_no), 0) + 1 from petition
                        where unit_id = :u and extract(year from received_on) = :y""")
                .param("u", unitId).param("y", year).query(Integer.class).single();
    }

    /** An open case of the same person with the same content in the unit (duplicates are merged into it). */
    Optional<Long> openDuplicate(long unitId, String tag, String content) {
        if (tag == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id from petition where unit_id = :u and petitioner_tag = :t and content_fold = :f
                          and duplicate_of is null and status in ('RECEIVED','ACCEPTED','VERIFYING','DIALOGUE','SUSPENDED')
                        order by id limit 1""")
                .param("u", unitId).param("t", tag).param("f", Texts.fold(content)).query(Long.class).optional();
    }

    long insert(CaseData d) {
        d.id = jdbc.sql("""
                        insert into petition(code, register_no, unit_id, kind, kinds, status, channel, received_on,
                          knowledge_on, content, content_fold, petitioner_enc, petitioner_tag, anonymous, routed_from,
                          intake_due, instance, handler, duplicate_of, source_public)
                        values (:code, :no, :unit, :kind, :kinds, :status, :channel, :received, :knowledge, :content,
                          :fold, :enc, :tag, :anon, :routed, :intake, :instance, :handler, :dup, :pub) returning id""")
                .param("code", d.code).param("no", d.registerNo).param("unit", d.unitId).param("kind", d.kind.name())
                .param("kinds", d.kinds).param("status", d.status.name()).param("channel", d.channel.name())
                .param("received", d.receivedOn).param("knowledge", d.knowledgeOn).param("content", d.content)
                .param("fold", Texts.fold(d.content)).param("enc", d.petitionerEnc).param("tag", d.petitionerTag)
                .param("anon", d.anonymous).param("routed", d.routedFrom).param("intake", d.intakeDue)
                .param("instance", d.instance).param("handler", d.handler).param("dup", d.duplicateOf)
                .param("pub", d.sourcePublic).query(Long.class).single();
        return d.id;
    }

    void update(CaseData d) {
        jdbc.sql("""
                        update petition set status = :status, accepted_on = :accepted, complexity = :complexity,
                          remote_area = :remote, extension_days = :extDays, extensions = :ext, suspended_on = :suspOn,
                          suspended_days = :suspDays, status_before = :before, resolution_due = :due, notice_due = :notice,
                          resolved_on = :resolved, result = :result, answer = :answer, reason = :reason,
                          handler = :handler, forwarded_to = :fwd, forwarded_on = :fwdOn, petitioner_enc = :enc,
                          petitioner_tag = :tag
                        where id = :id""")
                .param("status", d.status.name()).param("accepted", d.acceptedOn)
                .param("complexity", d.complexity == null ? null : d.complexity.name()).param("remote", d.remoteArea)
                .param("extDays", d.extensionDays).param("ext", d.extensions).param("suspOn", d.suspendedOn)
                .param("suspDays", d.suspendedDays).param("before", d.statusBefore == null ? null : d.statusBefore.name())
                .param("due", d.resolutionDue).param("notice", d.noticeDue).param("resolved", d.resolvedOn)
                .param("result", d.result).param("answer", d.answer).param("reason", d.reason)
                .param("handler", d.handler).param("fwd", d.forwardedTo).param("fwdOn", d.forwardedOn)
                .param("enc", d.petitionerEnc).param("tag", d.petitionerTag).param("id", d.id).update();
    }

    /** A step of the timeline; the note never holds the petitioner's identity. */
    void step(long petitionId, LocalDate on, String step, String note, String actor) {
        jdbc.sql("insert into petition_step(petition_id, on_day, step, note, actor) values (:p, :d, :s, :n, :a)")
                .param("p", petitionId).param("d", on).param("s", step).param("n", note).param("a", actor).update();
    }

    List<PetitionView.Step> steps(long petitionId) {
        return jdbc.sql("select on_day, step, note, actor from petition_step where petition_id = :p order by on_day, id")
                .param("p", petitionId)
                .query((rs, i) -> new PetitionView.Step(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    static CaseData read(ResultSet rs) throws SQLException {
        CaseData d = new CaseData();
        d.id = rs.getLong("id");
        d.code = rs.getString("code");
        d.registerNo = rs.getInt("register_no");
        d.unitId = rs.getLong("unit_id");
        d.kind = PetitionKind.valueOf(rs.getString("kind"));
        d.kinds = rs.getString("kinds");
        d.status = PetitionStatus.valueOf(rs.getString("status"));
        d.channel = Channel.valueOf(rs.getString("channel"));
        d.receivedOn = rs.getObject("received_on", LocalDate.class);
        d.knowledgeOn = rs.getObject("knowledge_on", LocalDate.class);
        d.content = rs.getString("content");
        d.petitionerEnc = rs.getBytes("petitioner_enc");
        d.petitionerTag = rs.getString("petitioner_tag");
        d.anonymous = rs.getBoolean("anonymous");
        d.routedFrom = rs.getString("routed_from");
        d.intakeDue = rs.getObject("intake_due", LocalDate.class);
        d.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
        d.complexity = rs.getString("complexity") == null ? null : Complexity.valueOf(rs.getString("complexity"));
        d.remoteArea = rs.getBoolean("remote_area");
        d.instance = rs.getInt("instance");
        d.extensionDays = rs.getInt("extension_days");
        d.extensions = rs.getInt("extensions");
        d.suspendedOn = rs.getObject("suspended_on", LocalDate.class);
        d.suspendedDays = rs.getInt("suspended_days");
        d.statusBefore = rs.getString("status_before") == null ? null : PetitionStatus.valueOf(rs.getString("status_before"));
        d.resolutionDue = rs.getObject("resolution_due", LocalDate.class);
        d.noticeDue = rs.getObject("notice_due", LocalDate.class);
        d.resolvedOn = rs.getObject("resolved_on", LocalDate.class);
        d.result = rs.getString("result");
        d.answer = rs.getString("answer");
        d.reason = rs.getString("reason");
        d.handler = rs.getString("handler");
        d.duplicateOf = (Long) rs.getObject("duplicate_of");
        d.forwardedTo = (Long) rs.getObject("forwarded_to");
        d.forwardedOn = rs.getObject("forwarded_on", LocalDate.class);
        d.sourcePublic = rs.getBoolean("source_public");
        return d;
    }
}
