package vn.gandan.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;

/**
 * CPU, not wall time, of imports on one thread (the machine is shared, so wall time measures the load): the 20 MB .txt
 * imported once cold and then {@link ImportBenchmark#RUNS} times warm, and the seeds of each format as files per CPU
 * second after a warm-up. Run by {@link ImportBenchmark}; also runnable alone ({@code main}) to compare two builds in one
 * session.
 */
public final class ImportCpuProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ImportCpuProbe() {
    }

    /** CPU seconds of each warm import of the file (after one cold import). */
    static double[] warmImportCpuSeconds(byte[] file, int runs) {
        importOne(file);
        double[] s = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            importOne(file);
            s[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
        }
        return s;
    }

    /** Files per CPU second over the files, each run at least one CPU second, after two CPU seconds of warm-up. */
    static double[] filesPerCpuSecond(List<byte[]> files, int runs) {
        long warm = THREADS.getCurrentThreadCpuTime();
        while (THREADS.getCurrentThreadCpuTime() - warm < 2_000_000_000L) {
            files.forEach(ImportCpuProbe::importOne);
        }
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            int n = 0;
            long start = THREADS.getCurrentThreadCpuTime();
            while (THREADS.getCurrentThreadCpuTime() - start < 1_000_000_000L || n < files.size()) {
                importOne(files.get(n % files.size()));
                n++;
            }
            rates[r] = n / ((THREADS.getCurrentThreadCpuTime() - start) / 1e9);
        }
        return rates;
    }

    static Map<String, Object> importOne(byte[] b) {
        return Extracted.asMap("bench", Readers.text(b));
    }

    public static void main(String[] args) throws Exception {
        List<String> seeds = BenchFiles.seeds();
        if (args.length == 2 && args[0].equals("write")) { // the 20 MB .txt, for a profiler run of ImportHeapProbe
            java.nio.file.Files.write(java.nio.file.Path.of(args[1]), BenchFiles.bigText(seeds, 20L * 1024 * 1024));
            return;
        }
        double[] big = warmImportCpuSeconds(BenchFiles.bigText(seeds, 20L * 1024 * 1024), 3);
        System.out.println("txt_20mb_warm_cpu_seconds: " + ImportBenchmark.Stats.of(big, "%.2f"));
        for (var e : BenchFiles.formats(seeds).entrySet()) {
            if (e.getValue() != null && !e.getKey().contains("ocr")) {
                System.out.println(e.getKey() + "_files_per_cpu_second: " + ImportBenchmark.Stats.of(filesPerCpuSecond(e.getValue(), 3), "%.1f"));
            }
        }
    }
}
