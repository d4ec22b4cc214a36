package vn.gandan.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * CPU time spent between {@link #start()} and {@link #stop(int)}: the request threads ({@code http-nio-*-exec-*}),
 * the whole JVM, and PostgreSQL (the postmaster named by {@code postmaster.pid} in {@code PGDATA} and its children,
 * exited children included through the postmaster's {@code cutime}). Linux only (reads {@code /proc}).
 */
final class CpuMeter {

    private static final double TICK_MS = 10.0; // USER_HZ = 100 on Linux
    private final long wall = System.nanoTime();
    private final double request = requestThreadsMs();
    private final double jvm = jvmMs();
    private final double db = postgresMs();
    private final double allocated = requestAllocatedMb();
    private final double gc = gcMs();
    private final double jit = jitMs();

    static CpuMeter start() {
        return new CpuMeter();
    }

    Sample stop(int pages) {
        return new Sample(pages, (System.nanoTime() - wall) / 1e6, requestThreadsMs() - request, jvmMs() - jvm,
                postgresMs() - db, requestAllocatedMb() - allocated, gcMs() - gc, jitMs() - jit);
    }

    /** MB allocated by the request threads (HotSpot's per-thread allocation counters; exact, not sampled). */
    static double requestAllocatedMb() {
        var t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double bytes = 0;
        for (ThreadInfo info : t.getThreadInfo(t.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio") && info.getThreadName().contains("exec")) {
                bytes += Math.max(0, t.getThreadAllocatedBytes(info.getThreadId()));
            }
        }
        return bytes / 1e6;
    }

    /** Time the collectors report (pauses of the stop-the-world collectors; for G1 its young and mixed pauses). */
    static double gcMs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** Time the JIT compilers spent (summed over compiler threads). */
    static double jitMs() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
    }

    static double requestThreadsMs() {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        double ns = 0;
        for (ThreadInfo info : t.getThreadInfo(t.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio") && info.getThreadName().contains("exec")) {
                ns += Math.max(0, t.getThreadCpuTime(info.getThreadId()));
            }
        }
        return ns / 1e6;
    }

    static double jvmMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    /** PGDATA from {@code bench.pgdata} (the benchmark reads {@code show data_directory}). */
    static double postgresMs() {
        String dir = System.getProperty("bench.pgdata");
        if (dir == null) {
            return 0;
        }
        try {
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dir, "postmaster.pid")).get(0).strip());
            double ticks = ticks(postmaster, true);
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    List<String> f = stat(p);
                    if (f != null && Long.parseLong(f.get(1)) == postmaster) {
                        ticks += ticks(Long.parseLong(p.getFileName().toString()), false);
                    }
                }
            }
            return ticks * TICK_MS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Fields after the command: [state, ppid, …]; utime is field 14 of the line, i.e. index 11 here. */
    private static List<String> stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return List.of(s.substring(s.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double ticks(long pid, boolean withChildren) {
        List<String> f = stat(Path.of("/proc", String.valueOf(pid)));
        if (f == null) {
            return 0;
        }
        double t = Long.parseLong(f.get(11)) + Long.parseLong(f.get(12));
        return withChildren ? t + Long.parseLong(f.get(13)) + Long.parseLong(f.get(14)) : t;
    }

    record Sample(int pages, double wallMs, double requestMs, double jvmMs, double dbMs, double allocatedMb,
                  double gcMs, double jitMs) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d pages in %.1f s: CPU ms per page: request threads %.2f, JVM %.2f,"
                    + " PostgreSQL %.2f, JVM + PostgreSQL %.2f; request threads allocated %.2f MB per page; GC %.2f ms,"
                    + " JIT %.2f ms per page", pages, wallMs / 1000, requestMs / pages, jvmMs / pages, dbMs / pages,
                    (jvmMs + dbMs) / pages, allocatedMb / pages, gcMs / pages, jitMs / pages);
        }

        static String summary(List<Sample> runs) {
            return "min / median / max per page: request threads " + mmm(runs, s -> s.requestMs / s.pages)
                    + "; JVM " + mmm(runs, s -> s.jvmMs / s.pages) + "; PostgreSQL " + mmm(runs, s -> s.dbMs / s.pages)
                    + "; JVM + PostgreSQL " + mmm(runs, s -> (s.jvmMs + s.dbMs) / s.pages)
                    + "; allocated by request threads " + mmm(runs, s -> s.allocatedMb / s.pages).replace("ms", "MB")
                    + "; GC " + mmm(runs, s -> s.gcMs / s.pages) + "; JIT " + mmm(runs, s -> s.jitMs / s.pages) + "\n";
        }

        private static String mmm(List<Sample> runs, ToDoubleFunction<Sample> f) {
            List<Double> v = runs.stream().map(f::applyAsDouble).sorted().toList();
            return String.format(java.util.Locale.ROOT, "%.2f / %.2f / %.2f ms", v.get(0), v.get(v.size() / 2), v.get(v.size() - 1));
        }
    }
}
