package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two app processes on one PostgreSQL behind nginx (in CI, set up by {@code .ci/operations.sh}): a session made on
 * one node is valid on the other, login throttling counts across nodes, reminders run once, the audit chain stays
 * one gapless chain, and killing a node mid-request loses no acknowledged write. What the nodes share:
 * {@link SharedState}; the scheduled jobs: {@link ScheduledJobsOnce}; the backups: {@link BackupsOnce}.
 * Environment: {@code OPS_DB_URL/USER/PASSWORD}, {@code OPS_NODE_A_PORT}, {@code OPS_NODE_B_PORT}, {@code OPS_PROXY_PORT}.
 */
class TwoNodesProcessIT {

    private final List<String> figures = new ArrayList<>();
    private final GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static int freePort() {
        try {
            return AppProcess.freePort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoNodesBehindNginxBehaveAsOne() throws Exception {
        assumeTrue(System.getenv("OPS_PROXY_PORT") != null, "OPS_PROXY_PORT not set: runs in .ci/run only");
        Path dir = Files.createDirectories(Path.of("target/ops/nodes"));
        mail.start();
        AppProcess a = node("A", dir);
        AppProcess b = node("B", dir);
        try (Connection db = ScheduledJobsOnce.database()) {
            figures.add("node A started in " + a.start(AppProcess.startTimeout()) + " ms (demo data loaded)");
            figures.add("node B started in " + b.start(AppProcess.startTimeout()) + " ms");
            SharedState shared = new SharedState(figures);
            step("session shared", () -> shared.sessionMadeOnOneNodeIsValidOnTheOther(a, b));
            step("exports on the replica", () -> shared.exportsReadFromTheReplica(a));
            step("scheduled jobs once", () -> new ScheduledJobsOnce(figures, mail, db).run(a, b));
            step("login throttling shared", () -> shared.loginThrottlingIsShared(a, b));
            step("node killed mid-request", () -> nodeKilledMidRequestLosesNoAcknowledgedWrite(a, b));
            step("audit chain and reminders", this::remindersRanOnceAndAuditChainIsWhole);
            step("backups once per scheduled time", () -> BackupsOnce.check(figures, a, b));
        } finally {
            Files.write(Path.of("target/ops/two-nodes.txt"), figures);
            b.stop();
            a.stop();
            mail.stop();
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs one part of the test; a failure is written to the figures (printed by the CI script) with its reason. */
    private void step(String name, Step step) throws Exception {
        long t0 = System.nanoTime();
        try {
            step.run();
            figures.add("-- " + name + ": passed in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (Exception | AssertionError e) {
            figures.add("-- " + name + ": FAILED after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e.getMessage());
            throw e;
        }
    }

    private AppProcess node(String name, Path dir) {
        Map<String, String> env = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", System.getenv("OPS_DB_URL"),
                "SPRING_DATASOURCE_USERNAME", System.getenv("OPS_DB_USER"),
                "SPRING_DATASOURCE_PASSWORD", System.getenv("OPS_DB_PASSWORD"), "APP_DEMO", "true"));
        if ("A".equals(name) && System.getenv("OPS_REPLICA_URL") != null) {
            env.put("APP_REPLICA_URL", System.getenv("OPS_REPLICA_URL"));
            env.put("APP_REPLICA_USERNAME", System.getenv("OPS_DB_USER"));
            env.put("APP_REPLICA_PASSWORD", System.getenv("OPS_DB_PASSWORD"));
        }
        int port = Integer.parseInt(System.getenv("OPS_NODE_" + name + "_PORT"));
        List<String> args = new ArrayList<>(List.of("--server.forward-headers-strategy=native",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort()));
        args.addAll(List.of(ScheduledJobsOnce.JOB_ARGS));
        args.add("--app.backup.directory=" + dir.resolve("backup-" + name).toAbsolutePath());
        return new AppProcess(port, dir.resolve("node-" + name + ".log"), env, args.toArray(String[]::new));
    }

    private void nodeKilledMidRequestLosesNoAcknowledgedWrite(AppProcess a, AppProcess b) throws Exception {
        int proxy = Integer.parseInt(System.getenv("OPS_PROXY_PORT"));
        CrashFixture fixture = new CrashFixture(proxy);
        WriteLoad load = new WriteLoad(fixture, "nodes");
        List<Thread> writers = load.start(proxy);
        Thread.sleep(6000);
        b.kill();
        int beforeKill = load.acknowledged.size();
        Thread.sleep(6000);
        load.stop();
        for (Thread t : writers) {
            t.join(15_000);
        }
        CrashVerifier check = new CrashVerifier(a.port, fixture);
        check.verify(load.acknowledged);
        figures.add("writes through nginx: %d acknowledged (%d before node B was killed), not acknowledged %d %s; lost %d; partial %d"
                .formatted(load.acknowledged.size(), beforeKill, load.failed.get(), load.failures, check.lost.size(),
                        check.partial.size()));
        assertThat(load.acknowledged.size()).as("writes kept being acknowledged by node A").isGreaterThan(beforeKill);
        assertThat(check.lost).isEmpty();
        assertThat(check.partial).isEmpty();
    }

    private void remindersRanOnceAndAuditChainIsWhole() throws Exception {
        Thread.sleep(3000);
        try (Connection db = DriverManager.getConnection(System.getenv("OPS_DB_URL"), System.getenv("OPS_DB_USER"),
                System.getenv("OPS_DB_PASSWORD"))) {
            long reminders = Sql.count(db, "select count(*) from notice where kind in ('REMINDER', 'OVERDUE', 'RECEPTION')");
            long duplicates = Sql.count(db, """
                    select count(*) from (select account_id, kind, title, body, link from notice
                    where kind in ('REMINDER', 'OVERDUE', 'RECEPTION')
                    group by account_id, kind, title, body, link having count(*) > 1) d""");
            figures.add("scheduled notices in the whole run (demo data and the objects above): " + reminders
                    + ", to one person twice: " + duplicates);
            assertThat(reminders).as("scheduled notices").isPositive();
            assertThat(duplicates).as("scheduled notices sent twice to one person").isZero();
            AuditChain.Check chain = AuditChain.check(db);
            figures.add("audit chain: " + chain);
            assertThat(chain.broken()).as("first broken row").isNull();
            assertThat(chain.unsealed()).isZero();
        }
    }
}
