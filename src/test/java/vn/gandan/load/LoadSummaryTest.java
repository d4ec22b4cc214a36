package vn.gandan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load summary on recorded inputs: /proc lines, Gatling rows, the CPU readings file (no timing involved). */
class LoadSummaryTest {

    /** A backend whose command holds spaces and a parenthesis: utime 1500, stime 300, cutime 20, cstime 10. */
    static final String STAT = "4242 (postgres: gandan (x)) S 4200 4200 4200 0 -1 4194560 123 0 0 0 1500 300 20 10 20 0 1 0 100";

    @Test
    void procStatFieldsAreCountedAfterTheCommand() {
        assertThat(ProcCpu.ticks(STAT, false)).isEqualTo(1800);
        assertThat(ProcCpu.ticks(STAT, true)).isEqualTo(1830);
        assertThat(ProcCpu.parent(STAT)).isEqualTo(4200);
    }

    @Test
    void jvmThreadsAreToldApartByName() {
        assertThat(ProcCpu.kind("17 (C2 CompilerThre) S 1 1 1 0 -1 0 0 0 0 0 5 1 0 0")).isEqualTo("jit");
        assertThat(ProcCpu.kind("18 (C1 CompilerThre) S 1 1 1 0 -1 0 0 0 0 0 5 1 0 0")).isEqualTo("jit");
        assertThat(ProcCpu.kind("19 (GC Thread#1) S 1 1 1 0 -1 0 0 0 0 0 5 1 0 0")).isEqualTo("gc");
        assertThat(ProcCpu.kind("20 (G1 Conc#0) S 1 1 1 0 -1 0 0 0 0 0 5 1 0 0")).isEqualTo("gc");
        assertThat(ProcCpu.kind("21 (VM Thread) S 1 1 1 0 -1 0 0 0 0 0 5 1 0 0")).isEqualTo("gc");
        assertThat(ProcCpu.kind("22 (http-nio-1840) S 1 1 1 0 -1 0 0 0 0 0 5 1 0 0")).isEmpty();
    }

    @Test
    void machineBusyLeavesOutIdleAndIowait() {
        long[] m = ProcCpu.machine("cpu  3164424 3064548 1274759 1282722 7914 0 39086 0 0 0");
        assertThat(m[1]).isEqualTo(3164424L + 3064548 + 1274759 + 1282722 + 7914 + 39086);
        assertThat(m[0]).isEqualTo(m[1] - 1282722 - 7914);
        assertThat(ProcCpu.machine("intr 1 2 3")).containsExactly(-1, -1);
    }

    @Test
    void requestsArePlacedInThePhaseTheyAreIssuedIn() {
        LoadPhases phases = new LoadPhases(60, 30);
        assertThat(phases.prefixAt(59_999_999_999L)).isEqualTo(LoadPhases.WARM_UP);
        assertThat(phases.prefixAt(60_000_000_000L)).isEmpty();
        assertThat(phases.prefixAt(90_000_000_000L)).isEqualTo(LoadPhases.AFTER);
        assertThat(new LoadPhases(0, 30).prefixAt(0)).isEmpty();
    }

    static final List<LoadSummary.Row> ROWS = List.of(
            row("warm-up: sign in: post", 50), row("warm-up: home", 400), row("warm-up: API: tasks", 100),
            row("home", 1500), row("task list", 900), row("task list Redirect 1", 900), row("API: tasks", 600),
            row("public: exemplars", 600), row("after: home", 40), row("All Requests", 5090));

    /** Readings 60 s apart, ticks of 10 ms; the window: app 6,000 ticks, PostgreSQL 2,400, Gatling 1,800, 12,000 busy. */
    static final List<String> CPU = List.of("# reading nanos app postgres tool machineBusy machineTotal",
            "warmupSeconds 60", "pids app=1 postgres=/x tool=2",
            "start 0 1000 500 300 50000 100000 100 10",
            "window-start 60000000000 9000 2500 2300 62000 112000 3100 210",
            "window-end 120000000000 15000 4900 4100 74000 124000 3700 510",
            "end 125000000000 15500 5000 4200 75000 125000");

