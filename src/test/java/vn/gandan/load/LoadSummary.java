package vn.gandan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After {@code ./mvnw -Pload verify}: reads the statistics table of the newest Gatling report
 * ({@code target/gatling/<run>/index.html}; Gatling 3.15 writes no stats.json) and writes
 * {@code target/bench/load-<data>-<users>u.txt}: for the measured window (and the warm-up before it, the cold
 * figure, when there was one) per request name the count, errors, p50/p95/p99 ms and rate, main pages per second
 * (pages, not sign-in or API) and the CPU per main page of the app, PostgreSQL, the load tool and the rest of the
 * machine ({@link LoadFigures}); and the load average. Fails (exit 1) when any request failed, so "0 errors" is
 * checked by the build. Arguments: data name, users, seconds of the measured window.
 */
public final class LoadSummary {

    private LoadSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path run = newestRun(Path.of("target/gatling"));
        List<Row> rows = rows(Files.readString(run.resolve("index.html")));
        Path cpuFile = Path.of("target/load/cpu-" + arg(args, 0) + ".txt");
        List<String> cpu = Files.exists(cpuFile) ? Files.readAllLines(cpuFile) : List.of();
        List<String> lines = new ArrayList<>();
        lines.add("Gatling load test: data=%s, %s virtual users, measured window %s s; report %s".formatted(arg(args, 0),
                arg(args, 1), arg(args, 2), run.resolve("index.html")));
        lines.add("think time between pages: " + System.getProperty("load.pauseMs", "0") + " ms (uniform 0.5-1.5x)");
        lines.add("load average (1/5/15 min) at the end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        lines.addAll(summary(rows, cpu, Double.parseDouble(arg(args, 2))));
        Path out = Path.of("target/bench/load-" + arg(args, 0) + "-" + arg(args, 1) + "u.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
        long ko = rows.stream().filter(r -> r.name().equals("All Requests")).mapToLong(Row::ko).sum();
        if (ko > 0) {
            throw new IllegalStateException(ko + " requests failed: see " + run.resolve("index.html"));
        }
    }

    /**
     * The measured window (steady state) and, when there was a warm-up, the warm-up phase (the cold figure of
     * sessions 10-11: a fresh JVM from its first request, sign-ins included), from Gatling's rows and the CPU
     * readings of {@link LoadPhases} ({@code cpu}: the lines of {@code target/load/cpu-<data>.txt}, may be empty).
     */
    static List<String> summary(List<Row> rows, List<String> cpu, double windowSeconds) {
        Map<String, ProcCpu> at = new HashMap<>();
        long warmup = 0;
        for (String line : cpu) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 7 && !line.startsWith("#")) {
                at.put(f[0], ProcCpu.parse(f));
            } else if (f[0].equals("warmupSeconds")) {
                warmup = Long.parseLong(f[1]);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.addAll(LoadFigures.lines(warmup > 0
                ? "== STEADY STATE: the measured window (%.0f s after %d s of warm-up; sign-ins and JIT warm-up before it)"
                        .formatted(seconds(at, "window-start", "window-end", windowSeconds), warmup)
                : "== COLD: the measured window starts with a fresh JVM's first request (no warm-up; sign-ins included)",
                LoadFigures.phase(rows, ""), seconds(at, "window-start", "window-end", windowSeconds),
                at.get("window-start"), at.get("window-end")));
        if (warmup > 0) {
            lines.add("");
            lines.addAll(LoadFigures.lines("== COLD (the figure of sessions 10-11): the warm-up, %d s from a fresh JVM's first request, sign-ins included; not counted above"
                    .formatted(warmup), LoadFigures.phase(rows, LoadPhases.WARM_UP),
                    seconds(at, "start", "window-start", warmup), at.get("start"), at.get("window-start")));
        }
        return lines;
    }

    private static double seconds(Map<String, ProcCpu> at, String from, String to, double otherwise) {
        return at.containsKey(from) && at.containsKey(to) ? (at.get(to).nanos() - at.get(from).nanos()) / 1e9 : otherwise;
    }

    /** One row of the report's statistics table: name, total, KO, rate, p50, p95, p99, max. */
    record Row(String name, long total, long ko, double rate, long p50, long p95, long p99, long max) {
        String line() {
            return String.format(Locale.ROOT, "%-28s %7d %5d %7d %7d %7d %7d %8.2f", name, total, ko, p50, p95, p99, max, rate);
        }
    }

    private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)<");

    static List<Row> rows(String html) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            java.util.Map<Integer, String> cells = new java.util.HashMap<>();
            Matcher c = CELL.matcher(m.group(2));
            while (c.find()) {
                cells.put(Integer.parseInt(c.group(1)), c.group(2).strip().replace(",", ""));
            }
            if (cells.containsKey(12)) {
                rows.add(new Row(m.group(1).replace("&amp;", "&"), num(cells, 2), num(cells, 4),
                        Double.parseDouble(cells.get(6).replace("-", "0")), num(cells, 8), num(cells, 10), num(cells, 11), num(cells, 12)));
            }
        }
        return rows;
    }

    private static long num(java.util.Map<Integer, String> cells, int col) {
        String v = cells.getOrDefault(col, "0");
        return v.isEmpty() || v.equals("-") ? 0 : Long.parseLong(v);
    }

    private static String arg(String[] args, int i) {
        return args.length > i ? args[i] : "?";
    }

    private static Path newestRun(Path dir) throws IOException {
        try (Stream<Path> runs = Files.list(dir)) {
            return runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report (index.html) in " + dir));
        }
    }
}
