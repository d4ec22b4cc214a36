package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.shared.Texts;

/** The SQL of reports besides the {@link Submission} entity: figures, texts, history, lock exceptions. */
@Component
class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BigDecimal> values(long id) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        jdbc.sql("select code, value from report_value where submission_id = :id order by code").param("id", id)
                .query(rs -> {
                    m.put(rs.getString(1), Figures.plain(rs.getBigDecimal(2)));
                });
        return m;
    }

    Map<String, String> texts(long id) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("select section_code, body from report_text where submission_id = :id").param("id", id)
                .query(rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    void writeContent(long id, Map<String, BigDecimal> values, Map<String, String> sections) {
        jdbc.sql("delete from report_value where submission_id = :id").param("id", id).update();
        jdbc.sql("delete from report_text where submission_id = :id").param("id", id).update();
        writeValues(id, values);
        sections.forEach((code, t) -> {
            if (t != null && !t.isBlank()) {
                jdbc.sql("insert into report_text(submission_id, section_code, body) values (:id, :c, :b)")
                        .param("id", id).param("c", code).param("b", Texts.nfc(t)).update();
            }
        });
    }

    void writeValues(long id, Map<String, BigDecimal> values) {
        values.forEach((code, v) -> jdbc.sql("insert into report_value(submission_id, code, value) values (:id, :c, :v)")
                .param("id", id).param("c", code).param("v", v).update());
    }

    boolean lockException(Submission s, LocalDate day) {
        return jdbc.sql("""
                        select count(*) from report_lock_exception where unit_id = :u and form_id = :f and period = :p
                          and until >= :d""").param("u", s.unitId()).param("f", s.formId()).param("p", s.period())
                .param("d", day).query(Integer.class).single() > 0;
    }

    void grantLockException(long unitId, long formId, String period, String by, LocalDate until) {
        jdbc.sql("""
                        insert into report_lock_exception(unit_id, form_id, period, granted_by, until)
                        values (:u, :f, :p, :by, :until)
                        on conflict (unit_id, form_id, period) do update set until = excluded.until, granted_by = excluded.granted_by""")
                .param("u", unitId).param("f", formId).param("p", period).param("by", by).param("until", until).update();
    }

    void event(Submission s, String username, String reason, Map<String, BigDecimal> values) {
        jdbc.sql("""
                        insert into report_submission_event(submission_id, revision, status, username, reason, snapshot)
                        values (:s, :r, :st, :u, :why, cast(:snap as jsonb))""")
                .param("s", s.id()).param("r", s.revision()).param("st", s.status().name())
                .param("u", username).param("why", reason).param("snap", snapshot(values)).update();
    }

    List<ReportQueries.HistoryEntry> history(long id) {
        return jdbc.sql("""
                        select revision, status, at, username, reason, snapshot::text as snapshot
                        from report_submission_event where submission_id = :s order by id""")
                .param("s", id).query(ReportQueries.HistoryEntry.class).list();
    }

    /**
     * The form's period types (prefixed "T:") and the one-off periods its regimes fix in the year ("D:2022-D1025"),
     * in one statement (two before).
     */
    List<String> periodKinds(long formId, int year) {
        return jdbc.sql("""
                        select 'T:' || p.period_type from report_regime_period p join report_regime r on r.id = p.regime_id
                        where r.form_id = :f
                        union
                        select 'D:' || d.period from report_regime_deadline d join report_regime r on r.id = d.regime_id
                        where r.form_id = :f and d.period like :y""").param("f", formId).param("y", year + "-D%")
                .query(String.class).list();
    }

    private static String snapshot(Map<String, BigDecimal> values) {
        return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue().toPlainString())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
