package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command-line importer's output for the five seeds, scored by {@code ../shared/tools/score_import.py}
 * against the gold files, must reach 1.000. The seeds live beside the clone ({@code ../shared/seeds}).
 */
class SeedImportScoreTests {

    /** {@code ../shared} beside the clone (CI, main checkout); {@code ../../shared} for a worktree under wt/. */
    private static final Path SHARED = Stream.of("../shared", "../../shared")
            .map(p -> Path.of("").toAbsolutePath().resolve(p).normalize())
            .filter(p -> Files.isDirectory(p.resolve("seeds")))
            .findFirst().orElse(Path.of("").toAbsolutePath().resolve("../shared").normalize());

    @Test
    void seedsScoreAtLeast95PercentAgainstGold() throws Exception {
        Path seeds = SHARED.resolve("seeds");
        Path gold = seeds.resolve("gold");
        Path scorer = SHARED.resolve("tools/score_import.py");
        if (!Files.isDirectory(gold) || !Files.isRegularFile(scorer)) {
            fail("seed documents not found: expected " + gold + " and " + scorer
                    + " (the shared/ folder must sit beside the repository clone)");
        }
        Path pred = Files.createTempDirectory("import-pred");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).as("seed .txt files in " + seeds).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.txt$", ".json");
            Files.writeString(pred.resolve(name), Json.write(ImportCommand.extract(f)), StandardCharsets.UTF_8);
        }
        Process p = new ProcessBuilder("python3", scorer.toString(), "--gold", gold.toString(), "--pred",
                pred.toString(), "--min", "1.0").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("import-score:");
    }

    @Test
    void commandLineGivesOneObjectForOneFileAndAnArrayForSeveral() throws IOException {
        Path dir = Files.createTempDirectory("import-cli");
        Path a = Files.writeString(dir.resolve("a.txt"), "KẾ HOẠCH\nThực hiện công tác năm 2026\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "BÁO CÁO\nKết quả công tác năm 2026\n");
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(ImportCommand.run(new String[] {a.toString()})).isZero();
            String one = buf.toString(StandardCharsets.UTF_8).strip();
            assertThat(one).startsWith("{").contains("\"doc_kind\": \"KE_HOACH\"");
            buf.reset();
            assertThat(ImportCommand.run(new String[] {a.toString(), b.toString()})).isZero();
            String many = buf.toString(StandardCharsets.UTF_8).strip();
            assertThat(many).startsWith("[").contains("\"doc_kind\": \"BAO_CAO\"");
        } finally {
            System.setOut(old);
        }
    }
}
