package vn.gandan.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/gandan-*.jar}) started as a separate operating-system process on
 * 127.0.0.1, with its output in a log file (launched as {@link AppLaunch} says: extracted, with a class-data archive).
 * {@link #kill()} sends SIGKILL to the JVM, as a power cut would.
 */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Path log;
    private final List<String> command = new ArrayList<>();
    private final Map<String, String> env;
    private Process process;

    AppProcess(int port, Path log, Map<String, String> env, String... args) {
        this.port = port;
        this.log = log;
        this.env = env;
        command.addAll(AppLaunch.command());
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(List.of(args));
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Path jar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("gandan-.*\\.jar"))
                    .filter(p -> !p.toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run ./mvnw package -DskipTests first"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A port free now and outside the kernel's ephemeral range, so that no outgoing connection (the app's own pool
     * to its embedded PostgreSQL, the load's clients) can be given it between this call and the app's bind. A port
     * from {@code new ServerSocket(0)} is inside that range: CI once saw the restarted app of the crash test refused
     * its port ("Port 46379 was already in use") five seconds after it had been chosen.
     */
    static int freePort() throws IOException {
        return Ports.free();
    }

    /**
     * How long a start may take: {@code -Dops.startSeconds} (default 900 s). An idle CI machine starts the jar in
     * 10–20 s; a development machine shared by parallel builds (load average 25 on 2 cores) took 260–300 s.
     */
    static Duration startTimeout() {
        return Duration.ofSeconds(Long.getLong("ops.startSeconds", 900));
    }

    /** Starts the process and polls {@code /actuator/health} until it answers UP (200); returns the start time in ms. */
    long start(Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        process = pb.start();
        long deadline = t0 + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited with " + process.exitValue() + "; see " + log);
            }
            last = healthStatus();
            if (last == 200) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("app not healthy after " + timeout + " (last health answer " + last + "); see " + log);
    }

    int healthStatus() {
        try {
            HttpResponse<Void> res = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            return res.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no graceful close; whatever the JVM had not committed is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM and wait for the graceful shutdown. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
