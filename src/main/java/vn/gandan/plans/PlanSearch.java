package vn.gandan.plans;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the caller may see whose title or content matches a query: PostgreSQL full text over the whole plan plus
 * trigram similarity of the title, diacritics and case ignored, best match first. Cancelled plans are left out; only
 * the caller's visible plans are ranked (in SQL).
 */
@Service
@Transactional(readOnly = true)
public class PlanSearch {

    /**
     * The stored vector of the title and the whole content (migration 4302; it was parsed again on every search); the
     * title's trigrams are matched on the stored folded title ({@code search_title}, migration 8411: gd_fold per row
     * was a nested statement per call), the query folded once.
     */
    private static final String DOC = "p.search_tsv";

    private final JdbcClient jdbc;
    private final PlanQueries plans;
    private final PlanAccess access;

    PlanSearch(JdbcClient jdbc, PlanQueries plans, PlanAccess access) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.access = access;
    }

    public List<PlanQueries.PlanSummary> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                        select p.id from plan p, plainto_tsquery('simple', gd_fold(:q)) q
                        where p.status <> 'CANCELLED' and (%s @@ q or p.search_title %% (select gd_fold(:q))) and %s
                        order by ts_rank(%s, q) + similarity(p.search_title, (select gd_fold(:q))) desc, p.id desc
                        limit :n""".formatted(DOC, access.visibilityRowSql(), DOC))
                .param("q", query.trim()).param("n", limit).query(Long.class).list();
        return plans.summaries(ids).stream().limit(limit).toList();
    }
}
