package vn.gandan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The response times of one app's main pages issued in the measured window, kept by the load tool itself: Gatling's
 * table gives percentiles per request name only, and an A/B run ({@code AbSimulation}) needs them per app over all its
 * main pages. {@link #write} puts count and p50/p95/p99 in {@code target/load/latency-<data>.txt}; {@link #read} reads
 * them back for {@link AbSummary}.
 */
final class LoadLatencies {

    private long[] millis = new long[1 << 15];
    private int count;

    synchronized void add(long ms) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = ms;
    }

    synchronized long[] sorted() {
        long[] s = Arrays.copyOf(millis, count);
        Arrays.sort(s);
        return s;
    }

    /** The nearest-rank percentile {@code p} (0-100) of sorted values; 0 for none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    void write(String data) throws IOException {
        long[] s = sorted();
        Path out = Path.of("target/load/latency-" + data + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(Locale.ROOT, "count %d p50 %d p95 %d p99 %d%n", s.length, percentile(s, 50),
                percentile(s, 95), percentile(s, 99)));
    }

    /** {count, p50, p95, p99} from a {@link #write} line; -1 each when absent. */
    static long[] read(List<String> lines) {
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 8 && f[0].equals("count")) {
                return new long[] {Long.parseLong(f[1]), Long.parseLong(f[3]), Long.parseLong(f[5]), Long.parseLong(f[7])};
            }
        }
        return new long[] {-1, -1, -1, -1};
    }
}
