package vn.gandan.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;

/** Reports of units the caller may see whose texts match a query (full text, diacritics ignored), best first. */
@Service
@Transactional(readOnly = true)
public class ReportSearch {

    private static final int SNIPPET = 200;

    private final JdbcClient jdbc;
    private final AccessService access;

    ReportSearch(JdbcClient jdbc, AccessService access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** A report whose text matches: which unit, form and period, and the start of the best matching section. */
    public record Hit(long submissionId, long unitId, String formCode, String period, String snippet, double rank) {
    }

    public List<Hit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        // the best section of each report, then the best reports: the limit in SQL (every match in scope was read).
        // Each section's vector is stored (migration 8412: it was parsed twice per section and search).
        // The scope as a set here, not tested per row: with the row test the planner merge-joined all 168,827
        // submissions to 8 matching texts (200 ms for a school; docs/performance.md, session 13)
        return jdbc.sql("""
                        select * from (
                        select distinct on (s.id) s.id as submission_id, s.unit_id, f.code as form_code, s.period, left(t.body, :len) as snippet,
                               ts_rank(t.search_tsv, q) as rank
                        from report_text t join report_submission s on s.id = t.submission_id
                        join report_form f on f.id = s.form_id, plainto_tsquery('simple', gd_fold(:q)) q
                        where t.search_tsv @@ q and %s
                        order by s.id, rank desc) best
                        order by rank desc, submission_id limit :n""".formatted(access.scopeSql("s.unit_id")))
                .param("q", query.trim()).param("len", SNIPPET).param("n", limit).query(Hit.class).list();
    }
}
