package vn.gandan.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one phase of a load run ({@link LoadPhases}): its rows of Gatling's table (names without the phase
 * prefix), requests per second over the phase's own length (not Gatling's rate, which divides by the whole run),
 * main pages per second, and the CPU each process spent in it per main page ({@link ProcCpu} readings at the phase's
 * boundaries). Pure: computed from recorded inputs.
 */
final class LoadFigures {

    private LoadFigures() {
    }

    /** Pages and public pages; not the API, sign-in or the redirect Gatling follows. */
    static boolean mainPage(String name) {
        return !name.startsWith("API") && !name.startsWith("sign in") && !name.contains("Redirect");
    }

    /** The rows issued in the phase named by {@code prefix} ("" = the measured window), prefix removed. */
    static List<LoadSummary.Row> phase(List<LoadSummary.Row> rows, String prefix) {
        List<LoadSummary.Row> out = new ArrayList<>();
        for (LoadSummary.Row r : rows) {
            boolean other = r.name().equals("All Requests") || (prefix.isEmpty()
                    ? r.name().startsWith(LoadPhases.WARM_UP) || r.name().startsWith(LoadPhases.AFTER)
                    : !r.name().startsWith(prefix));
            if (!other) {
                out.add(new LoadSummary.Row(r.name().substring(prefix.length()), r.total(), r.ko(), r.rate(), r.p50(),
                        r.p95(), r.p99(), r.max()));
            }
        }
        return out;
    }

    /** The lines of one phase: the table (rate over {@code seconds}), the totals, pages/s and the CPU split. */
    static List<String> lines(String title, List<LoadSummary.Row> rows, double seconds, ProcCpu from, ProcCpu to) {
        List<String> lines = new ArrayList<>(List.of(title, String.format(Locale.ROOT, "%-28s %7s %5s %7s %7s %7s %7s %8s",
                "request", "count", "KO", "p50", "p95", "p99", "max", "req/s")));
        long all = 0;
        long ko = 0;
        long pages = 0;
        for (LoadSummary.Row r : rows) {
            lines.add(new LoadSummary.Row(r.name(), r.total(), r.ko(), r.total() / seconds, r.p50(), r.p95(), r.p99(),
                    r.max()).line());
            all += r.total();
            ko += r.ko();
            pages += mainPage(r.name()) ? r.total() : 0;
        }
        lines.add(String.format(Locale.ROOT, "requests: %d in %.1f s, %d failed, %.1f requests/s", all, seconds, ko, all / seconds));
        lines.add(String.format(Locale.ROOT, "main pages per second (pages and public pages; no API, sign-in or redirect): %.1f"
                + " (%d pages)", pages / seconds, pages));
        lines.addAll(cpu(from, to, pages, all));
        return lines;
    }

    /** CPU ms per main page (and per request) of each process between two readings, and its share of the machine. */
    static List<String> cpu(ProcCpu from, ProcCpu to, long pages, long requests) {
        if (from == null || to == null || pages == 0) {
            return List.of("CPU per process: no readings for this phase");
        }
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put("app JVM", delta(from.app(), to.app()));
        ticks.put("  of which JIT compiler threads", delta(from.appJit(), to.appJit()));
        ticks.put("  of which GC threads, VM thread", delta(from.appGc(), to.appGc()));
        ticks.put("PostgreSQL (postmaster, backends)", delta(from.postgres(), to.postgres()));
        ticks.put("load tool JVM (Gatling)", delta(from.tool(), to.tool()));
        long busy = delta(from.machineBusy(), to.machineBusy());
        long known = sum(ticks);
        ticks.put("other processes on the machine", busy < 0 || known < 0 ? -1 : busy - known);
        ticks.put("whole machine (busy)", busy);
        List<String> lines = new ArrayList<>(List.of("CPU from /proc in this phase: ms per main page, ms per request,"
                + " share of the machine's busy CPU"));
        ticks.forEach((name, t) -> lines.add(t < 0 ? String.format(Locale.ROOT, "  %-36s n/a", name)
                : String.format(Locale.ROOT, "  %-36s %8.2f %8.2f %6.1f %%", name, t * ProcCpu.TICK_MS / pages,
                        t * ProcCpu.TICK_MS / requests, busy > 0 ? 100.0 * t / busy : 0)));
        long total = delta(from.machineTotal(), to.machineTotal());
        if (busy >= 0 && total > 0) {
            lines.add(String.format(Locale.ROOT, "  machine busy %.1f %% of its cores' time in this phase", 100.0 * busy / total));
        }
        return lines;
    }

    /** The three processes' ticks (not the "of which" lines), -1 when one is unknown. */
    private static long sum(Map<String, Long> ticks) {
        List<Long> own = ticks.entrySet().stream().filter(e -> !e.getKey().startsWith(" ")).map(Map.Entry::getValue).toList();
        return own.stream().allMatch(t -> t >= 0) ? own.stream().mapToLong(Long::longValue).sum() : -1;
    }

    private static long delta(long from, long to) {
        return from < 0 || to < 0 ? -1 : to - from;
    }
}
