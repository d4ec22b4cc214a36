package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, defects 2 and 3: password authentication with a secret in the data directory, an application role
 * that is not a superuser, and a server left behind by a JVM killed with SIGKILL that never blocks the next start.
 */
class EmbeddedPostgresSafetyTests {

    @Test
    void everyConnectionNeedsAPasswordAndTheAppIsNotASuperuser(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.toString(), 0, false);
        try {
            JdbcClient app = JdbcClient.create(EmbeddedPostgresServer.dataSource(props));
            assertThat(app.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
            assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("gandan");
            app.sql("create extension if not exists pg_trgm").update();
            app.sql("create table kept (v text)").update();
            app.sql("insert into kept values ('Dữ liệu')").update();
            assertThatThrownBy(() -> app.sql("alter system set fsync = off").update()).isNotNull();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("gandan-db.secret"))))
                    .isEqualTo("rw-------");
            assertThat(Files.readAllLines(dir.resolve("pg_hba.conf")).stream().filter(l -> !l.startsWith("#"))
                    .filter(l -> l.contains("trust"))).isEmpty();
            assertThatThrownBy(() -> JdbcClient.create(withoutPassword(port(props), "postgres")).sql("select 1")
                    .query(Integer.class).single()).rootCause().hasMessageContaining("password");
            EmbeddedPostgresServer.stop(props);
            assertThat(JdbcClient.create(EmbeddedPostgresServer.dataSource(props)).sql("select v from kept")
                    .query(String.class).single()).isEqualTo("Dữ liệu");
        } finally {
            EmbeddedPostgresServer.stop(props);
        }
    }

    @Test
    void aDataDirectoryMadeWithTrustIsSwitchedToPasswordsKeepingItsData(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start()) {
            JdbcClient.create(old.getPostgresDatabase()).sql("create table plan_kept (v text)").update();
            JdbcClient.create(old.getPostgresDatabase()).sql("insert into plan_kept values ('Kế hoạch')").update();
        }
        EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.toString(), 0, false);
        try {
            JdbcClient app = JdbcClient.create(EmbeddedPostgresServer.dataSource(props));
            assertThat(app.sql("select v from plan_kept").query(String.class).single()).isEqualTo("Kế hoạch");
            app.sql("insert into plan_kept values ('Mới')").update();
            assertThat(app.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
            assertThatThrownBy(() -> JdbcClient.create(withoutPassword(port(props), "postgres")).sql("select 1")
                    .query(Integer.class).single()).rootCause().hasMessageContaining("password");
        } finally {
            EmbeddedPostgresServer.stop(props);
        }
    }

    @Test
    void theServerStopsWhenItsJvmIsKilled(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        Process child = startChild(dir);
        ProcessHandle pg = OrphanedPostgres.postmaster(dir).orElseThrow();
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(pg.onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedBeforeTheNextStart(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("pg");
        Process child = startChild(dir);
        ProcessHandle pg = OrphanedPostgres.postmaster(dir).orElseThrow();
        child.toHandle().children().forEach(ProcessHandle::destroyForcibly); // the watchdog dies with it
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(1500);
        assertThat(pg.isAlive()).as("orphaned server still running").isTrue();
        EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.toString(), 0, false);
        long t0 = System.nanoTime();
        try {
            DataSource ds = EmbeddedPostgresServer.dataSource(props);
            assertThat(JdbcClient.create(ds).sql("select count(*) from acknowledged").query(Integer.class).single()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(40));
            assertThat(pg.isAlive()).isFalse();
        } finally {
            EmbeddedPostgresServer.stop(props);
        }
    }

    private static Process startChild(Path dir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedServerChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while ((line = out.readLine()) != null && !line.contains("READY")) {
            assertThat(System.nanoTime()).as("child did not start").isLessThan(deadline);
        }
        assertThat(line).as("child ended before READY").isNotNull();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return child;
    }

    private static int port(EmbeddedDatabaseProperties props) throws Exception {
        try (var c = EmbeddedPostgresServer.dataSource(props).getConnection()) {
            return java.net.URI.create(c.getMetaData().getURL().substring(5)).getPort();
        }
    }

    private static DataSource withoutPassword(int port, String user) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName("postgres");
        ds.setUser(user);
        return ds;
    }
}
