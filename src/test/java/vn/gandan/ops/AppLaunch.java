package vn.gandan.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the process tests launch the packaged app fast on a loaded machine: the jar extracted by Spring Boot's
 * {@code -Djarmode=tools extract} (plain jars on the class path: no nested-jar class loading) with an AppCDS archive
 * of the classes a start loads, made once per built jar by a training start that stops after the context refresh.
 * Measured on this 2-core machine at load ≈ 20: JVM CPU per start 24.6 s (fat jar) → 18.3 s (extracted) → 9.8 s
 * (extracted + CDS + serial GC). The same classes and configuration run; only where the JVM reads them from changes.
 * Kept in {@code target/ops/cds/} with the jar's size and time as its key; if anything fails the fat jar is used.
 */
final class AppLaunch {

    static final List<String> JVM = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Duser.timezone=Asia/Ho_Chi_Minh");
    private static final Path DIR = Path.of("target/ops/cds").toAbsolutePath();
    private static List<String> launch;

    private AppLaunch() {
    }

    /** The java command up to and including the jar: {@code java <JVM> [-XX:SharedArchiveFile=…] -jar <jar>}. */
    static synchronized List<String> command() {
        if (launch == null) {
            launch = prepare();
        }
        return launch;
    }

    private static List<String> prepare() {
        Path jar = AppProcess.jar();
        List<String> fat = java(List.of("-jar", jar.toString()));
        if (Boolean.getBoolean("ops.fatJar")) {
            return fat;
        }
        try {
            String key = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            Path stamp = DIR.resolve("stamp");
            Path extracted = DIR.resolve("app").resolve(jar.getFileName());
            Path archive = DIR.resolve("app.jsa");
            if (!Files.exists(stamp) || !Files.readString(stamp).equals(key) || !Files.exists(archive)) {
                Files.deleteIfExists(stamp);
                extract(jar);
                train(extracted, archive);
                Files.writeString(stamp, key);
            }
            return java(List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString()));
        } catch (Exception e) {
            System.out.println("AppCDS not prepared (" + e.getMessage() + "): the fat jar is started; see " + DIR);
            return fat;
        }
    }

    private static List<String> java(List<String> tail) {
        List<String> cmd = new ArrayList<>(List.of(AppProcess.javaBinary()));
        cmd.addAll(JVM);
        cmd.addAll(tail);
        return cmd;
    }

    private static void extract(Path jar) throws Exception {
        Path app = DIR.resolve("app");
        delete(app);
        Files.createDirectories(DIR);
        run(List.of(AppProcess.javaBinary(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                app.toString()), DIR.resolve("extract.log"), List.of());
    }

    /** One start on a throw-away embedded database that exits after the context refresh, dumping the loaded classes. */
    private static void train(Path extracted, Path archive) throws Exception {
        Path data = Files.createTempDirectory(DIR, "training-");
        Path dump = DIR.resolve("app.jsa.tmp");
        Files.deleteIfExists(dump);
        List<String> cmd = java(List.of("-XX:ArchiveClassesAtExit=" + dump, "-Dspring.context.exit=onRefresh",
                "-jar", extracted.toString(), "--server.port=0", "--server.address=127.0.0.1", "--app.demo=false"));
        List<String> env = List.of("GANDAN_DATA_DIR=" + data.resolve("postgres"), "GANDAN_PETITIONS_KEY_FILE=" + data.resolve("petitions.key"),
                "GANDAN_SIGNING_KEY_FILE=" + data.resolve("signing.key"));
        try {
            run(cmd, DIR.resolve("training.log"), env);
            Files.move(dump, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            OrphanedPostgres.stop(data);
            delete(data);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(List<String> cmd, Path log, List<String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        env.forEach(e -> pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        Process p = pb.start();
        if (!p.waitFor(AppProcess.startTimeout().toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException("timed out: " + String.join(" ", cmd.subList(cmd.size() - 3, cmd.size())));
        }
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + " from " + log);
        }
    }
}
