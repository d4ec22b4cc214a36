package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Answers;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.access.AccessService;

/** Report search puts the caller's scope into its SQL: no per-hit visibility check, no rows outside the scope read. */
class ReportSearchScopeTest {

    @Test
    @SuppressWarnings("unchecked")
    void reportSearchPushesTheCallersScopeIntoSqlInsteadOfOneCanSeePerHit() {
        JdbcClient jdbc = mock(JdbcClient.class);
        JdbcClient.StatementSpec spec = mock(JdbcClient.StatementSpec.class, Answers.RETURNS_SELF);
        JdbcClient.MappedQuerySpec<ReportSearch.Hit> mapped = mock(JdbcClient.MappedQuerySpec.class);
        AccessService access = mock(AccessService.class);
        when(access.scopeSql("s.unit_id")).thenReturn("s.unit_id in (select 42)");
        when(jdbc.sql(anyString())).thenReturn(spec);
        when(spec.query(ReportSearch.Hit.class)).thenReturn(mapped);
        // rows as the SQL returns them: best rank first, already limited (session 13: order and limit in SQL)
        when(mapped.list()).thenReturn(List.of(new ReportSearch.Hit(2, 42, "DVCQ", "2026-H1", "…", 0.9),
                new ReportSearch.Hit(1, 42, "DVCQ", "2026-Y", "…", 0.5)));

        List<ReportSearch.Hit> hits = new ReportSearch(jdbc, access).search("dân vận", 10);

        ArgumentCaptor<String> sql = ArgumentCaptor.forClass(String.class);
        verify(jdbc).sql(sql.capture());
        assertThat(sql.getValue()).contains("s.unit_id in (select 42)").contains("order by rank desc, submission_id limit :n");
        verify(spec).param("n", 10);
        verify(access, never()).canSee(anyLong());
        assertThat(hits).extracting(ReportSearch.Hit::submissionId).containsExactly(2L, 1L);
    }
}
