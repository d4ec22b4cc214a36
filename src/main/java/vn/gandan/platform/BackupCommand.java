package vn.gandan.platform;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code java -jar gandan.jar backup FILE} and {@code restore FILE}: on the external database named by
 * SPRING_DATASOURCE_URL/USERNAME/PASSWORD, or else on the embedded one in GANDAN_DATA_DIR (./data/postgres);
 * stop the app before using the embedded database.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static int backup(String[] args) {
        return run(args, true);
    }

    public static int restore(String[] args) {
        return run(args, false);
    }

    private static int run(String[] args, boolean backup) {
        if (args.length != 1) {
            System.err.println("Cách dùng / usage: java -jar gandan.jar " + (backup ? "backup" : "restore") + " FILE");
            return 2;
        }
        Path file = Path.of(args[0]);
        String url = System.getenv("SPRING_DATASOURCE_URL");
        EmbeddedDatabaseProperties embedded = new EmbeddedDatabaseProperties(
                System.getenv().getOrDefault("GANDAN_DATA_DIR", "./data/postgres"), 0, false);
        try {
            boolean local = url == null || url.isBlank();
            // the embedded app role reads everything for a backup; a restore loads with triggers off (superuser)
            DataSource ds = !local ? external(url) : backup ? EmbeddedPostgresServer.dataSource(embedded)
                    : EmbeddedPostgresServer.adminDataSource(embedded);
            int tables = backup ? DatabaseBackup.backup(ds, file) : DatabaseBackup.restore(ds, file);
            if (local && !backup) {
                EmbeddedPostgresServer.handOver(embedded);
            }
            System.out.println((backup ? "Đã sao lưu " : "Đã khôi phục ") + tables + " bảng: " + file.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            System.err.println("Lỗi / error: " + e.getMessage());
            return 1;
        } finally {
            if (url == null || url.isBlank()) {
                EmbeddedPostgresServer.stop(embedded);
            }
        }
    }

    private static DataSource external(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(System.getenv("SPRING_DATASOURCE_USERNAME"));
        ds.setPassword(System.getenv("SPRING_DATASOURCE_PASSWORD"));
        return ds;
    }
}
