package vn.gandan.plans;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the caller may see whose title or content matches a query: PostgreSQL full text over the whole plan plus
 * trigram similarity of the title, diacritics and case ignored, best match first. Cancelled plans are left out.
 */
@Service
@Transactional(readOnly = true)
public class PlanSearch {

    private static final String DOC = "to_tsvector('simple', gd_fold(p.title || ' ' || p.content::text))";

    private final JdbcClient jdbc;
    private final PlanQueries plans;

    PlanSearch(JdbcClient jdbc, PlanQueries plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    public List<PlanQueries.PlanSummary> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                        select p.id from plan p, plainto_tsquery('simple', gd_fold(:q)) q
                        where p.status <> 'CANCELLED' and (%s @@ q or gd_fold(p.title) %% gd_fold(:q))
                        order by ts_rank(%s, q) + similarity(gd_fold(p.title), gd_fold(:q)) desc, p.id desc
                        limit :n""".formatted(DOC, DOC))
                .param("q", query.trim()).param("n", limit * 5).query(Long.class).list();
        return plans.summaries(ids).stream().limit(limit).toList();
    }
}
