package vn.gandan.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server outlives a JVM killed with SIGKILL (it runs as its own process), and its
 * {@code postmaster.pid} then blocks the next start. Before starting, a server still running on our data directory
 * is stopped (fast shutdown; it has no clients left); after starting, a watchdog process stops the server as soon
 * as this JVM is gone, however it died.
 */
final class OrphanedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private OrphanedPostgres() {
    }

    /** Stops a postmaster left running on the data directory by a previous JVM; returns whether there was one. */
    static boolean stopLeftOver(Path dataDir) {
        Optional<ProcessHandle> server = postmaster(dataDir);
        if (server.isEmpty()) {
            return false;
        }
        ProcessHandle pg = server.get();
        LOG.warn("PostgreSQL nhúng (pid {}) của lần chạy trước vẫn chạy trên {}: dừng nó trước khi khởi động", pg.pid(), dataDir);
        signal(pg, "INT");
        if (!waitFor(pg, STOP_WAIT)) {
            signal(pg, "QUIT"); // immediate shutdown: the WAL makes the next start recover
            waitFor(pg, STOP_WAIT);
        }
        return true;
    }

    /** Starts a watchdog that stops the postmaster of this data directory once this JVM has died. */
    static void watch(Path dataDir) {
        Optional<ProcessHandle> pg = postmaster(dataDir);
        if (pg.isEmpty() || !new File("/bin/sh").canExecute()) {
            return;
        }
        String script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                + "if [ -f \"$2/postmaster.pid\" ] && [ \"$(head -n 1 \"$2/postmaster.pid\")\" = \"$3\" ]; then kill -INT \"$3\"; fi";
        try {
            new ProcessBuilder("/bin/sh", "-c", script, "gandan-pg-watchdog", String.valueOf(ProcessHandle.current().pid()),
                    dataDir.toAbsolutePath().toString(), String.valueOf(pg.get().pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.warn("Không chạy được tiến trình canh PostgreSQL nhúng: {}", e.getMessage());
        }
    }

    /** The live postgres process named in the data directory's postmaster.pid, if any. */
    static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(ProcessHandle pg, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pg.pid())).start().waitFor();
        } catch (IOException e) {
            pg.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitFor(ProcessHandle pg, Duration wait) {
        try {
            pg.onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !pg.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
