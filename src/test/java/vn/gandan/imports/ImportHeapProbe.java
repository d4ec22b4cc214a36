package vn.gandan.imports;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Imports one file in a JVM of its own (started by {@link ImportBenchmark} with a fixed heap) and prints, in bytes
 * above what was live before the import (the file's bytes, after a full collection): {@code used=} the heap's peak
 * occupancy (live objects and garbage not yet collected), {@code live=} the largest heap left after any collection
 * during the import or after a last one with the result still held, then {@code ms=} and {@code tasks=}. Exits 3
 * when the heap was too small.
 */
public final class ImportHeapProbe {

    private ImportHeapProbe() {
    }

    /** Runs the probe on the file in a JVM with these options: used, live (bytes) and ms, or nothing when out of memory. */
    static Map<String, Long> run(byte[] file, String... jvmOptions) throws Exception {
        Path tmp = Files.createTempFile("bench", ".bin");
        try {
            Files.write(tmp, file);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(List.of(jvmOptions));
            cmd.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                    ImportHeapProbe.class.getName(), tmp.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Long> out = new LinkedHashMap<>();
            Matcher m = Pattern.compile("(used|live|ms|tasks)=(\\d+)").matcher(said);
            while (m.find()) {
                out.put(m.group(1), Long.parseLong(m.group(2)));
            }
            return p.waitFor() == 0 && out.size() == 4 ? out : Map.of();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] file = Files.readAllBytes(Path.of(args[0]));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        Set<String> names = heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong live = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> live.accumulateAndGet(after(n.getUserData(), names), Math::max),
                    n -> GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType()), null);
        }
        System.gc();
        Thread.sleep(300);
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        live.set(0);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try {
            Map<String, Object> fields = Extracted.asMap("probe", Readers.text(file));
            long ms = (System.nanoTime() - start) / 1_000_000;
            long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            Thread.sleep(300);
            Reference.reachabilityFence(fields);
            System.out.printf("used=%d live=%d ms=%d tasks=%d%n", used - before, live.get() - before, ms,
                    ((List<?>) fields.get("tasks")).size());
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
            System.exit(3);
        }
    }

    /** Heap occupied after a collection (the heap's pools only). */
    private static long after(Object data, Set<String> heapPools) {
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) data);
        return info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
