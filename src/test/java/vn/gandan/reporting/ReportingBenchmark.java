package vn.gandan.reporting;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code ./mvnw -Pbench verify -Dbench.units=60000}: a national tree, a 40-indicator form, 4 periods with 95% of
 * schools reported; consolidated reads through the service (roll-up) against the same reads computed naively
 * at read time (recursive aggregation over raw values), and submissions with consolidation, 1 and 8 clients.
 * Writes target/bench/reporting.txt.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingBenchmark {

    private static final int READS = 200;
    private static final String[] PERIODS = {"2030-Q1", "2030-Q2", "2030-Q3", "2030-Q4"};

    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void consolidatedReadsAndSubmissionsOnANationalTree() throws Exception {
        admin();
        int units = Integer.getInteger("bench.units", 60_000);
        int provinces = 34;
        int communes = Math.max(1, (int) Math.round(units * 3_321.0 / 60_000));
        int schools = units - 1 - provinces - communes;
        StringBuilder out = new StringBuilder("units: " + units + "\nschools: " + schools + "\n");
        long t0 = System.nanoTime();
        generateTree(provinces, communes, schools);
        long formId = generateForm();
        for (String p : PERIODS) {
            generateSubmissions(formId, p);
        }
        jdbc.sql("analyze").update();
        out.append(String.format(Locale.ROOT, "generate-seconds: %.1f%n", (System.nanoTime() - t0) / 1e9));

        String generated = out.toString();
        // the national data is built once; with -Dbench.repeats=N (.ci/measure.sh bench) the measurements run N
        // times on it, each on units that have not reported yet, into target/bench/runs/<n>/reporting.txt
        int repeats = Integer.getInteger("bench.repeats", 1);
        for (int run = 1; run <= repeats; run++) {
            String text = generated + measure(formId, provinces);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/reporting.txt"), text);
            if (repeats > 1) {
                Files.createDirectories(Path.of("target/bench/runs/" + run));
                Files.writeString(Path.of("target/bench/runs/" + run + "/reporting.txt"), text);
            }
            System.out.print(text);
        }
    }

    /** The reads (national, province, commune, naive) and 1,000 submissions of units that had not reported. */
    private String measure(long formId, int provinces) throws Exception {
        StringBuilder out = new StringBuilder();
        long root = id("N-0");
        long province = id("N-1");
        long commune = id("N-" + (provinces + 1));
        double national = p95(out, "national-read", () -> reports.consolidated(root, "BENCH40", PERIODS[3]).values().size());
        p95(out, "province-read", () -> reports.consolidated(province, "BENCH40", PERIODS[3]).values().size());
        p95(out, "commune-read", () -> reports.consolidated(commune, "BENCH40", PERIODS[3]).values().size());
        double naive = p95(out, "naive-national-read", () -> naive(root, formId, PERIODS[3]), 20);
        p95(out, "naive-province-read", () -> naive(province, formId, PERIODS[3]), 50);
        out.append(String.format(Locale.ROOT, "rollup-speedup: %.1f%n", naive / national));

        List<Long> pending = jdbc.sql("""
                select u.id from org_unit u where u.code like 'N-%' and u.kind = 'TRUONG'
                and not exists (select 1 from report_submission s where s.unit_id = u.id and s.period = :p) order by u.id""")
                .param("p", PERIODS[3]).query(Long.class).list();
        AtomicInteger next = new AtomicInteger();
        Map<String, BigDecimal> values = values();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < Math.min(pending.size(), 1000); i++) {
            drafts.add(reports.createDraft(pending.get(i), "BENCH40", PERIODS[3], values, Map.of()).id());
        }
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < 200 && i < drafts.size(); i++) {
            long t = System.nanoTime();
            reports.submit(drafts.get(next.getAndIncrement()));
            single.add((System.nanoTime() - t) / 1e6);
        }
        line(out, "submit", single);
        int remaining = drafts.size() - next.get();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            done.add(pool.submit(() -> {
                admin();
                int i;
                while ((i = next.getAndIncrement()) < drafts.size()) {
                    reports.submit(drafts.get(i));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.append(String.format(Locale.ROOT, "submit-throughput-per-s: %.0f%n", remaining / seconds));
        return out.toString();
    }

    private static void admin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    private int naive(long unit, long formId, String period) {
        return jdbc.sql("""
                        select v.code, sum(v.value) from report_value v join report_submission s on s.id = v.submission_id
                        where s.form_id = :f and s.period = :p and s.status in ('SUBMITTED', 'ACCEPTED') and not s.consolidated
                          and s.unit_id <> :u and s.unit_id in (select unit_id from org_subtree(:u, :d))
                        group by v.code""")
                .param("f", formId).param("p", period).param("u", unit).param("d", ReportPeriod.parse(period).referenceDate())
                .query((rs, i) -> rs.getString(1)).list().size();
    }

    private static Map<String, BigDecimal> values() {
        Map<String, BigDecimal> v = new java.util.HashMap<>();
        for (int i = 1; i <= 40; i++) {
            v.put("I" + i, BigDecimal.valueOf(i));
        }
        return v;
    }

    private void generateTree(int provinces, int communes, int schools) {
        jdbc.sql("""
                insert into org_unit(code, name, kind, valid_from, search_text)
                select 'N-' || g, 'Đơn vị ' || g, case when g = 0 then 'BO' when g <= :p then 'SO_GDDT'
                       when g <= :p + :c then 'UBND_XA' else 'TRUONG' end, date '2000-01-01', 'don vi ' || g
                from generate_series(0, :n - 1) g""")
                .param("p", provinces).param("c", communes).param("n", provinces + communes + schools + 1).update();
        jdbc.sql("""
                insert into org_unit_link(unit_id, parent_id, valid_from)
                select u.id, p.id, date '2000-01-01'
                from org_unit u
                cross join lateral (select substring(u.code from 3)::int as g) s
                join org_unit p on p.code = 'N-' || (case when s.g <= :p then 0 when s.g <= :p + :c then 1 + (s.g - :p - 1) % :p
                                                      else :p + 1 + (s.g - :p - :c - 1) % :c end)
                where u.code like 'N-%' and u.code <> 'N-0'""").param("p", provinces).param("c", communes).update();
        jdbc.sql("analyze org_unit; analyze org_unit_link").update();
        jdbc.sql("""
                create table bench_ancestor as
                with recursive a(school, ancestor) as (
                  select l.unit_id, l.parent_id from org_unit_link l join org_unit u on u.id = l.unit_id
                  where u.kind = 'TRUONG' and u.code like 'N-%'
                  union all select a.school, l.parent_id from a join org_unit_link l on l.unit_id = a.ancestor)
                select * from a""").update();
        jdbc.sql("create index on bench_ancestor(school); analyze bench_ancestor").update();
    }

    private long generateForm() {
        long form = jdbc.sql("insert into report_form(code, name) values ('BENCH40', 'Biểu 40 chỉ tiêu') returning id")
                .query(Long.class).single();
        jdbc.sql("""
                insert into report_indicator(form_id, code, name, aggregation, position)
                select :f, 'I' || g, 'Chỉ tiêu ' || g, 'SUM', g from generate_series(1, 40) g""").param("f", form).update();
        return form;
    }

    /** 95% of schools submitted, with their roll-ups built in bulk the way the deltas would have built them. */
    private void generateSubmissions(long formId, String period) {
        jdbc.sql("""
                insert into report_submission(unit_id, form_id, period, status, due_date, lock_date, submitted_at, on_time, revision)
                select u.id, :f, :p, 'SUBMITTED', date '2030-12-31', date '2031-01-31', now(), true, 1
                from org_unit u where u.code like 'N-%' and u.kind = 'TRUONG' and u.id % 20 <> 0""")
                .param("f", formId).param("p", period).update();
        jdbc.sql("""
                insert into report_value(submission_id, code, value)
                select s.id, 'I' || g, (s.id % 7) + g from report_submission s cross join generate_series(1, 40) g
                where s.form_id = :f and s.period = :p""").param("f", formId).param("p", period).update();
        jdbc.sql("analyze report_submission; analyze report_value").update();
        jdbc.sql("""
                insert into report_rollup(unit_id, form_id, period, code, total, reports, yes_count)
                select a.ancestor, :f, :p, v.code, sum(v.value), count(*), count(*) filter (where v.value > 0)
                from bench_ancestor a join report_submission s on s.unit_id = a.school and s.form_id = :f and s.period = :p
                join report_value v on v.submission_id = s.id
                group by a.ancestor, v.code""").param("f", formId).param("p", period).update();
    }

    private long id(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private static double p95(StringBuilder out, String name, Supplier<Integer> read) {
        return p95(out, name, read, READS);
    }

    private static double p95(StringBuilder out, String name, Supplier<Integer> read, int runs) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            read.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return line(out, name, ms);
    }

    private static double line(StringBuilder out, String name, List<Double> ms) {
        Collections.sort(ms);
        double p50 = ms.get(ms.size() / 2);
        double p95 = ms.get((int) Math.ceil(ms.size() * 0.95) - 1);
        out.append(String.format(Locale.ROOT, "%s-p50-ms: %.2f%n%s-p95-ms: %.2f%n", name, p50, name, p95));
        return p95;
    }
}
