package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports one file in a JVM of its own (started by {@link ImportBenchmark} with a fixed {@code -Xmx}): prints
 * "read N tasks in T ms" and exits 0, or exits 3 when the heap was too small.
 */
public final class ImportHeapProbe {

    private ImportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] file = Files.readAllBytes(Path.of(args[0]));
        long start = System.nanoTime();
        try {
            var fields = Extracted.asMap("probe", Readers.read(file));
            System.out.printf("read %d tasks in %d ms%n", ((List<?>) fields.get("tasks")).size(), (System.nanoTime() - start) / 1_000_000);
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
            System.exit(3);
        }
    }
}
