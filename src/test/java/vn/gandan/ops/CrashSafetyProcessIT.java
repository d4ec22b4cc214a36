package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the packaged app: started as its own process on a data directory, driven by concurrent writers
 * of every kind, killed with SIGKILL at a random moment, restarted on the same directory — three rounds. Every
 * acknowledged write must be found whole after each restart, and no write may be found in part. The embedded
 * PostgreSQL the killed JVM leaves behind must not stop the next start: in rounds 1 and 3 the app's watchdog stops
 * it; in round 2 the watchdog is killed with the JVM, the server stays up, and the restart must stop it itself.
 * Needs {@code target/gandan-*.jar}; runs in {@code .ci/run} (process spawning), not in {@code ./mvnw verify}.
 */
class CrashSafetyProcessIT {

    private static final int ROUNDS = 3;
    private static final Duration START = AppProcess.startTimeout();
    private AppProcess current;

    @Test
    void everyAcknowledgedWriteSurvivesThreeKillNineRoundsAndNoneIsPartial() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/ops/crash/" + System.currentTimeMillis()));
        Path data = Files.createTempDirectory(dir, "data-");
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> figures = new ArrayList<>(List.of("seed " + seed));
        AppProcess app = app(data, dir, 0);
        try {
            rounds(app, data, dir, random, figures);
        } catch (Exception | AssertionError e) {
            figures.add("FAILED: " + e.getMessage() + (current == null ? "" : " (app log: " + current.log + ")"));
            throw e;
        } finally {
            Files.write(Path.of("target/ops/crash-safety.txt"), figures);
            if (current != null) {
                current.stop();
            }
            OrphanedPostgres.stop(data);
        }
        figures.forEach(System.out::println);
    }

    private void rounds(AppProcess first, Path data, Path dir, Random random, List<String> figures) throws Exception {
        AppProcess app = first;
        figures.add("first start " + app.start(START) + " ms (demo data loaded)");
        CrashFixture fixture = new CrashFixture(app.port);
        List<Write> all = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            WriteLoad load = new WriteLoad(fixture, "r" + round);
            List<Thread> writers = load.start(app.port);
            long before = waitForWrites(load, 5) + 1000 + random.nextInt(6000);
            Thread.sleep(before - load.sinceStartMs());
            // round 2: the watchdog dies with the JVM, so the server is left running and the next start must stop it
            int watchdogs = round == 2 ? OrphanedPostgres.killWatchdog(app.pid()) : 0;
            app.kill();
            load.stop();
            for (Thread t : writers) {
                t.join(15_000);
            }
            long orphan = OrphanedPostgres.running(data);
            OrphanedPostgres.reapIfAsked(data);
            all.addAll(load.acknowledged);
            app = app(data, dir, round);
            long restart = app.start(START);
            CrashVerifier check = new CrashVerifier(app.port, fixture);
            check.verify(all);
            figures.add("round %d: killed after %d ms%s; acknowledged %d (%s), failed or cut %d %s; PostgreSQL still up right after the kill %s; restart %d ms; lost %d; partial %d; found %d of the load's writes in all"
                    .formatted(round, before, watchdogs > 0 ? " with its watchdog" : "", load.acknowledged.size(),
                            byKind(load.acknowledged), load.failed.get(), load.failures, orphan > 0 ? "yes (pid " + orphan + ")" : "no", restart,
                            check.lost.size(), check.partial.size(), check.markersFound));
            Files.write(Path.of("target/ops/crash-safety.txt"), figures);
            assertThat(check.lost).as("acknowledged writes lost in round " + round).isEmpty();
            assertThat(check.partial).as("partial writes in round " + round).isEmpty();
            assertThat(load.acknowledged).as("writes acknowledged in round " + round).isNotEmpty();
            if (round == 2) {
                theRestartStoppedTheLeftOverServer(watchdogs, orphan, app);
            }
        }
        app.stop();
    }

    private static void theRestartStoppedTheLeftOverServer(int watchdogs, long orphan, AppProcess restarted) throws Exception {
        assertThat(watchdogs).as("the app's PostgreSQL watchdog, killed with it").isEqualTo(1);
        assertThat(orphan).as("PostgreSQL left running by the killed app").isPositive();
        assertThat(Files.readString(restarted.log)).as("the restart stopped the left-over server itself (its log names it)")
                .contains("(pid " + orphan + ")");
    }

    /** Waits until the load has some acknowledged writes (a slow, shared CI machine); returns ms since it began. */
    private static long waitForWrites(WriteLoad load, int count) throws InterruptedException {
        while (load.acknowledged.size() < count && load.sinceStartMs() < 300_000) {
            Thread.sleep(100);
        }
        return load.sinceStartMs();
    }

    private AppProcess app(Path data, Path dir, int round) throws Exception {
        return current = new AppProcess(AppProcess.freePort(), dir.resolve("app-" + round + ".log"),
                Map.of("GANDAN_DATA_DIR", data.resolve("postgres").toString(),
                        // the embedded server's port too: left to the library it comes from the ephemeral range
                        "APP_EMBEDDED_DB_PORT", String.valueOf(Ports.free())));
    }

    private static String byKind(java.util.Collection<Write> writes) {
        Map<Write.Kind, Long> counts = new java.util.TreeMap<>();
        writes.forEach(w -> counts.merge(w.kind(), 1L, Long::sum));
        return counts.toString();
    }
}
