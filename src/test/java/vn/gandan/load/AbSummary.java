package vn.gandan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * After one A/B run ({@link AbSimulation}): per jar the main pages per second of the measured window, p50/p95 of its
 * main pages, the CPU per main page of its JVM and of its embedded PostgreSQL, and the ratios B/A; written to
 * {@code <prefix>-run<n>.txt} with each jar's full table ({@link LoadSummary#summary}) below. Then every run of the
 * prefix so far is summed up in {@code <prefix>.txt}: one line per run, the ratios' min / median / max and geometric
 * mean, and the same per start order (the difference between the orders is the position bias the swap cancels).
 * Arguments: the jars ({@code A=<jar>,B=<jar>} in start order), seconds of the measured window, the prefix. Exit 1
 * when a request failed (after writing).
 */
public final class AbSummary {

    /** Between the jar's label and the page in a request name: "A: home". */
    static final String SEPARATOR = ": ";

    private AbSummary() {
    }

    /** The data name of a jar's run: its directory {@code target/load/data-ab-<label>} and readings files. */
    static String data(String label) {
        return "ab-" + label;
    }

    /** {@code A=/x/a.jar,B=/y/b.jar} → label → jar, in the given order. */
    static Map<String, Path> jars(String spec) {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                jars.put(part.substring(0, eq).strip(), Path.of(part.substring(eq + 1).strip()));
            }
        }
        return jars;
    }

    /** One jar's figures in one run's measured window. */
    record Figures(String label, long pages, double seconds, long p50, long p95, double appMs, double pgMs, long failed,
                   double appShare, double jitMs) {
        double pagesPerSecond() {
            return pages / seconds;
        }

        double costMs() {
            return appMs + pgMs;
        }

        /** The app's CPU without its JIT compiler threads: what is left once the code is compiled (a run on a busy
         * machine may end its warm-up before the JIT has finished). */
        double appWithoutJitMs() {
            return jitMs < 0 ? appMs : appMs - jitMs;
        }

        /** The machine-readable line the combined summary reads back. */
        String line() {
            return String.format(Locale.ROOT, "figures %s pages=%d seconds=%.3f p50=%d p95=%d app=%.4f pg=%.4f failed=%d share=%.2f jit=%.4f",
                    label, pages, seconds, p50, p95, appMs, pgMs, failed, appShare, jitMs);
        }

        static Figures parse(String line) {
            String[] f = line.trim().split("\\s+");
            Map<String, String> v = new HashMap<>();
            for (int i = 2; i < f.length; i++) {
                String[] kv = f[i].split("=", 2);
                v.put(kv[0], kv[1]);
            }
            return new Figures(f[1], Long.parseLong(v.get("pages")), Double.parseDouble(v.get("seconds")),
                    Long.parseLong(v.get("p50")), Long.parseLong(v.get("p95")), Double.parseDouble(v.get("app")),
                    Double.parseDouble(v.get("pg")), Long.parseLong(v.get("failed")), Double.parseDouble(v.get("share")),
                    Double.parseDouble(v.getOrDefault("jit", "-1")));
        }
    }

    /**
     * The rows of one jar ("A: " + page, with or without a phase prefix), the label removed and the phase prefix
     * kept, so that {@link LoadFigures#phase} and {@link LoadSummary#summary} read them as a one-jar run.
     */
    static List<LoadSummary.Row> rowsOf(List<LoadSummary.Row> rows, String label) {
        List<LoadSummary.Row> out = new ArrayList<>();
        String own = label + SEPARATOR;
        for (LoadSummary.Row r : rows) {
            String phase = r.name().startsWith(LoadPhases.WARM_UP) ? LoadPhases.WARM_UP
                    : r.name().startsWith(LoadPhases.AFTER) ? LoadPhases.AFTER : "";
            String rest = r.name().substring(phase.length());
            if (rest.startsWith(own)) {
                out.add(new LoadSummary.Row(phase + rest.substring(own.length()), r.total(), r.ko(), r.rate(), r.p50(),
                        r.p95(), r.p99(), r.max()));
            }
        }
        return out;
    }

    /** One jar's window figures from its rows ({@link #rowsOf}), its CPU readings file's lines and its latencies. */
    static Figures figures(String label, List<LoadSummary.Row> own, List<String> cpu, long[] latencies, double windowSeconds) {
        Map<String, ProcCpu> at = readings(cpu);
        ProcCpu from = at.get("window-start");
        ProcCpu to = at.get("window-end");
        double seconds = from != null && to != null ? (to.nanos() - from.nanos()) / 1e9 : windowSeconds;
        long pages = 0;
        long failed = 0;
        for (LoadSummary.Row r : own) {
            failed += r.ko();
            if (!r.name().startsWith(LoadPhases.WARM_UP) && !r.name().startsWith(LoadPhases.AFTER) && LoadFigures.mainPage(r.name())) {
                pages += r.total();
            }
        }
        double app = -1;
        double pg = -1;
        double share = -1;
        double jit = -1;
        if (from != null && to != null && pages > 0) {
            jit = from.appJit() < 0 || to.appJit() < 0 ? -1 : (to.appJit() - from.appJit()) * ProcCpu.TICK_MS / pages;
            app = (to.app() - from.app()) * ProcCpu.TICK_MS / pages;
            pg = from.postgres() < 0 || to.postgres() < 0 ? -1 : (to.postgres() - from.postgres()) * ProcCpu.TICK_MS / pages;
            long busy = to.machineBusy() - from.machineBusy();
            share = busy > 0 ? 100.0 * (to.app() - from.app() + Math.max(0, to.postgres() - from.postgres())) / busy : -1;
        }
        return new Figures(label, pages, seconds, latencies[1], latencies[2], app, pg, failed, share, jit);
    }

    static Map<String, ProcCpu> readings(List<String> cpu) {
        Map<String, ProcCpu> at = new HashMap<>();
        for (String line : cpu) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 7 && !line.startsWith("#")) {
                at.put(f[0], ProcCpu.parse(f));
            }
        }
        return at;
    }

    /** The compact table of one run: a line per jar (in label order, A before B) and the ratios B/A. */
    static List<String> table(Figures a, Figures b) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-10s %12s %6s %6s %12s %14s %12s %12s %10s", "jar", "main pages/s", "p50", "p95",
                "app ms/page", "PostgreSQL ms", "app+PG ms", "app-JIT ms", "CPU share"));
        for (Figures f : List.of(a, b)) {
            lines.add(String.format(Locale.ROOT, "%-10s %12.1f %6d %6d %12.2f %14.2f %12.2f %12.2f %9.1f%%", f.label(),
                    f.pagesPerSecond(), f.p50(), f.p95(), f.appMs(), f.pgMs(), f.costMs(), f.appWithoutJitMs(), f.appShare()));
        }
        lines.add(String.format(Locale.ROOT, "%-10s %12.3f %6s %6s %12.3f %14.3f %12.3f %12.3f", b.label() + "/" + a.label(),
                b.pagesPerSecond() / a.pagesPerSecond(), ratio(b.p50(), a.p50()), ratio(b.p95(), a.p95()),
                b.appMs() / a.appMs(), b.pgMs() / a.pgMs(), b.costMs() / a.costMs(), b.appWithoutJitMs() / a.appWithoutJitMs()));
        return lines;
    }

    private static String ratio(long b, long a) {
        return a > 0 ? String.format(Locale.ROOT, "%.2f", (double) b / a) : "-";
    }

    public static void main(String[] args) throws IOException {
        Map<String, Path> jars = jars(args[0]);
        double window = Double.parseDouble(args[1]);
        String prefix = args[2];
        List<String> labels = new ArrayList<>(jars.keySet());
        List<String> sorted = labels.stream().sorted().toList();
        Path gatling = newestRun(Path.of("target/gatling"));
        List<LoadSummary.Row> rows = LoadSummary.rows(Files.readString(gatling.resolve("index.html")));
        Map<String, Figures> figures = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        long toolTicks = -1;
        double busyPercent = -1;
        for (String label : sorted) {
            List<LoadSummary.Row> own = rowsOf(rows, label);
            List<String> cpu = lines(Path.of("target/load/cpu-" + data(label) + ".txt"));
            long[] latencies = LoadLatencies.read(lines(Path.of("target/load/latency-" + data(label) + ".txt")));
            figures.put(label, figures(label, own, cpu, latencies, window));
            details.add("");
            details.add("######## " + label + " = " + jars.get(label));
            details.addAll(LoadSummary.summary(own, cpu, window));
            Map<String, ProcCpu> at = readings(cpu);
            if (at.containsKey("window-start") && at.containsKey("window-end")) {
                toolTicks = at.get("window-end").tool() - at.get("window-start").tool();
                long total = at.get("window-end").machineTotal() - at.get("window-start").machineTotal();
                busyPercent = 100.0 * (at.get("window-end").machineBusy() - at.get("window-start").machineBusy()) / total;
            }
        }
        Figures a = figures.get(sorted.get(0));
        Figures b = figures.get(sorted.get(1));
        int run = existingRuns(prefix).size() + 1;
        List<String> out = new ArrayList<>();
        out.add("A/B run %d: %s; started first (and first in Gatling's populations): %s; report %s".formatted(run,
                String.join(", ", sorted.stream().map(l -> l + "=" + jars.get(l)).toList()), labels.get(0),
                gatling.resolve("index.html")));
        out.add("measured window %.0f s after %s s of warm-up, %s virtual users in all (half per jar), no think time"
                .formatted(a.seconds(), System.getProperty("load.warmupSeconds", "?"), System.getProperty("load.users", "?")));
        out.add("load average (1/5/15 min) at the end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        out.addAll(table(a, b));
        out.add(String.format(Locale.ROOT, "load tool (shared): %.2f ms CPU per main page of both; machine busy %.1f %% in the window",
                toolTicks < 0 ? -1 : toolTicks * ProcCpu.TICK_MS / (a.pages() + b.pages()), busyPercent));
        out.add("order " + String.join(",", labels));
        out.add(a.line());
        out.add(b.line());
        out.addAll(details);
        Path file = Path.of(prefix + "-run" + run + ".txt");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out);
        out.subList(0, 8).forEach(System.out::println);
        List<String> combined = combine(prefix, existingRuns(prefix));
        Files.write(Path.of(prefix + ".txt"), combined);
        System.out.println();
        combined.forEach(System.out::println);
        if (a.failed() + b.failed() > 0) {
            throw new IllegalStateException((a.failed() + b.failed()) + " requests failed: see " + gatling.resolve("index.html"));
        }
    }

    /** One finished run read back: who started first and both jars' figures. */
    record Run(String name, String first, Figures a, Figures b) {
    }

    static Run parseRun(String name, List<String> lines) {
        String first = "?";
        List<Figures> f = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("order ")) {
                first = line.substring(6).split(",")[0];
            } else if (line.startsWith("figures ")) {
                f.add(Figures.parse(line));
            }
        }
        return f.size() < 2 ? null : new Run(name, first, f.get(0), f.get(1));
    }

    /** The summary over runs: a line per run, then each ratio B/A's min / median / max / geometric mean, all and per order. */
    static List<String> combine(String prefix, List<Run> runs) {
        List<String> out = new ArrayList<>();
        if (runs.isEmpty()) {
            return out;
        }
        String la = runs.get(0).a().label();
        String lb = runs.get(0).b().label();
        out.add("A/B runs of " + prefix + " (both jars under load at the same time, half the users each; ratio = " + lb + "/" + la + ")");
        out.add(String.format(Locale.ROOT, "%-8s %6s %9s %9s %7s %7s %7s %7s %7s %7s %7s %6s", "run", "first",
                la + " pg/s", lb + " pg/s", "ratio", la + " p95", lb + " p95", la + " app", lb + " app", "ratio", "PG rt", "cost"));
        for (Run r : runs) {
            out.add(String.format(Locale.ROOT, "%-8s %6s %9.1f %9.1f %7.3f %7d %7d %7.2f %7.2f %7.3f %7.3f %6.3f", r.name(),
                    r.first(), r.a().pagesPerSecond(), r.b().pagesPerSecond(), throughput(r), r.a().p95(), r.b().p95(),
                    r.a().appMs(), r.b().appMs(), r.b().appMs() / r.a().appMs(), r.b().pgMs() / r.a().pgMs(), cost(r)));
        }
        out.add("");
        out.add("ratio " + lb + "/" + la + " over the runs: min / median / max, geometric mean (throughput > 1 and CPU < 1: " + lb + " better)");
        out.addAll(stats("all " + runs.size() + " runs", runs));
        for (String first : List.of(la, lb)) {
            List<Run> these = runs.stream().filter(r -> r.first().equals(first)).toList();
            if (!these.isEmpty() && these.size() < runs.size()) {
                out.addAll(stats(first + " started first (" + these.size() + ")", these));
            }
        }
        out.add("(main pages/s: the measured window; app and PG: CPU ms per main page of that jar's JVM and its embedded"
                + " PostgreSQL; cost: app + PG; app - JIT: the app without its JIT compiler threads)");
        return out;
    }

    static double throughput(Run r) {
        return r.b().pagesPerSecond() / r.a().pagesPerSecond();
    }

    static double cost(Run r) {
        return r.b().costMs() / r.a().costMs();
    }

    private static List<String> stats(String title, List<Run> runs) {
        List<String> out = new ArrayList<>();
        out.add("  " + title + ":");
        out.add("    main pages/s       " + stat(runs.stream().mapToDouble(AbSummary::throughput).toArray()));
        out.add("    app ms / page      " + stat(runs.stream().mapToDouble(r -> r.b().appMs() / r.a().appMs()).toArray()));
        out.add("    PostgreSQL ms      " + stat(runs.stream().mapToDouble(r -> r.b().pgMs() / r.a().pgMs()).toArray()));
        out.add("    app + PG ms        " + stat(runs.stream().mapToDouble(AbSummary::cost).toArray()));
        out.add("    app - JIT ms       " + stat(runs.stream().mapToDouble(r -> r.b().appWithoutJitMs() / r.a().appWithoutJitMs()).toArray()));
        return out;
    }

    /** min / median / max and the geometric mean of ratios. */
    static String stat(double[] ratios) {
        double[] s = ratios.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        double logSum = 0;
        for (double r : s) {
            logSum += Math.log(r);
        }
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f   geomean %.3f", s[0], median, s[s.length - 1],
                Math.exp(logSum / s.length));
    }

    private static List<Run> existingRuns(String prefix) throws IOException {
        Path p = Path.of(prefix).toAbsolutePath();
        String base = p.getFileName().toString() + "-run";
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(p.getParent())) {
            List<Path> list = files.filter(f -> f.getFileName().toString().startsWith(base)
                            && f.getFileName().toString().endsWith(".txt"))
                    .sorted((x, y) -> Integer.compare(number(x, base), number(y, base))).toList();
            for (Path f : list) {
                Run r = parseRun("run" + number(f, base), Files.readAllLines(f));
                if (r != null) {
                    runs.add(r);
                }
            }
        }
        return runs;
    }

    private static int number(Path f, String base) {
        String n = f.getFileName().toString().substring(base.length()).replace(".txt", "");
        return n.matches("\\d+") ? Integer.parseInt(n) : Integer.MAX_VALUE;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static Path newestRun(Path dir) throws IOException {
        try (Stream<Path> runs = Files.list(dir)) {
            return runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report (index.html) in " + dir));
        }
    }
}
