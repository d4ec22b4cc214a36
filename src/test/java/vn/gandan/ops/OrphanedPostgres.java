package vn.gandan.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A SIGKILLed app leaves its embedded PostgreSQL running. The app itself must cope with that on the next start
 * (that is what the crash test proves); only with {@code -Dcrash.reapOrphanedPostgres=true} does the test stop the
 * orphan first (or with the environment variable {@code CRASH_REAP_ORPHANED_POSTGRES=true}) — for measuring on a build that does not cope yet. {@link #stop} cleans up after the test.
 */
final class OrphanedPostgres {

    private OrphanedPostgres() {
    }

    static void reapIfAsked(Path data) throws Exception {
        if (Boolean.getBoolean("crash.reapOrphanedPostgres")
                || "true".equals(System.getenv("CRASH_REAP_ORPHANED_POSTGRES"))) {
            stop(data);
        }
    }

    /** The pid of the PostgreSQL server named in the data directory's {@code postmaster.pid} if it runs, else 0. */
    static long running(Path data) throws Exception {
        Path file = data.resolve("postgres/postmaster.pid");
        long pid = Files.exists(file) ? Long.parseLong(Files.readAllLines(file).get(0).trim()) : 0;
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? pid : 0;
    }

    /**
     * Kills (SIGKILL) the app's watchdog, the shell that stops the server once the JVM is gone: killed together
     * with the JVM, it leaves the server running, and the next start must stop it itself.
     */
    static int killWatchdog(long jvm) {
        List<ProcessHandle> dogs = ProcessHandle.of(jvm).stream().flatMap(ProcessHandle::children)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("gandan-pg-watchdog")).orElse(false))
                .toList();
        dogs.forEach(ProcessHandle::destroyForcibly);
        return dogs.size();
    }

    /** Stops the PostgreSQL server named in the data directory's {@code postmaster.pid}, if it still runs. */
    static void stop(Path data) throws Exception {
        Path pid = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        List<String> lines = Files.readAllLines(pid);
        ProcessHandle.of(Long.parseLong(lines.get(0).trim())).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
    }
}
