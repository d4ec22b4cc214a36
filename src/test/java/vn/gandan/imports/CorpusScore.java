package vn.gandan.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the importer over one corpus part ({@code src/test/resources/corpus/dev}, {@code heldout} …) and scores it with
 * {@code ../shared/tools/score_import.py}. Only the field averages and the overall score are returned, never the
 * per-document lines, so that a held-out part can be scored without being read. Per-document lines ({@code part+v}) are
 * given only for the {@link #TUNING_PARTS}: dev and the parts retired into tuning data once scored in three or more
 * sessions (session 13: heldout, heldout3, heldout4; session 16: heldout2, heldout5, heldout6; session 17: heldout7; session 18: heldout8;
 * session 19: heldout9;
 * session 20: heldout10;
 * session 21: heldout11;
 * session 22: heldout12;
 * session 23: heldout13;
 * session 24: heldout14;
 * session 25: heldout15;
 * session 26: heldout16;
 * session 27: heldout17;
 * session 28: heldout18;
 * session 29: heldout19); heldout20 and later parts stay held out.
 */
final class CorpusScore {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** Parts whose per-document results may be read: dev, and the held-out parts retired into tuning data (sessions 13, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29). */
    static final java.util.Set<String> TUNING_PARTS = java.util.Set.of("dev", "heldout", "heldout2", "heldout3", "heldout4",
            "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19");
    /** The parts retired into tuning data; they keep their gates in {@code CorpusScoreTests} under their old names. */
    static final java.util.Set<String> RETIRED_PARTS = java.util.Set.of("heldout", "heldout2", "heldout3", "heldout4", "heldout5",
            "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19");
    private static final Pattern OVERALL = Pattern.compile("import-score: ([0-9.]+)");

    /** The scorer's field table (without per-document lines) and the overall figure. */
    record Result(String fieldTable, double overall) {
    }

    private CorpusScore() {
    }

    static Result score(String part) throws IOException, InterruptedException {
        return score(CORPUS.resolve(part), false);
    }

    /** Scores the .txt files of {@code dir} against {@code dir/gold}; {@code verbose} keeps the per-document lines. */
    static Result score(Path dir, boolean verbose) throws IOException, InterruptedException {
        Path pred = Files.createTempDirectory("corpus-pred");
        for (Path f : texts(dir)) {
            String name = f.getFileName().toString().replaceFirst("\\.txt$", ".json");
            Files.writeString(pred.resolve(name), Json.write(ImportCommand.extract(f)), StandardCharsets.UTF_8);
        }
        Process p = new ProcessBuilder("python3", scorer().toString(), "--gold", dir.resolve("gold").toString(),
                "--pred", pred.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("scorer timed out");
        }
        Matcher m = OVERALL.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no score in scorer output: " + out);
        }
        String table = out.lines().filter(l -> verbose || !l.strip().startsWith("doc ")).reduce("", (a, b) -> a + b + "\n");
        return new Result(table, Double.parseDouble(m.group(1)));
    }

    /** The texts of a corpus folder ({@code *.txt}), sorted by name. */
    /** The tuning parts in a fixed order — dev, then the retired parts by number — so a training run reads them the same way each time. */
    static List<String> tuningParts() {
        return TUNING_PARTS.stream().sorted(java.util.Comparator.comparingInt((String p) -> p.equals("dev") ? -1
                : p.equals("heldout") ? 1 : Integer.parseInt(p.substring("heldout".length())))).toList();
    }

    static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static Path scorer() {
        return Stream.of("../shared", "../../shared").map(s -> Path.of("").toAbsolutePath().resolve(s).normalize())
                .map(s -> s.resolve("tools/score_import.py")).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("../shared/tools/score_import.py not found"));
    }

    /**
     * {@code java … CorpusScore dev|heldout}: prints the field table (development use). The learned rankers can be scored
     * with {@code -Dimports.identity.ranker=true|gated} and {@code -Dimports.titleRanker=on}: the scorer sets the
     * {@link ImportSwitches} board from them (the product itself reads no flag).
     */
    public static void main(String[] args) throws Exception {
        ImportSwitches.use(switches(System.getProperty("imports.identity.ranker", "false"), System.getProperty("imports.titleRanker", "off")));
        for (String part : args) {
            if (part.startsWith("dump:")) {
                if (!TUNING_PARTS.contains(part.substring(5))) {
                    throw new IllegalArgumentException(part.substring(5) + " is held out: its predictions are never dumped");
                }
                Path out = Path.of(System.getProperty("dump.dir", "/tmp/corp/pred"));
                Files.createDirectories(out);
                try (Stream<Path> s = Files.list(CORPUS.resolve(part.substring(5)))) {
                    for (Path f : s.filter(x -> x.toString().endsWith(".txt")).toList()) {
                        Files.writeString(out.resolve(f.getFileName().toString().replace(".txt", ".json")), Json.write(ImportCommand.extract(f)));
                    }
                }
                continue;
            }
            if (part.startsWith("show:")) {
                System.out.println(Json.write(ImportCommand.extract(Path.of(part.substring(5)))));
                continue;
            }
            String name = part.replace("+v", "");
            if (part.endsWith("+v") && !TUNING_PARTS.contains(name)) {
                throw new IllegalArgumentException(name + " is held out: its per-document lines are never printed");
            }
            Result r = part.endsWith("+v") ? score(CORPUS.resolve(name), true) : score(name);
            System.out.println("== " + part + "\n" + r.fieldTable());
        }
    }

    /** The switch board a scoring run asks for: the identity ranker {@code false|true|gated}, the title ranker {@code on|off}. */
    static ImportSwitches switches(String identity, String title) {
        ImportSwitches.Ranker ranker = switch (identity) {
            case "true" -> ImportSwitches.Ranker.ON;
            case "gated" -> ImportSwitches.Ranker.GATED;
            default -> ImportSwitches.Ranker.OFF;
        };
        return new ImportSwitches(ranker, title.equalsIgnoreCase("on") || title.equalsIgnoreCase("true"));
    }
}