    @Test
    void theWindowCountsOnlyItsOwnRequestsOverItsOwnLength() {
        List<String> out = LoadSummary.summary(ROWS, CPU, 60);
        assertThat(out.get(0)).startsWith("== STEADY STATE").contains("60 s after 60 s of warm-up");
        // home 1500 + task list 900 + public 600 = 3000 main pages in 60 s; the redirect, API and after-rows left out
        assertThat(out).contains("main pages per second (pages and public pages; no API, sign-in or redirect): 50.0 (3000 pages)");
        assertThat(out).anyMatch(l -> l.startsWith("requests: 4500 in 60.0 s, 0 failed, 75.0 requests/s"));
        assertThat(out).anyMatch(l -> l.startsWith("home ") && l.endsWith("25.00"));
    }

    @Test
    void cpuPerMainPageOfEachProcessInTheWindow() {
        List<String> out = LoadSummary.summary(ROWS, CPU, 60);
        // app 6,000 ticks = 60,000 ms over 3,000 pages = 20 ms; 50 % of the 12,000 busy ticks
        assertThat(out).anyMatch(l -> l.matches("\\s+app JVM\\s+20\\.00\\s+13\\.33\\s+50\\.0 %"));
        // of which the JIT 600 ticks (2 ms a page) and the collector 300 (1 ms); not counted twice in "other"
        assertThat(out).anyMatch(l -> l.matches("\\s+of which JIT compiler threads\\s+2\\.00\\s+.*5\\.0 %"));
        assertThat(out).anyMatch(l -> l.matches("\\s+of which GC threads, VM thread\\s+1\\.00\\s+.*2\\.5 %"));
        assertThat(out).anyMatch(l -> l.matches("\\s+PostgreSQL \\(postmaster, backends\\)\\s+8\\.00\\s+.*20\\.0 %"));
        assertThat(out).anyMatch(l -> l.matches("\\s+load tool JVM \\(Gatling\\)\\s+6\\.00\\s+.*15\\.0 %"));
        assertThat(out).anyMatch(l -> l.matches("\\s+other processes on the machine\\s+6\\.00\\s+.*15\\.0 %"));
        assertThat(out).anyMatch(l -> l.contains("machine busy 100.0 % of its cores' time"));
    }

    @Test
    void theColdFigureIsTheWarmUpWithItsOwnCpu() {
        List<String> out = LoadSummary.summary(ROWS, CPU, 60);
        int cold = out.indexOf(out.stream().filter(l -> l.startsWith("== COLD")).findFirst().orElseThrow());
        List<String> tail = out.subList(cold, out.size());
        assertThat(tail).contains("main pages per second (pages and public pages; no API, sign-in or redirect): 6.7 (400 pages)");
        // app 8,000 ticks over 400 pages = 200 ms a page: the sign-ins' password hashes and the JIT
        assertThat(tail).anyMatch(l -> l.matches("\\s+app JVM\\s+200\\.00\\s+.*"));
    }

    @Test
    void withoutWarmUpOrReadingsTheWindowIsTheColdFigure() {
        List<String> out = LoadSummary.summary(ROWS.subList(3, ROWS.size()), List.of(), 60);
        assertThat(out.get(0)).startsWith("== COLD: the measured window starts");
        assertThat(out).contains("CPU per process: no readings for this phase");
        assertThat(out).noneMatch(l -> l.startsWith("== STEADY"));
    }

    @Test
    void aProcessThatCouldNotBeReadIsNotApplicable() {
        ProcCpu from = new ProcCpu(0, 100, -1, 10, 1000, 2000, -1, -1);
        ProcCpu to = new ProcCpu(1, 200, -1, 20, 1500, 3000, -1, -1);
        List<String> out = LoadFigures.cpu(from, to, 10, 20);
        assertThat(out).anyMatch(l -> l.matches("\\s+PostgreSQL .*n/a"));
        assertThat(out).anyMatch(l -> l.matches("\\s+other processes on the machine\\s+n/a"));
        assertThat(out).anyMatch(l -> l.matches("\\s+app JVM\\s+100\\.00\\s+50\\.00\\s+20\\.0 %"));
    }

    private static LoadSummary.Row row(String name, long total) {
        return new LoadSummary.Row(name, total, 0, 0, 10, 20, 30, 40);
    }
}
