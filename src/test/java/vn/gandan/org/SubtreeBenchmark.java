package vn.gandan.org;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Subtree queries on a national tree (1 ministry, 34 Sở, ~3,300 communes, ~56,000 schools). Runs only with
 * {@code ./mvnw -Pbench verify}; prints medians and writes target/bench/org.txt.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SubtreeBenchmark {

    private static final int RUNS = 51;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitService tree;

    @Test
    void subtreeQueriesOnANationalTree() throws IOException {
        int units = Integer.getInteger("bench.units", 60_000);
        int provinces = 34;
        int communes = Math.max(1, (int) Math.round(units * 3_321.0 / 60_000));
        int schools = units - 1 - provinces - communes;
        jdbc.sql("""
                insert into org_unit(code, name, kind, valid_from, search_text)
                select 'B-' || g, 'Đơn vị thử ' || g, case when g = 0 then 'BO' when g <= :p then 'SO_GDDT'
                       when g <= :p + :c then 'UBND_XA' else 'TRUONG' end, date '2000-01-01', 'don vi thu ' || g
                from generate_series(0, :n - 1) g""")
                .param("p", provinces).param("c", communes).param("n", provinces + communes + schools + 1).update();
        jdbc.sql("""
                insert into org_unit_link(unit_id, parent_id, valid_from)
                select u.id, p.id, date '2000-01-01' from org_unit u
                join lateral (select case when g <= :p then 0 when g <= :p + :c then 1 + (g - :p - 1) % :p
                                          else :p + 1 + (g - :p - :c - 1) % :c end as parent_no
                              from (select substring(u.code from 3)::int as g) s) x on true
                join org_unit p on p.code = 'B-' || x.parent_no
                where u.code like 'B-%' and u.code <> 'B-0'""")
                .param("p", provinces).param("c", communes).update();
        // what autovacuum does on a live database; it also lets the walk answer from the index alone
        jdbc.sql("vacuum analyze org_unit").update();
        jdbc.sql("vacuum analyze org_unit_link").update();
        LocalDate day = LocalDate.now();
        long root = id("B-0");
        long province = id("B-1");
        long commune = id("B-" + (provinces + 1));
        StringBuilder out = new StringBuilder("units: " + (provinces + communes + schools + 1) + "\n");
        out.append(line("subtree-national", () -> tree.subtreeIds(root, day).size()));
        out.append(line("subtree-province", () -> tree.subtreeIds(province, day).size()));
        out.append(line("subtree-commune", () -> tree.subtreeIds(commune, day).size()));
        out.append(line("subtree-national-count-in-sql", () -> count(root, day)));
        out.append(line("subtree-province-count-in-sql", () -> count(province, day)));
        long school = id("B-" + (provinces + communes + 5)); // looked up once, not inside the timed call
        // session 12: runs 2-3 of .ci/measure.sh read 27.7 / 30.4 ms here, run 1 0.20 ms: the closure's statistics were
        // those of the demo tree until autovacuum analyzed the 179,000 rows the triggers wrote (docs/performance.md)
        out.append(plan("ancestors-school-plan-stale-statistics", school, day));
        out.append(line("ancestors-school-stale-statistics", () -> tree.ancestorIds(school, day).size()));
        jdbc.sql("analyze org_unit_closure").update(); // as for org_unit and org_unit_link above
        out.append(plan("ancestors-school-plan", school, day));
        out.append(line("ancestors-school", () -> tree.ancestorIds(school, day).size()));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/org.txt"), out);
        System.out.print(out);
    }

    /** The CTE alone, without shipping the ids to Java (what a scoped SQL query of another module pays). */
    private int count(long rootId, LocalDate day) {
        return jdbc.sql("select count(*) from org_subtree(:r, :d)").param("r", rootId).param("d", day)
                .query(Integer.class).single();
    }

    /** The plan PostgreSQL chose for the ancestors read (its first node and the scans), on one line. */
    private String plan(String name, long unit, LocalDate day) {
        List<String> lines = jdbc.sql("""
                        explain analyze select unit_id, ancestor_id from org_unit_closure
                        where unit_id = any(cast(:ids as bigint[])) and valid_from <= :d and (valid_to is null or valid_to >= :d)
                        order by unit_id, depth""").param("ids", "{" + unit + "}").param("d", day)
                .query(String.class).list();
        return name + ": " + String.join(" | ", lines.stream().map(String::strip)
                .filter(l -> !l.startsWith("Sort Method") && !l.startsWith("Planning")).toList()) + "\n";
    }

    private long id(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private static String line(String name, Supplier<Integer> query) {
        List<Double> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            size = query.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return String.format(java.util.Locale.ROOT, "%s-size: %d%n%s-median-ms: %.2f%n%s-min-ms: %.2f%n%s-max-ms: %.2f%n",
                name, size, name, ms.get(RUNS / 2), name, ms.get(0), name, ms.get(RUNS - 1));
    }
}
