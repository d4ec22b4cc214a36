package vn.gandan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time of the processes a load test involves, read from Linux's {@code /proc} (clock ticks, USER_HZ = 100):
 * the app's JVM, PostgreSQL (the postmaster named in {@code postmaster.pid} with its exited children through its
 * {@code cutime}/{@code cstime} and its live backends), the load tool's own JVM, and the whole machine
 * ({@code /proc/stat}: busy and total ticks over every core). The parsing is separate from the reading so that
 * recorded lines can be tested. A process that cannot be read counts -1 (shown as "n/a"). Within the app's JVM
 * the threads ({@code /proc/<pid>/task/*}) of the JIT compilers ("C1/C2 CompilerThread") and of the collector
 * ("GC Thread#", "G1 …", and the "VM Thread", where the serial collector works) are summed apart.
 */
record ProcCpu(long nanos, long app, long postgres, long tool, long machineBusy, long machineTotal, long appJit,
               long appGc) {

    static final double TICK_MS = 10.0;

    /** One line of the window file: {@code <name> nanos app postgres tool busy total appJit appGc}. */
    String line(String name) {
        return String.format(Locale.ROOT, "%s %d %d %d %d %d %d %d %d", name, nanos, app, postgres, tool, machineBusy,
                machineTotal, appJit, appGc);
    }

    /** A line of the window file (7 fields before the JIT and GC split was read: those count -1). */
    static ProcCpu parse(String[] f) {
        return new ProcCpu(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                Long.parseLong(f[5]), Long.parseLong(f[6]), f.length > 8 ? Long.parseLong(f[7]) : -1,
                f.length > 8 ? Long.parseLong(f[8]) : -1);
    }

    static ProcCpu take(long appPid, Path pgData) {
        long[] machine = machine(read(Path.of("/proc/stat")).lines().findFirst().orElse(""));
        long[] jitGc = jitGc(appPid);
        return new ProcCpu(System.nanoTime(), ticks(appPid, false), postgres(pgData),
                ticks(ProcessHandle.current().pid(), false), machine[0], machine[1], jitGc[0], jitGc[1]);
    }

    /** The kind of a JVM thread by its (15-character) name: "jit", "gc" or "" (request threads and the rest). */
    static String kind(String statLine) {
        String comm = statLine.substring(statLine.indexOf('(') + 1, statLine.lastIndexOf(')'));
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            return "jit";
        }
        return comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread") ? "gc" : "";
    }

    /** {JIT, GC} ticks of a JVM's threads. */
    private static long[] jitGc(long pid) {
        long[] sum = {0, 0};
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path t : tasks.toList()) {
                String s = read(t.resolve("stat"));
                String kind = s.isEmpty() ? "" : kind(s);
                sum[0] += kind.equals("jit") ? ticks(s, false) : 0;
                sum[1] += kind.equals("gc") ? ticks(s, false) : 0;
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
        return sum;
    }

    /**
     * utime + stime of one {@code /proc/<pid>/stat} line (fields 14 and 15), with cutime + cstime (16, 17) when
     * asked; the command in parentheses may hold spaces, so fields are counted after the last ')'.
     */
    static long ticks(String statLine, boolean withChildren) {
        String[] f = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
    }

    /** The parent pid of a {@code /proc/<pid>/stat} line (field 4). */
    static long parent(String statLine) {
        return Long.parseLong(statLine.substring(statLine.lastIndexOf(')') + 2).split(" ")[1]);
    }

    /** {busy, total} ticks of the first ("cpu") line of {@code /proc/stat}; idle and iowait are not busy. */
    static long[] machine(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (f.length < 8 || !f[0].equals("cpu")) {
            return new long[] {-1, -1};
        }
        long total = 0;
        for (int i = 1; i <= Math.min(8, f.length - 1); i++) { // user nice system idle iowait irq softirq steal
            total += Long.parseLong(f[i]);
        }
        return new long[] {total - Long.parseLong(f[4]) - Long.parseLong(f[5]), total};
    }

    private static long ticks(long pid, boolean withChildren) {
        String s = pid <= 0 ? "" : read(Path.of("/proc", String.valueOf(pid), "stat"));
        return s.isEmpty() ? -1 : ticks(s, withChildren);
    }

    private static long postgres(Path pgData) {
        String pidFile = pgData == null ? "" : read(pgData.resolve("postmaster.pid"));
        if (pidFile.isBlank()) {
            return -1;
        }
        long postmaster = Long.parseLong(pidFile.lines().findFirst().orElseThrow().strip());
        long sum = ticks(postmaster, true);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String s = read(p.resolve("stat"));
                if (!s.isEmpty() && parent(s) == postmaster) {
                    sum += ticks(s, false);
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    /** The directory holding {@code postmaster.pid} under a data directory (the embedded server's is nested). */
    static Path findPgData(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> all = Files.walk(dir, 4)) {
            return all.filter(p -> p.getFileName().toString().equals("postmaster.pid")).map(Path::getParent)
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) { // a file removed while walked
            return null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
