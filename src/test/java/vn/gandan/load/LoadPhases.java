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
 * {@code target/load/cpu-<data>.txt} for {@link LoadSummary}. With several apps under load at once ({@link #start(List)},
 * the A/B run of {@code AbSimulation}) each app's readings, taken at the same moments, go to a file of its own.
 */
final class LoadPhases {

    static final String WARM_UP = "warm-up: ";
    static final String AFTER = "after: ";

    private final long warmupNanos;
    private final long endNanos;
    /** The readings per app (its data name; {@code null}: the one app of {@link #start(long, Path)}). */
    private final java.util.Map<String, List<String>> readings = new java.util.LinkedHashMap<>();
    private List<App> apps = List.of();
    private volatile long start;
    private ScheduledExecutorService timer;

    LoadPhases(long warmupSeconds, long seconds) {
        this.warmupNanos = TimeUnit.SECONDS.toNanos(warmupSeconds);
        this.endNanos = warmupNanos + TimeUnit.SECONDS.toNanos(seconds);
    }

    /** An app whose CPU is read: its data name (the readings file), its JVM's pid, its PostgreSQL data directory. */
    record App(String data, long pid, Path pgData) {
    }

    /** Starts the clock and schedules the CPU readings at the window's start and end. */
    void start(long appPid, Path pgData) {
        start(List.of(new App(null, appPid, pgData)));
    }

    /** The same for several apps under load at once: each is read at every boundary. */
    void start(List<App> watched) {
        apps = List.copyOf(watched);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-cpu-readings");
            t.setDaemon(true);
            return t;
        });
        start = System.nanoTime();
        read("start");
        timer.schedule(() -> read("window-start"), warmupNanos, TimeUnit.NANOSECONDS);
        timer.schedule(() -> read("window-end"), endNanos, TimeUnit.NANOSECONDS);
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

    private synchronized void read(String name) {
        for (App app : apps) {
            readings.computeIfAbsent(app.data(), d -> new ArrayList<>()).add(ProcCpu.take(app.pid(), app.pgData()).line(name));
        }
    }

    /** The readings, with one at the run's end, into {@code target/load/cpu-<data>.txt}. */
    synchronized void write(String data) throws IOException {
        writeAll(data);
    }

    /** Every app's readings, with one at the run's end, into {@code target/load/cpu-<its data name>.txt}. */
    synchronized void writeAll() throws IOException {
        writeAll(null);
    }

    private void writeAll(String single) throws IOException {
        read("end");
        timer.shutdownNow();
        for (App app : apps) {
            String data = app.data() == null ? single : app.data();
            Path out = Path.of("target/load/cpu-" + data + ".txt");
            Files.createDirectories(out.getParent());
            List<String> lines = new ArrayList<>(List.of("# reading nanos app postgres tool machineBusy machineTotal (ticks of 10 ms)",
                    "warmupSeconds " + TimeUnit.NANOSECONDS.toSeconds(warmupNanos),
                    "pids app=" + app.pid() + " postgres=" + app.pgData() + " tool=" + ProcessHandle.current().pid()));
            lines.addAll(readings.getOrDefault(app.data(), List.of()));
            Files.write(out, lines);
        }
    }
}
