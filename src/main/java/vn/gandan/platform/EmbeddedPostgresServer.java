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
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One embedded PostgreSQL server per data directory and JVM. Durability is switched back on (the library turns
 * fsync and synchronous_commit off by default). A persistent server authenticates every connection with a
 * password generated into its data directory, the application connects as a role that is not a superuser, a
 * server left running by a killed JVM is stopped before starting, and a watchdog stops the server when this JVM
 * dies. Test contexts share one ephemeral server (trust, superuser: tests set up data freely).
 */
public final class EmbeddedPostgresServer {

    private record Server(EmbeddedPostgres pg, EmbeddedSecrets secrets) {
    }

    private static final Map<String, Server> SERVERS = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    /** Starts (or reuses) the server for the given properties and returns a data source to the app database. */
    public static synchronized DataSource dataSource(EmbeddedDatabaseProperties props) {
        Server s = SERVERS.computeIfAbsent(key(props), k -> start(props));
        if (s.secrets() == null) {
            return s.pg().getPostgresDatabase();
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {s.pg().getPort()});
        ds.setDatabaseName(s.secrets().database());
        ds.setUser(EmbeddedSecrets.APP_ROLE);
        ds.setPassword(s.secrets().appPassword());
        return ds;
    }

    /** The app database as the superuser, for restores (which load tables with triggers off). */
    public static synchronized DataSource adminDataSource(EmbeddedDatabaseProperties props) {
        Server s = SERVERS.computeIfAbsent(key(props), k -> start(props));
        return s.secrets() == null ? s.pg().getPostgresDatabase() : s.pg().getDatabase("postgres", s.secrets().database());
    }

    /** After a restore as superuser: the application role owns whatever the restore created. */
    public static synchronized void handOver(EmbeddedDatabaseProperties props) {
        Server s = SERVERS.get(key(props));
        if (s != null && s.secrets() != null) {
            EmbeddedRoles.handOver(adminDataSource(props), s.secrets().database());
        }
    }

