package vn.gandan.web;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code -Dbench.pg.statements=true} (the test server then preloads pg_stat_statements): the statements of
 * the measured runs ranked by plan + execution time, per page, with transactions per page from
 * {@code pg_stat_database}. Off (empty text) without the property.
 */
final class StatementStats {

    private final JdbcClient jdbc;
    private final boolean on;
    private long commits;

    StatementStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.on = Boolean.getBoolean("bench.pg.statements");
    }

    void reset() {
        if (!on) {
            return;
        }
        jdbc.sql("create extension if not exists pg_stat_statements").update();
        jdbc.sql("select pg_stat_statements_reset()").query().singleValue();
        commits = xacts();
    }

    String report(int pages, int top) {
        if (!on) {
            return "";
        }
        double xacts = (xacts() - commits) / (double) pages;
        List<Row> rows = jdbc.sql("""
                select calls, total_plan_time, total_exec_time, plans, rows, query from pg_stat_statements
                where query not like '%pg_stat_statements%' order by total_plan_time + total_exec_time desc""")
                .query(Row.class).list();
        double calls = rows.stream().mapToLong(Row::calls).sum() / (double) pages;
        double plan = rows.stream().mapToDouble(Row::totalPlanTime).sum() / pages;
        double exec = rows.stream().mapToDouble(Row::totalExecTime).sum() / pages;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "pg_stat_statements over %d pages: %.1f statements/page, plan %.3f ms/page, exec %.3f ms/page,"
                        + " %.1f transactions/page (pg_stat_database, whole server)%n"
                        + "calls/page  plan ms/page  exec ms/page  plans/calls  statement%n",
                pages, calls, plan, exec, xacts));
        rows.stream().limit(top).forEach(r -> out.append(String.format(Locale.ROOT, "%9.2f  %12.4f  %12.4f  %11.2f  %s%n",
                r.calls() / (double) pages, r.totalPlanTime() / pages, r.totalExecTime() / pages,
                r.plans() / (double) Math.max(1, r.calls()), oneLine(r.query()))));
        return out.toString();
    }

    private long xacts() {
        return jdbc.sql("select sum(xact_commit + xact_rollback) from pg_stat_database").query(Long.class).single();
    }

    private static String oneLine(String q) {
        String s = q.replaceAll("\\s+", " ").strip();
        return s.length() > 220 ? s.substring(0, 220) + "…" : s;
    }

    record Row(long calls, double totalPlanTime, double totalExecTime, long plans, long rows, String query) {
    }
}
