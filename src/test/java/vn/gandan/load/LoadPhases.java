package vn.gandan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The phases of one load run, by the clock from the first request: a warm-up of {@code warmupSeconds} (sign-ins,
 * JIT compilation, caches; its requests are named {@code "warm-up: <page>"}), the measured window of
 * {@code seconds} (requests named {@code "<page>"}), then the tail (requests still issued by users finishing their
 * round, named {@code "after: <page>"}; counted nowhere). A request belongs to the phase in which it is issued.
 * At each boundary the CPU of the processes is read ({@link ProcCpu}); {@link #write} puts the readings in
 * {@code target/load/cpu-<data>.txt} for {@link LoadSummary}.
 */
final class LoadPhases {

    static final String WARM_UP = "warm-up: ";
    static final String AFTER = "after: ";

    private final long warmupNanos;
    private final long endNanos;
    private final List<String> readings = new ArrayList<>();
    private volatile long start;
    private ScheduledExecutorService timer;

    LoadPhases(long warmupSeconds, long seconds) {
        this.warmupNanos = TimeUnit.SECONDS.toNanos(warmupSeconds);
        this.endNanos = warmupNanos + TimeUnit.SECONDS.toNanos(seconds);
    }

    /** Starts the clock and schedules the CPU readings at the window's start and end. */
    void start(long appPid, Path pgData) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-cpu-readings");
            t.setDaemon(true);
            return t;
        });
        start = System.nanoTime();
        read("start", appPid, pgData);
        timer.schedule(() -> read("window-start", appPid, pgData), warmupNanos, TimeUnit.NANOSECONDS);
        timer.schedule(() -> read("window-end", appPid, pgData), endNanos, TimeUnit.NANOSECONDS);
    }

    /** The name prefix of a request issued now (nanos from {@link System#nanoTime()}). */
    String prefix(long now) {
        return prefixAt(now - start);
    }

    String prefixAt(long sinceStart) {
        return sinceStart < warmupNanos ? WARM_UP : sinceStart < endNanos ? "" : AFTER;
    }

    String name(String page) {
        return prefix(System.nanoTime()) + page;
    }

    /** Whether a user starts another round of pages (only within warm-up and window). */
    boolean running() {
        return System.nanoTime() - start < endNanos;
    }

    private synchronized void read(String name, long appPid, Path pgData) {
        readings.add(ProcCpu.take(appPid, pgData).line(name));
    }

    /** The readings, with one at the run's end, into {@code target/load/cpu-<data>.txt}. */
    synchronized void write(String data, long appPid, Path pgData) throws IOException {
        read("end", appPid, pgData);
        timer.shutdownNow();
        Path out = Path.of("target/load/cpu-" + data + ".txt");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>(List.of("# reading nanos app postgres tool machineBusy machineTotal (ticks of 10 ms)",
                "warmupSeconds " + TimeUnit.NANOSECONDS.toSeconds(warmupNanos),
                "pids app=" + appPid + " postgres=" + pgData + " tool=" + ProcessHandle.current().pid()));
        lines.addAll(readings);
        Files.write(out, lines);
    }
}