    public static synchronized void stop(EmbeddedDatabaseProperties props) {
        if (props.ephemeral()) {
            return; // shared by all test contexts of this JVM; closed by the shutdown hook
        }
        Server s = SERVERS.remove(key(props));
        if (s != null) {
            try {
                s.pg().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String key(EmbeddedDatabaseProperties props) {
        return props.ephemeral() ? "ephemeral" : new File(props.dataDirectory()).getAbsolutePath();
    }

    private static Server start(EmbeddedDatabaseProperties props) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", props.ephemeral() ? "off" : "on")
                    .setServerConfig("synchronous_commit", props.ephemeral() ? "off" : "on")
                    .setServerConfig("full_page_writes", props.ephemeral() ? "off" : "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("jit", "off") // issue 14: no ~1 s JIT compile of a ms query (application.properties)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (props.port() > 0) {
                builder.setPort(props.port());
            }
            return props.ephemeral() ? startEphemeral(statementStats(builder))
                    : EmbeddedStart.persistent(builder, Path.of(props.dataDirectory()).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng: " + e.getMessage(), e);
        }
    }

    /**
     * {@code -Dbench.pg.statements=true} (benchmarks only, test server): pg_stat_statements with planning time, so
     * {@code PageCpuBenchmark} can rank the statements of a page by plan + execution time.
     */
    private static EmbeddedPostgres.Builder statementStats(EmbeddedPostgres.Builder builder) {
        if (Boolean.getBoolean("bench.pg.statements")) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on")
                    .setServerConfig("pg_stat_statements.track", "all");
        }
        return builder;
    }

    /** Starts of the test server tried before giving up: the first may lose its port (see {@link #attempts}). */
    static final int EPHEMERAL_START_ATTEMPTS = 3;

    private static Server startEphemeral(EmbeddedPostgres.Builder builder) throws IOException {
        return attempts(EPHEMERAL_START_ATTEMPTS, () -> startEphemeralOnce(builder));
    }

    /** One try at something that can fail for a reason outside this JVM. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code attempt} up to {@code max} times, returning the first success. The test server's port is chosen by
     * the library (a free port from the kernel's ephemeral range, checked then released) a second or two before the
     * server binds it, after initdb: a connection opened meanwhile by anything on the machine can take it, and the
     * server then fails to start. A fresh try picks a fresh port and a fresh directory. The first failure is thrown
     * with the later ones attached.
     */
    static <T> T attempts(int max, Attempt<T> attempt) throws IOException {
        Exception first = null;
        for (int i = 1; ; i++) {
            try {
                return attempt.run();
            } catch (IOException | RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
                if (i >= max) {
                    if (first instanceof IOException io) {
                        throw io;
                    }
                    throw (RuntimeException) first;
                }
            }
        }
    }

    private static Server startEphemeralOnce(EmbeddedPostgres.Builder builder) throws IOException {
        Path dir = Files.createTempDirectory("gandan-pg-");
        // Stopped after Spring has closed every context of the JVM: a JVM shutdown hook would run in parallel
        // with Spring's, and contexts still closing would wait 30 s for a connection to a stopped server.
        builder.setDataDirectory(dir).setCleanDataDirectory(true).setRegisterShutdownHook(false);
        EmbeddedPostgres pg;
        try {
            pg = builder.start();
        } catch (IOException | RuntimeException e) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir); // a failed start leaves its initdb behind
            throw e;
        }
        OrphanedPostgres.watch(dir);
        org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> closeQuietly(pg));
        return new Server(pg, null);
    }

    /** Starting a persistent server: orphan check, secrets, password authentication, application role. */
    static final class EmbeddedStart {

        private EmbeddedStart() {
        }

        static Server persistent(EmbeddedPostgres.Builder builder, Path dir) throws IOException {
            Files.createDirectories(dir);
            OrphanedPostgres.stopLeftOver(dir);
            boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
            boolean legacy = !fresh && !Files.exists(EmbeddedSecrets.file(dir));
            EmbeddedSecrets secrets = fresh ? EmbeddedSecrets.generate(EmbeddedSecrets.APP_ROLE)
                    : legacy ? EmbeddedSecrets.generate("postgres") : EmbeddedSecrets.read(dir);
            Path pwFile = fresh ? secrets.writePasswordFile(dir.getParent()) : null;
            if (fresh) {
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwFile.toString());
            }
            builder.setConnectConfig("password", secrets.superuserPassword())
                    .setDataDirectoryCustomizer(d -> afterInit(d.toPath(), fresh, secrets, pwFile));
            builder.setDataDirectory(dir).setCleanDataDirectory(false).setRegisterShutdownHook(false);
            EmbeddedPostgres pg = builder.start();
            OrphanedPostgres.watch(dir);
            JdbcSetup.run(pg, secrets, legacy, dir);
            return new Server(pg, secrets);
        }

        private static void afterInit(Path dir, boolean fresh, EmbeddedSecrets secrets, Path pwFile) {
            try {
                if (fresh) {
                    secrets.write(dir);
                    Files.deleteIfExists(pwFile);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Roles and, for a data directory made before passwords, the switch away from trust. */
    static final class JdbcSetup {

        private JdbcSetup() {
        }

        static void run(EmbeddedPostgres pg, EmbeddedSecrets secrets, boolean legacy, Path dir) throws IOException {
            DataSource su = pg.getPostgresDatabase();
            if (legacy) {
                org.springframework.jdbc.core.simple.JdbcClient.create(su)
                        .sql("alter role postgres password '" + secrets.superuserPassword() + "'").update();
            }
            EmbeddedRoles.ensureAppRole(su, secrets);
            if (legacy) {
                EmbeddedRoles.handOver(su, secrets.database());
                secrets.write(dir);
                EmbeddedRoles.writeHba(dir);
                org.springframework.jdbc.core.simple.JdbcClient.create(su).sql("select pg_reload_conf()").query().singleValue();
            }
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
