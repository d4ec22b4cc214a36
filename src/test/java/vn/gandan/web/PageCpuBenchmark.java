package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5: the CPU one main page costs, app and PostgreSQL, on the demo data — a ratio that stays
 * meaningful on a shared machine, unlike pages per second. {@code ./mvnw -o -Pbench verify -Dtest=PageCpuBenchmark}
 * ({@code -Dbench.rounds=20}, {@code -Dbench.jfr=target/bench/pages.jfr} records an execution profile of the
 * measured runs, {@code -Dbench.jfr.period=2ms} samples it more often than the {@code profile} settings' 10 ms). One user at a time walks the main pages as a Phòng specialist, as a school head and anonymously
 * (public pages); 3 runs after a warm-up; {@code target/bench/page-cpu.txt} gives per run and min / median / max:
 * CPU ms per page of the request threads, of the whole JVM (the client included) and of PostgreSQL's processes.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageCpuBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void cpuPerMainPage() throws Exception {
        System.setProperty("bench.pgdata", jdbc.sql("show data_directory").query(String.class).single());
        List<String> staff = staffPages();
        List<String> open = MainPages.PUBLIC;
        boolean some = !System.getProperty("bench.pages", "").isBlank();
        PageClient phong = PageClient.signIn(port, "phong.phugiao");
        PageClient school = PageClient.signIn(port, "th.phuocsang");
        PageClient bare = PageClient.bare(port);
        List<String> chosen = List.of(System.getProperty("bench.pages", "").split(","));
        List<Walker> walkers = new ArrayList<>(List.of(new Walker(p -> MainPages.followed(phong, p), staff),
                new Walker(p -> MainPages.followed(school, p), staff),
                new Walker(bare::get, some ? open.stream().filter(p -> chosen.contains(p.substring(p.lastIndexOf('/') + 1))).toList() : open)));
        // -Dbench.pages=api (or no filter): the load test's three API answers, by bearer token, as the Sở's leader
        if (!some || chosen.contains("api")) {
            MainPages main = MainPages.of(jdbc, clock);
            ApiClient api = new ApiClient(port).as(MainPages.API_USER);
            List<String> calls = new ArrayList<>(List.of(main.consolidated()));
            calls.addAll(main.otherApi());
            walkers.add(new Walker(api::get, calls));
        }
        int rounds = Integer.getInteger("bench.rounds", 20);
        jdbc.sql("vacuum analyze").update(); // the demo data just loaded: autovacuum would run during the runs
        walk(walkers, Math.max(2, rounds / 2)); // warm-up
        PAGES.clear();
        CpuMeter.Sample idle = idleBackground();
        Recording jfr = startJfr();
        StatementStats stats = new StatementStats(jdbc);
        stats.reset();
        List<CpuMeter.Sample> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            CpuMeter meter = CpuMeter.start();
            int pages = walk(walkers, rounds);
            runs.add(meter.stop(pages));
        }
        stopJfr(jfr);
        write(staff, open, runs, idle);
        Files.writeString(Path.of("target/bench/page-cpu-per-page.txt"), PAGES.report());
        System.out.print(PAGES.report());
        writeStatements(stats.report(runs.stream().mapToInt(CpuMeter.Sample::pages).sum(), 60));
    }

    private List<String> staffPages() {
        List<String> all = MainPages.of(jdbc, clock).staff();
        // -Dbench.pages=plans,plan: only these kinds (a profile of one page or two): "plans" the list, "plan" the page,
        // another staff page by its path ("/reports"), a public page by its last segment ("disclosures"), "api" the API answers
        String only = System.getProperty("bench.pages", "");
        if (only.isBlank()) return all;
        List<String> kinds = List.of(only.split(","));
        return all.stream().filter(p -> kinds.contains(p.equals("/plans") ? "plans"
                : p.startsWith("/plans/") ? "plan" : p)).toList();
    }

    /**
     * One walk over every walker's pages per round; following {@code /work}'s redirect counts as its page. Each page's
     * request-thread CPU is added to {@link PagesCpu} under the page's kind (the thread's tail after the response —
     * recycling, access log — counts to the next page).
     */
    private static int walk(List<Walker> walkers, int rounds) {
        int pages = 0;
        for (int r = 0; r < rounds; r++) {
            PAGES.threads();
            for (Walker w : walkers) {
                for (String page : w.pages()) {
                    long cpu = PAGES.cpuNs();
                    var res = w.client().apply(page);
                    assertThat(res.statusCode()).as(page).isEqualTo(200);
                    PAGES.add(page, PAGES.cpuNs() - cpu);
                    pages++;
                }
            }
        }
        return pages;
    }

    private static Recording startJfr() throws Exception {
        String file = System.getProperty("bench.jfr");
        if (file == null || file.isBlank()) {
            return null;
        }
        Recording r = new Recording(Configuration.getConfiguration("profile"));
        // -Dbench.jfr.period=2ms: execution samples more often than the settings' 10 ms (a finer profile of fewer pages)
        String period = System.getProperty("bench.jfr.period", "");
        if (!period.isBlank()) {
            r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(Long.parseLong(period.replace("ms", "").trim())));
        }
        Path to = Path.of(file).toAbsolutePath();
        Files.createDirectories(to.getParent());
        r.setDestination(to);
        r.start();
        return r;
    }

    private static void stopJfr(Recording r) {
        if (r != null) {
            r.stop();
            r.close();
        }
    }

    /** PostgreSQL's own background work (checkpointer, WAL writer, autovacuum, statistics) with no page asked. */
    private static CpuMeter.Sample idleBackground() throws InterruptedException {
        CpuMeter meter = CpuMeter.start();
        Thread.sleep(5_000);
        return meter.stop(1);
    }

    private static void write(List<String> staff, List<String> open, List<CpuMeter.Sample> runs, CpuMeter.Sample idle)
            throws Exception {
        StringBuilder out = new StringBuilder("CPU ms per main page (1 user at a time; staff pages " + staff
                + " as phong.phugiao and th.phuocsang; public " + open + "); load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + "\n");
        out.append(String.format(java.util.Locale.ROOT, "idle 5 s before the runs: PostgreSQL %.2f ms CPU per second,"
                + " request threads %.2f ms per second%n", idle.dbMs() / idle.wallMs() * 1000, idle.requestMs() / idle.wallMs() * 1000));
        runs.forEach(s -> out.append(s).append('\n'));
        out.append(CpuMeter.Sample.summary(runs));
        Path file = Path.of("target/bench/page-cpu.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.print(out);
    }

    private static void writeStatements(String text) throws Exception {
        if (!text.isEmpty()) {
            Files.writeString(Path.of("target/bench/page-sql.txt"), text);
            System.out.print(text);
        }
    }

    private static final PagesCpu PAGES = new PagesCpu();

    record Walker(java.util.function.Function<String, java.net.http.HttpResponse<String>> client, List<String> pages) {
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.get(v.size() / 2);
    }
}
