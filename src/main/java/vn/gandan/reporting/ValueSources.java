package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The provenance of a draft's figures: what the records said and where from, and every person's override of a
 * computed figure with the reason (a computed figure cannot be changed silently).
 */
@Component
class ValueSources {

    private final JdbcClient jdbc;

    ValueSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A figure's origin as the draft page and the API show it. */
    public record ValueSource(String code, BigDecimal computed, String source, String overrideReason,
                              String overriddenBy, OffsetDateTime overriddenAt) {
    }

    void record(long submissionId, Indicators.Prefill prefill) {
        prefill.values().forEach((code, v) -> jdbc.sql("""
                        insert into report_value_source(submission_id, code, computed, source) values (:s, :c, :v, :src)
                        on conflict (submission_id, code) do update set computed = excluded.computed, source = excluded.source,
                          override_reason = null, overridden_by = null, overridden_at = null""")
                .param("s", submissionId).param("c", code).param("v", v)
                .param("src", cut(prefill.sources().getOrDefault(code, ""))).update());
    }

    Map<String, ValueSource> of(long submissionId) {
        Map<String, ValueSource> m = new LinkedHashMap<>();
        jdbc.sql("""
                        select code, computed, source, override_reason, overridden_by, overridden_at
                        from report_value_source where submission_id = :s order by code""")
                .param("s", submissionId)
                .query(rs -> {
                    m.put(rs.getString(1), new ValueSource(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
                });
        return m;
    }

    /**
     * Checks that every computed figure the new values change carries a reason (given now or kept from before) and
     * records the new reasons; 422 naming each figure changed without one.
     */
    void applyOverrides(long submissionId, Map<String, BigDecimal> values, Map<String, String> reasons, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        of(submissionId).forEach((code, src) -> {
            BigDecimal v = values.get(code);
            boolean changed = v == null || v.compareTo(src.computed()) != 0;
            String reason = reasons.get(code);
            if (!changed) {
                clear(submissionId, code);
            } else if (reason != null && reason.strip().length() > 2000) {
                problems.add(FieldProblem.of("reasons." + code, "reporting.value.reasonTooLong"));
            } else if (reason != null && !reason.isBlank()) {
                override(submissionId, code, Texts.clean(reason), username);
            } else if (src.overrideReason() == null) {
                problems.add(FieldProblem.of("values." + code, "reporting.value.overrideReason", src.computed().toPlainString()));
            }
        });
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
    }

    private static String cut(String source) {
        return source.length() <= 1000 ? source : source.substring(0, 999) + "…";
    }

    private void override(long submissionId, String code, String reason, String username) {
        jdbc.sql("""
                        update report_value_source set override_reason = :r, overridden_by = :u, overridden_at = now()
                        where submission_id = :s and code = :c""")
                .param("r", reason).param("u", username).param("s", submissionId).param("c", code).update();
    }

    private void clear(long submissionId, String code) {
        jdbc.sql("""
                        update report_value_source set override_reason = null, overridden_by = null, overridden_at = null
                        where submission_id = :s and code = :c and override_reason is not null""")
                .param("s", submissionId).param("c", code).update();
    }
}
