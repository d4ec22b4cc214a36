package vn.gandan.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application a load test drives: {@code -Dload.base=http://host:port} names one already running; otherwise
 * the packaged jar ({@code target/gandan-*.jar}) is started on a fresh data directory
 * ({@code target/load/data-<load.data>}, demo data) and stopped when the simulation ends. Ready means
 * {@code /actuator/health} answered 200 (polled; no fixed sleep). With {@code -Dload.dbUrl/dbUser/dbPassword} the jar runs
 * on that PostgreSQL database instead (the national data set). {@link #startAll} starts several given jars at once, each
 * on its own fresh embedded database (the A/B run of {@code AbSimulation}).
 */
public final class LoadApp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration START = Duration.ofSeconds(Long.getLong("load.startSeconds", 900));
    /** The app's JVM options, those of a production node on 2 cores (docs/operations.md); {@code -Dload.appJvmArgs}. */
    static final String JVM_ARGS = "-XX:+UseSerialGC -Xms1g -Xmx1g";

    private final String base;
    private final Process process;
    private final Path dir;

    private LoadApp(String base, Process process, Path dir) {
        this.base = base;
        this.process = process;
        this.dir = dir;
    }

    public static LoadApp startOrUse() {
        String given = System.getProperty("load.base", "");
        if (!given.isBlank()) {
            return new LoadApp(given.replaceAll("/$", ""), null, null);
        }
        try {
            return launch();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the app for the load test: " + e.getMessage(), e);
        }
    }

    public String base() {
        return base;
    }

    /** The app's process id for the CPU readings ({@code -Dload.appPid} for an app already running; -1 unknown). */
    public long pid() {
        return process != null ? process.pid() : Long.getLong("load.appPid", -1);
    }

    /** The directory holding PostgreSQL's {@code postmaster.pid}: {@code -Dload.pgData}, else the embedded one's. */
    public Path pgData() {
        String given = System.getProperty("load.pgData", "");
        return !given.isBlank() ? Path.of(given) : dir == null ? null : ProcCpu.findPgData(dir.resolve("postgres"));
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(Duration.ofSeconds(90).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private static LoadApp launch() throws Exception {
        Path dir = Path.of("target/load/data-" + System.getProperty("load.data", "demo")).toAbsolutePath();
        if (!Boolean.parseBoolean(System.getProperty("load.keepData", "false"))) {
            deleteTree(dir); // a fresh demo database each run; -Dload.keepData=true reuses one (the national data)
        }
        LoadApp app = spawn(jar(), dir, System.getProperty("load.dbUrl", ""));
        app.awaitHealthy(dir);
        return app;
    }

    /**
     * The given jars, each on a fresh embedded database in {@code target/load/data-<name>} with the demo data, started
     * one right after the other in the map's order (same JVM options, no CPU pinning), then awaited until all are
     * healthy; stopped at the JVM's exit at the latest.
     */
    public static java.util.Map<String, LoadApp> startAll(java.util.Map<String, Path> jars) {
        java.util.Map<String, LoadApp> apps = new java.util.LinkedHashMap<>();
        try {
            for (var e : jars.entrySet()) {
                Path dir = Path.of("target/load/data-" + e.getKey()).toAbsolutePath();
                deleteTree(dir);
                apps.put(e.getKey(), spawn(e.getValue().toAbsolutePath(), dir, ""));
            }
            for (LoadApp app : apps.values()) {
                app.awaitHealthy(app.dir);
            }
            return apps;
        } catch (Exception e) {
            apps.values().forEach(LoadApp::stop);
            throw new IllegalStateException("could not start the apps for the load test: " + e.getMessage(), e);
        }
    }

    private static LoadApp spawn(Path jar, Path dir, String db) throws IOException {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String jvm = System.getProperty("load.appJvmArgs", "");
        cmd.addAll(List.of((jvm.isBlank() ? JVM_ARGS : jvm).trim().split("\\s+")));
        cmd.addAll(List.of("-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", jar.toString(), "--server.port=" + port,
                "--server.address=127.0.0.1"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
        if (db.isBlank()) {
            pb.environment().put("GANDAN_DATA_DIR", dir.resolve("postgres").toString());
        } else { // a PostgreSQL server (the national data: .ci/operations.sh national)
            pb.environment().put("SPRING_DATASOURCE_URL", db);
            pb.environment().put("SPRING_DATASOURCE_USERNAME", System.getProperty("load.dbUser", ""));
            pb.environment().put("SPRING_DATASOURCE_PASSWORD", System.getProperty("load.dbPassword", ""));
            pb.environment().put("APP_DEMO", "true");
        }
        Process p = pb.start();
        LoadApp app = new LoadApp("http://127.0.0.1:" + port, p, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        return app;
    }

    private void awaitHealthy(Path dir) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited; see " + dir.resolve("app.log"));
            }
            if (health() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("app not healthy after " + START + "; see " + dir.resolve("app.log"));
    }

    private int health() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("gandan-.*\\.jar"))
                    .filter(p -> !p.toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/gandan-*.jar: ./mvnw -Pload verify packages it"))
                    .toAbsolutePath();
        }
    }

    /** Outside the ephemeral range, as for the process tests (see {@link vn.gandan.ops.Ports}). */
    private static int freePort() throws IOException {
        return vn.gandan.ops.Ports.free();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
