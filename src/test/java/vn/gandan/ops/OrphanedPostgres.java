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
