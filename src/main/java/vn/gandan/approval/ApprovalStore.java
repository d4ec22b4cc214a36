package vn.gandan.approval;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code approval_state} (one row per document) and {@code approval_step} (the trail). */
@Component
class ApprovalStore {

    private final JdbcClient jdbc;

    ApprovalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record State(ApprovalStage stage, String submittedBy, String approvedBy, String signedBy, OffsetDateTime signedAt,
                 String comment, String numberSymbol) {
        static final State NEW = new State(ApprovalStage.DRAFTING, null, null, null, null, null, null);
    }

    /** The document's state, locked for the change that follows (a missing row: a draft never submitted). */
    State load(String type, long id, boolean lock) {
        return jdbc.sql("""
                        select stage, submitted_by, approved_by, signed_by, signed_at, comment, number_symbol
                        from approval_state where subject_type = :t and subject_id = :id""" + (lock ? " for update" : ""))
                .param("t", type).param("id", id)
                .query((rs, i) -> new State(ApprovalStage.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7)))
                .optional().orElse(State.NEW);
    }

    void save(ApprovalSubject s, State st) {
        jdbc.sql("""
                        insert into approval_state (subject_type, subject_id, unit_id, stage, submitted_by, approved_by,
                          signed_by, signed_at, comment, number_symbol, updated_at)
                        values (:t, :id, :u, :st, :sb, :ab, :gb, :ga, :c, :ns, now())
                        on conflict (subject_type, subject_id) do update set unit_id = excluded.unit_id,
                          stage = excluded.stage, submitted_by = excluded.submitted_by, approved_by = excluded.approved_by,
                          signed_by = excluded.signed_by, signed_at = excluded.signed_at, comment = excluded.comment,
                          number_symbol = excluded.number_symbol, updated_at = now()""")
                .param("t", s.type()).param("id", s.id()).param("u", s.unitId()).param("st", st.stage().name())
                .param("sb", st.submittedBy()).param("ab", st.approvedBy()).param("gb", st.signedBy())
                .param("ga", st.signedAt()).param("c", st.comment()).param("ns", st.numberSymbol()).update();
    }

    void reopen(String type, long id) {
        jdbc.sql("""
                        update approval_state set stage = 'DRAFTING', approved_by = null, signed_by = null, signed_at = null,
                          number_symbol = null, updated_at = now() where subject_type = :t and subject_id = :id""")
                .param("t", type).param("id", id).update();
    }

    void step(ApprovalSubject s, String step, String username, String comment) {
        jdbc.sql("""
                        insert into approval_step (subject_type, subject_id, step, username, comment)
                        values (:t, :id, :s, :u, :c)""")
                .param("t", s.type()).param("id", s.id()).param("s", step).param("u", username).param("c", comment)
                .update();
    }

    Optional<OffsetDateTime> lastStepAt(String type, long id, String step) {
        return jdbc.sql("""
                        select max(at) from approval_step where subject_type = :t and subject_id = :id and step = :s""")
                .param("t", type).param("id", id).param("s", step).query(OffsetDateTime.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    List<ApprovalView.Step> steps(String type, long id) {
        return jdbc.sql("""
                        select step, username, comment, at from approval_step
                        where subject_type = :t and subject_id = :id order by id""").param("t", type).param("id", id)
                .query((rs, i) -> new ApprovalView.Step(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
    }

    /** The steps of many subjects of one type in one query, each subject's oldest first (absent: no step). */
    Map<Long, List<ApprovalView.Step>> steps(String type, java.util.Collection<Long> ids) {
        Map<Long, List<ApprovalView.Step>> out = new java.util.HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("""
                        select subject_id, step, username, comment, at from approval_step
                        where subject_type = :t and subject_id in (:ids) order by id""").param("t", type).param("ids", ids)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new ApprovalView.Step(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)));
                });
        return out;
    }

    /** Documents of these units waiting for a decision (for a leader's list). */
    List<Long> pending(String type, List<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : jdbc.sql("""
                        select subject_id from approval_state where subject_type = :t and stage = 'PENDING_APPROVAL'
                          and unit_id in (:u) order by updated_at""").param("t", type).param("u", unitIds)
                .query(Long.class).list();
    }

    Optional<String> numberSymbol(String type, long id) {
        return Optional.ofNullable(load(type, id, false).numberSymbol());
    }
}
