package vn.gandan.platform;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backup and restore without pg_dump: every table of the schema is copied with PostgreSQL's COPY (binary)
 * through the JDBC driver into one zip file with a manifest; a restore migrates the target to the same
 * schema version with Flyway, empties it and copies the rows back, then resets the sequences.
 */
public final class DatabaseBackup {

    private DatabaseBackup() {
    }

    /** Writes all rows of all tables to {@code file}; returns the number of tables. */
    public static int backup(DataSource ds, Path file) throws SQLException, IOException {
        try (Connection c = ds.getConnection(); OutputStream out = new BufferedOutputStream(OwnerOnlyFiles.newOutputStream(file));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            c.setAutoCommit(false);
            c.createStatement().execute("set transaction isolation level repeatable read, read only");
            List<String> tables = tables(c);
            Properties manifest = new Properties();
            manifest.setProperty("schemaVersion", schemaVersion(c));
            manifest.setProperty("tables", String.join(",", tables));
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            manifest.store(zip, "Gan Dan backup");
            zip.closeEntry();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                copy.copyOut("copy " + quote(table) + " to stdout (format binary)", zip);
                zip.closeEntry();
            }
            c.commit();
            return tables.size();
        }
    }

    /** Replaces the contents of the database with the backup; the schema versions must match. */
    public static int restore(DataSource ds, Path file) throws SQLException, IOException {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        Map<String, byte[]> entries = read(file);
        Properties manifest = new Properties();
        manifest.load(new java.io.ByteArrayInputStream(entries.get("manifest.properties")));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            String version = schemaVersion(c);
            if (!version.equals(manifest.getProperty("schemaVersion"))) {
                throw new IllegalStateException("Phiên bản lược đồ khác nhau: bản sao lưu "
                        + manifest.getProperty("schemaVersion") + ", cơ sở dữ liệu " + version);
            }
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            try (Statement s = c.createStatement()) {
                s.execute("set local session_replication_role = replica"); // no triggers, no FK checks while loading
                s.execute("truncate " + String.join(", ", tables.stream().map(DatabaseBackup::quote).toList()));
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                copy.copyIn("copy " + quote(table) + " from stdin (format binary)",
                        new java.io.ByteArrayInputStream(entries.get("tables/" + table + ".copy")));
            }
            resetSequences(c);
            c.commit();
            return tables.size();
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void resetSequences(Connection c) throws SQLException {
        List<String[]> owned = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                select s.relname, t.relname, a.attname from pg_class s
                join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
                join pg_class t on t.oid = d.refobjid
                join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
                where s.relkind = 'S' and s.relnamespace = current_schema()::regnamespace""")) {
            while (rs.next()) {
                owned.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        for (String[] o : owned) {
            c.createStatement().execute("select setval('" + quote(o[0]) + "', coalesce((select max(" + quote(o[2])
                    + ") from " + quote(o[1]) + "), 0) + 1, false)");
        }
    }

    private static Map<String, byte[]> read(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        if (!entries.containsKey("manifest.properties")) {
            throw new IOException("Tệp không phải bản sao lưu của Gần Dân: " + file);
        }
        return entries;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
