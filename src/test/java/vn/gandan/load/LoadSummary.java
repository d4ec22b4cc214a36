package vn.gandan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After {@code ./mvnw -Pload verify}: reads the newest Gatling run's {@code js/stats.json} and writes
 * {@code target/bench/load-<data>-<users>u.txt}: per request name the count, errors, p50/p95/p99 ms and rate;
 * main pages per second (pages, not sign-in or API) and the load average of the machine. Fails (exit 1) when any
 * request failed, so "0 errors" is checked by the build. Arguments: data name, users, seconds.
 */
public final class LoadSummary {

    private LoadSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path run = newestRun(Path.of("target/gatling"));
        JsonNode all = JsonMapper.builder().build().readTree(run.resolve("js/stats.json").toFile());
        List<String> lines = new ArrayList<>();
        lines.add("Gatling load test: data=%s, %s virtual users, %s s; report %s".formatted(arg(args, 0), arg(args, 1),
                arg(args, 2), run.resolve("index.html")));
        lines.add("load average (1/5/15 min) at the end: " + Files.readString(Path.of("/proc/loadavg")).strip());
        lines.add(String.format(Locale.ROOT, "%-28s %7s %5s %7s %7s %7s %7s %8s", "request", "count", "KO", "p50", "p95",
                "p99", "max", "req/s"));
        double pagesPerSecond = 0;
        for (JsonNode req : all.path("contents")) {
            JsonNode s = req.path("stats");
            String name = s.path("name").asString();
            double rate = s.path("meanNumberOfRequestsPerSecond").path("total").asDouble();
            if (!name.startsWith("API") && !name.startsWith("sign in")) {
                pagesPerSecond += rate;
            }
            lines.add(line(name, s, rate));
        }
        JsonNode total = all.path("stats");
        lines.add(line("ALL", total, total.path("meanNumberOfRequestsPerSecond").path("total").asDouble()));
        lines.add(String.format(Locale.ROOT, "main pages per second (pages, public pages; no API, no sign-in): %.1f", pagesPerSecond));
        Path out = Path.of("target/bench/load-" + arg(args, 0) + "-" + arg(args, 1) + "u.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
        long ko = total.path("numberOfRequests").path("ko").asLong();
        if (ko > 0) {
            System.err.println(ko + " requests failed: see " + run.resolve("index.html"));
            System.exit(1);
        }
    }

    private static String line(String name, JsonNode s, double rate) {
        return String.format(Locale.ROOT, "%-28s %7d %5d %7d %7d %7d %7d %8.1f", name,
                s.path("numberOfRequests").path("total").asLong(), s.path("numberOfRequests").path("ko").asLong(),
                ms(s, "percentiles1"), ms(s, "percentiles3"), ms(s, "percentiles4"), ms(s, "maxResponseTime"), rate);
    }

    private static long ms(JsonNode s, String field) {
        return s.path(field).path("total").asLong();
    }

    private static String arg(String[] args, int i) {
        return args.length > i ? args[i] : "?";
    }

    private static Path newestRun(Path dir) throws IOException {
        try (Stream<Path> runs = Files.list(dir)) {
            return runs.filter(p -> Files.exists(p.resolve("js/stats.json")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run with js/stats.json in " + dir));
        }
    }
}
