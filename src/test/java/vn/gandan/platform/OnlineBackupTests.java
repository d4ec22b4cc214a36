package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Restore drill of the online backups: taken while a writer commits parent and child rows together, each file is
 * one snapshot (as many parents as children), readable by its owner only; the newest {@code keep} files stay; the
 * newest restores into an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnlineBackupTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.password:}")
    String password;

    @Test
    void backupsTakenUnderWritesAreConsistentPrivateAndPrunedAndTheNewestRestores(@TempDir Path dir) throws Exception {
        jdbc.sql("create table drill_parent(id bigint primary key)").update();
        jdbc.sql("create table drill_child(id bigint primary key, parent_id bigint)").update();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> writePairs(writing));
        try {
            writer.start();
            Path newest = null;
            for (int i = 0; i < 3; i++) {
                Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(i));
                newest = new ScheduledBackups(dataSource, new BackupProperties(dir.toString(), "-", 2), later).runNow().orElseThrow();
                assertThat(Files.getPosixFilePermissions(newest)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
            writing.set(false);
            writer.join();
            List<Path> kept;
            try (var files = Files.list(dir)) {
                kept = files.toList();
            }
            assertThat(kept).hasSize(2).contains(newest);
            restoreAndCheck(newest);
        } finally {
            writing.set(false);
            writer.join();
            jdbc.sql("drop table if exists drill_child, drill_parent").update();
        }
    }

    /** Two nodes fire the same cron: one backup per scheduled time, whichever node claims it (issue 14, item 4). */
    @Test
    void twoNodesFiringTheSameScheduleTakeOneBackupPerScheduledTime(@TempDir Path dir) throws Exception {
        jdbc.sql("delete from backup_slot").update();
        java.time.Instant fire = java.time.Instant.parse("2031-03-01T18:30:00Z");
        for (int tick = 0; tick < 2; tick++) {
            Clock onTime = Clock.fixed(fire.plusSeconds(5L * tick), BackupSlots.VN);
            Clock late = Clock.fixed(fire.plusSeconds(5L * tick).plusMillis(1500), BackupSlots.VN);
            BackupProperties props = new BackupProperties(dir.toString(), "*/5 * * * * *", 10);
            new ScheduledBackups(dataSource, props, onTime).scheduled();
            new ScheduledBackups(dataSource, props, late).scheduled(); // the other node, 1.5 s later: nothing
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("gandan-20310302-013000.backup", "gandan-20310302-013005.backup");
        }
        assertThat(BackupSlots.slot("0 30 1 * * *", Clock.fixed(java.time.Instant.parse("2031-03-01T18:29:59.400Z"),
                java.time.ZoneOffset.UTC))).as("a scheduler firing a moment early").hasToString("2031-03-02T01:30");
    }

    private void writePairs(AtomicBoolean writing) {
        JdbcClient own = JdbcClient.create(dataSource);
        for (long id = 1; writing.get(); id++) {
            own.sql("with p as (insert into drill_parent values (:id)) insert into drill_child values (:id, :id)")
                    .param("id", id).update();
        }
    }

    private void restoreAndCheck(Path file) throws Exception {
        String db = "drill_" + System.nanoTime();
        jdbc.sql("create database " + db).update();
        PGSimpleDataSource target = new PGSimpleDataSource();
        try (Connection c = dataSource.getConnection()) {
            target.setUrl(c.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1"));
            target.setUser(c.getMetaData().getUserName());
            target.setPassword(password.isEmpty() ? null : password);
        }
        JdbcClient restored = JdbcClient.create(target);
        org.flywaydb.core.Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
        restored.sql("create table drill_parent(id bigint primary key)").update();
        restored.sql("create table drill_child(id bigint primary key, parent_id bigint)").update();
        DatabaseBackup.restore(target, file);
        long parents = restored.sql("select count(*) from drill_parent").query(Long.class).single();
        long children = restored.sql("select count(*) from drill_child").query(Long.class).single();
        assertThat(parents).as("rows the writer had committed when the snapshot was taken").isPositive();
        assertThat(children).as("one snapshot: every parent with its child").isEqualTo(parents);
        assertThat(restored.sql("select count(*) from org_unit").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from org_unit").query(Long.class).single());
    }
}
