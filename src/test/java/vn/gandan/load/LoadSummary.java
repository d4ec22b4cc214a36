package vn.gandan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After {@code ./mvnw -Pload verify}: reads the statistics table of the newest Gatling report
 * ({@code target/gatling/<run>/index.html}; Gatling 3.15 writes no stats.json) and writes
 * {@code target/bench/load-<data>-<users>u.txt}: per request name the count, errors, p50/p95/p99 ms and rate;
 * main pages per second (pages, not sign-in or API) and the load average of the machine. Fails (exit 1) when any
 * request failed, so "0 errors" is checked by the build. Arguments: data name, users, seconds.
 */
public final class LoadSummary {

    private LoadSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path run = newestRun(Path.of("target/gatling"));
        List<Row> rows = rows(Files.readString(run.resolve("index.html")));
        List<String> lines = new ArrayList<>();
        lines.add("Gatling load test: data=%s, %s virtual users, %s s; report %s".formatted(arg(args, 0), arg(args, 1),
                arg(args, 2), run.resolve("index.html")));
        lines.add("think time between pages: " + System.getProperty("load.pauseMs", "0") + " ms (uniform 0.5-1.5x)");
        lines.add("load average (1/5/15 min) at the end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        lines.add(String.format(Locale.ROOT, "%-28s %7s %5s %7s %7s %7s %7s %8s", "request", "count", "KO", "p50", "p95",
                "p99", "max", "req/s"));
        double pagesPerSecond = 0;
        Row all = null;
        for (Row r : rows) {
            if (r.name().equals("All Requests")) {
                all = r;
                continue;
            }
            if (!r.name().startsWith("API") && !r.name().startsWith("sign in") && !r.name().contains("Redirect")) {
                pagesPerSecond += r.rate();
            }
            lines.add(r.line());
        }
        if (all == null) {
            throw new IllegalStateException("no 'All Requests' row in " + run.resolve("index.html"));
        }
        lines.add(all.line());
        lines.add(String.format(Locale.ROOT, "main pages per second (pages and public pages; no API, sign-in or redirect): %.1f",
                pagesPerSecond));
        Path out = Path.of("target/bench/load-" + arg(args, 0) + "-" + arg(args, 1) + "u.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
        if (all.ko() > 0) {
            throw new IllegalStateException(all.ko() + " requests failed: see " + run.resolve("index.html"));
        }
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
