package vn.gandan.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL server per data directory and JVM. Durability is switched back on (the library
 * turns fsync and synchronous_commit off by default). Test contexts share the ephemeral server.
 */
public final class EmbeddedPostgresServer {

    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** Starts (or reuses) the server for the given properties and returns a data source to the app database. */
    public static synchronized DataSource dataSource(EmbeddedDatabaseProperties props) {
        String key = props.ephemeral() ? "ephemeral" : new File(props.dataDirectory()).getAbsolutePath();
        EmbeddedPostgres pg = SERVERS.computeIfAbsent(key, k -> start(props));
        return pg.getPostgresDatabase();
    }

    public static synchronized void stop(EmbeddedDatabaseProperties props) {
        if (props.ephemeral()) {
            return; // shared by all test contexts of this JVM; closed by the shutdown hook
        }
        EmbeddedPostgres pg = SERVERS.remove(new File(props.dataDirectory()).getAbsolutePath());
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseProperties props) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", props.ephemeral() ? "off" : "on")
                    .setServerConfig("synchronous_commit", props.ephemeral() ? "off" : "on")
                    .setServerConfig("full_page_writes", props.ephemeral() ? "off" : "on")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (props.port() > 0) {
                builder.setPort(props.port());
            }
            if (props.ephemeral()) {
                Path dir = Files.createTempDirectory("gandan-pg-");
                // Stopped after Spring has closed every context of the JVM: a JVM shutdown hook would run in parallel
                // with Spring's, and contexts still closing would wait 30 s for a connection to a stopped server.
                builder.setDataDirectory(dir).setCleanDataDirectory(true).setRegisterShutdownHook(false);
                EmbeddedPostgres pg = builder.start();
                org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> closeQuietly(pg));
                return pg;
            }
            Path dir = Path.of(props.dataDirectory()).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false).setRegisterShutdownHook(false);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException ignored) {
            // JVM is exiting
        }
    }
}
