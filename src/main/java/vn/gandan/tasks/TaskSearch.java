package vn.gandan.tasks;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks the caller may see whose title matches a query, diacritics and case ignored, best match first. */
@Service
@Transactional(readOnly = true)
public class TaskSearch {

    private final JdbcClient jdbc;
    private final TaskQueries queries;

    TaskSearch(JdbcClient jdbc, TaskQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** A matching task: its title and plan, for a search result. */
    public record Hit(long id, String title, String planLabel, double rank) {
    }

    public List<Hit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        // the title as stored folded (migration 8410) and the query folded once (a sub-select: with the statement's
        // generic plan a bare gd_fold(:q) ran per row, three times): the same gd_fold on both sides as before
        return jdbc.sql("""
                        select t.id, t.title, t.plan_label, word_similarity((select gd_fold(:q)), t.search_title) as rank
                        from task t
                        where (t.search_title like '%%' || (select gd_fold(:q)) || '%%' or (select gd_fold(:q)) <%% t.search_title)
                          and %s
                        order by rank desc, t.id desc limit :n""".formatted(queries.visibleRow("t")))
                .param("q", query.trim()).param("n", limit).query(Hit.class).list();
    }
}
