package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Backup and restore round-trip every table, including the audit chain, into another database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseBackupTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.password:}")
    String password;

    @Test
    void backupRestoresIntoAnEmptyDatabaseWithTheSameRowsAndWorkingSequences(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gandan.backup");
        int tables = DatabaseBackup.backup(dataSource, file);
        assertThat(tables).isGreaterThan(5);
        assertThat(Files.size(file)).isGreaterThan(1000);

        String db = "restore_" + System.nanoTime();
        jdbc.sql("create database " + db).update();
        PGSimpleDataSource target = new PGSimpleDataSource();
        try (Connection c = dataSource.getConnection()) {
            target.setUrl(c.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1"));
            target.setUser(c.getMetaData().getUserName());
            target.setPassword(password.isEmpty() ? null : password);
        }
        assertThat(DatabaseBackup.restore(target, file)).isEqualTo(tables);

        JdbcClient restored = JdbcClient.create(target);
        for (String table : new String[] {"org_unit", "org_unit_link", "access_account", "access_grant", "audit_log"}) {
            long original = jdbc.sql("select count(*) from " + table).query(Long.class).single();
            assertThat(restored.sql("select count(*) from " + table).query(Long.class).single()).as(table).isEqualTo(original);
        }
        assertThat(restored.sql("select name from org_unit where code = 'TH-PS'").query(String.class).single())
                .isEqualTo("Trường Tiểu học Phước Sang");
        long next = restored.sql("insert into org_unit(code, name, kind, search_text) values ('AFTER', 'Sau khôi phục', 'KHAC', 'x') returning id")
                .query(Long.class).single();
        long max = jdbc.sql("select max(id) from org_unit").query(Long.class).single();
        assertThat(next).isGreaterThan(max);
        assertThat(restored.sql("select count(*) from audit_log where hash <> audit_row_hash(prev_hash, at, username, client_ip, action, object_type, object_id, before, after)")
                .query(Long.class).single()).isZero();
    }

    /** Issue 14, defect 7: the backup holds password and token hashes, so only its owner may read it. */
    @Test
    void theBackupFileIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("fresh.backup");
        DatabaseBackup.backup(dataSource, fresh);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-------");
        Path existing = Files.createFile(dir.resolve("existing.backup"), java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--")));
        DatabaseBackup.backup(dataSource, existing);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-------");
    }
}
