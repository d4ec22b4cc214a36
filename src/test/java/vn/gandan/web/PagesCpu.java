package vn.gandan.web;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link PageCpuBenchmark}'s request-thread CPU per kind of page (issue 14, session 13): the CPU time of Tomcat's
 * request threads read before and after each page (one user at a time, so the difference is that page's), summed
 * under the page's kind ({@code /plans/{id}}, {@code /reports?period=…}, …) and given as ms per page.
 */
final class PagesCpu {

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final Map<String, double[]> byKind = new TreeMap<>();
    private long[] ids = new long[0];

    /** The request threads' ids, read again before each round (the pool may have grown). */
    void threads() {
        List<Long> found = new ArrayList<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio") && info.getThreadName().contains("exec")) {
                found.add(info.getThreadId());
            }
        }
        ids = found.stream().mapToLong(Long::longValue).toArray();
    }

    long cpuNs() {
        long ns = 0;
        for (long id : ids) {
            ns += Math.max(0, mx.getThreadCpuTime(id));
        }
        return ns;
    }

    void add(String page, long ns) {
        double[] sum = byKind.computeIfAbsent(kind(page), k -> new double[2]);
        sum[0] += ns / 1e6;
        sum[1]++;
    }

    void clear() {
        byKind.clear();
    }

    static String kind(String page) {
        return page.replaceAll("/plans/\\d+", "/plans/{id}").replaceAll("period=[^&]*", "period=…")
                .replaceAll("unitId=\\d+", "unitId={id}");
    }

    String report() {
        StringBuilder out = new StringBuilder("request-thread CPU ms per page, by kind (the 3 measured runs together)\n");
        byKind.forEach((kind, s) -> out.append(String.format(Locale.ROOT, "%-40s %6.2f ms  (%d pages)%n", kind,
                s[0] / s[1], (long) s[1])));
        return out.toString();
    }
}
