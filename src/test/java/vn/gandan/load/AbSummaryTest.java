package vn.gandan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The A/B summary on recorded inputs: Gatling rows of two jars, their CPU readings, runs read back (no timing). */
class AbSummaryTest {

    static final List<LoadSummary.Row> ROWS = List.of(
            row("warm-up: A: home", 400), row("warm-up: B: home", 500), row("warm-up: A: sign in: post", 20),
            row("A: home", 1500), row("A: task list", 900), row("A: API: tasks", 600), row("A: public: exemplars", 600),
            row("B: home", 1800), row("B: task list", 1200), row("B: API: tasks", 700), row("B: public: exemplars", 600),
            row("after: A: home", 40), row("All Requests", 9000));

    /** Readings 60 s apart: A's app 6,000 ticks and PostgreSQL 2,400 in the window; the machine 12,000 busy ticks. */
    static final List<String> CPU_A = List.of("warmupSeconds 60",
            "start 0 1000 500 300 50000 100000 100 10",
            "window-start 60000000000 9000 2500 2300 62000 112000 3100 210",
            "window-end 120000000000 15000 4900 4100 74000 124000 3700 510");

    @Test
    void theJarsJoinInTheirStartOrder() {
        assertThat(AbSummary.jars("B=/x/b.jar,A=/y/a.jar")).containsExactly(
                java.util.Map.entry("B", Path.of("/x/b.jar")), java.util.Map.entry("A", Path.of("/y/a.jar")));
    }

    @Test
    void eachJarKeepsOnlyItsOwnRowsWithTheirPhase() {
        List<LoadSummary.Row> a = AbSummary.rowsOf(ROWS, "A");
        assertThat(a).extracting(LoadSummary.Row::name).containsExactly("warm-up: home", "warm-up: sign in: post", "home",
                "task list", "API: tasks", "public: exemplars", "after: home");
        assertThat(AbSummary.rowsOf(ROWS, "B")).extracting(LoadSummary.Row::name)
                .containsExactly("warm-up: home", "home", "task list", "API: tasks", "public: exemplars");
    }

    @Test
    void aJarsFiguresCountItsMainPagesOfTheWindowAndItsOwnCpu() {
        AbSummary.Figures a = AbSummary.figures("A", AbSummary.rowsOf(ROWS, "A"), CPU_A, new long[] {3000, 120, 300, 400}, 60);
        // home 1500 + task list 900 + public 600 = 3000 main pages in 60 s; API, warm-up and after left out
        assertThat(a.pages()).isEqualTo(3000);
        assertThat(a.pagesPerSecond()).isEqualTo(50.0);
        // app 6,000 ticks = 60,000 ms over 3,000 pages = 20 ms; PostgreSQL 2,400 ticks = 8 ms; 70 % of the busy CPU
        assertThat(a.appMs()).isEqualTo(20.0);
        assertThat(a.pgMs()).isEqualTo(8.0);
        assertThat(a.appShare()).isEqualTo(70.0);
        // of which the JIT threads 600 ticks = 2 ms a page
        assertThat(a.jitMs()).isEqualTo(2.0);
        assertThat(a.appWithoutJitMs()).isEqualTo(18.0);
        assertThat(a.p50()).isEqualTo(120);
        assertThat(a.p95()).isEqualTo(300);
        assertThat(AbSummary.Figures.parse(a.line())).isEqualTo(a);
    }

    @Test
    void theRatiosAreBOverAAndSummedUpPerStartOrder() {
        List<AbSummary.Run> runs = List.of(run("run1", "A", 100, 110, 5.0, 4.5), run("run2", "B", 100, 130, 5.0, 4.0),
                run("run3", "A", 100, 120, 5.0, 4.0));
        List<String> out = AbSummary.combine("target/bench/ab-x", runs);
        assertThat(out).anyMatch(l -> l.startsWith("run2") && l.contains(" 1.300 "));
        // throughput ratios 1.1, 1.3, 1.2: min / median / max, geometric mean (1.1 * 1.3 * 1.2)^(1/3)
        assertThat(out).contains("    main pages/s       1.100 / 1.200 / 1.300   geomean 1.197");
        assertThat(out).contains("  A started first (2):", "  B started first (1):");
        assertThat(out).contains("    app ms / page      0.800 / 0.800 / 0.900   geomean 0.832");
    }

    @Test
    void aRunIsReadBackFromItsFile() {
        AbSummary.Figures a = new AbSummary.Figures("A", 6000, 60, 100, 250, 5.0, 2.0, 0, 40, 1.0);
        AbSummary.Figures b = new AbSummary.Figures("B", 6600, 60, 90, 230, 4.5, 2.0, 0, 40, 1.0);
        AbSummary.Run r = AbSummary.parseRun("run1", List.of("header", "order B,A", a.line(), b.line(), "######## A"));
        assertThat(r).isEqualTo(new AbSummary.Run("run1", "B", a, b));
        assertThat(AbSummary.throughput(r)).isEqualTo(1.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(AbSummary.parseRun("run2", List.of("no figures"))).isNull();
        // a line written before the JIT split was read: the whole app counts
        AbSummary.Figures old = AbSummary.Figures.parse(a.line().replace(" jit=1.0000", ""));
        assertThat(old.appWithoutJitMs()).isEqualTo(5.0);
    }

    @Test
    void theNearestRankPercentile() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertThat(LoadLatencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LoadLatencies.percentile(sorted, 95)).isEqualTo(100);
        assertThat(LoadLatencies.percentile(new long[0], 95)).isZero();
        LoadLatencies l = new LoadLatencies();
        for (long v = 100; v >= 1; v--) {
            l.add(v);
        }
        assertThat(LoadLatencies.percentile(l.sorted(), 95)).isEqualTo(95);
        assertThat(LoadLatencies.read(List.of("count 100 p50 50 p95 95 p99 99"))).containsExactly(100, 50, 95, 99);
    }

    private static AbSummary.Run run(String name, String first, double pagesA, double pagesB, double appA, double appB) {
        return new AbSummary.Run(name, first, new AbSummary.Figures("A", (long) (pagesA * 60), 60, 100, 200, appA, 2.0, 0, 40, 1.0),
                new AbSummary.Figures("B", (long) (pagesB * 60), 60, 100, 200, appB, 2.0, 0, 40, 1.0));
    }

    private static LoadSummary.Row row(String name, long total) {
        return new LoadSummary.Row(name, total, 0, 0, 10, 20, 30, 40);
    }
}
