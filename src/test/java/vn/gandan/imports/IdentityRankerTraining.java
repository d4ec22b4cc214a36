package vn.gandan.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.IdentityCandidates.Identity;

/**
 * Session 23: trains {@link IdentityChooser}'s ranker on the TUNING parts' gold (listed by name; the held-out parts are never
 * read; this session's new {@code s23*} files are left out), prints the leave-one-part-out tables of both variants — (P) pure,
 * without any feature saying what the rules chose, and (R) with them — per part and per field, and with {@code write} writes
 * the chosen variant's weights trained on every tuning part to {@code src/main/resources/imports/identity-ranker.tsv}.
 * <pre>java -cp … vn.gandan.imports.IdentityRankerTraining [grid] [write] [dump]</pre>
 */
final class IdentityRankerTraining {

    /** The tuning parts, by name: never a glob that could reach a held-out part. */
    static final List<String> PARTS = CorpusScore.tuningParts();
    static final Path WEIGHTS = Path.of("src/main/resources/imports/identity-ranker.tsv");
    /** The settings the CV chose (see {@code grid}). */
    static final double L2 = 0.003;
    static final int STEPS = 300;
    static final double RATE = 0.1;
    static final boolean PURE = true;
    static final double SHARPEN = 4;
    /** Whether the learned choice is used only where the rules named no document (number and symbol empty). */
    static boolean GATED = false;

    /** One tuning document: whether the chooser decides it (no header), its gold, its candidates and their labels. */
    record Doc(String part, String name, boolean decided, IdentityScore.Gold gold, IdentityChooser.Ranked ranked, double[] labels) {
        LinearRanker.Example example(boolean pure) {
            return new LinearRanker.Example(ranked.features().stream().map(f -> pure ? IdentityFeatures.pure(f) : f).toList(), labels, 0);
        }
    }

    private IdentityRankerTraining() {
    }

    static List<Doc> corpus() throws IOException {
        ImportSwitches.use(ImportSwitches.DEFAULT); // the rules' own triple
        JsonMapper json = JsonMapper.builder().build();
        List<Doc> docs = new ArrayList<>();
        for (String part : PARTS) {
            Path dir = CorpusScore.CORPUS.resolve(part);
            for (Path f : CorpusScore.texts(dir)) {
                String name = f.getFileName().toString();
                if (name.startsWith("s23")) {
                    continue; // this session's new documents: first sight only
                }
                Path goldFile = dir.resolve("gold").resolve(name.replaceFirst("\\.txt$", ".json"));
                if (!Files.isRegularFile(goldFile)) {
                    continue;
                }
                IdentityScore.Gold gold = gold(json.readTree(Files.readString(goldFile, StandardCharsets.UTF_8)));
                Extractor.Source s = Extractor.source(Readers.text(Files.readAllBytes(f)));
                HeaderFields rules = HeaderFields.of(s, Extractor.titleDecision(s), Extractor.issuers(s));
                Identity triple = new Identity(rules.number(), rules.symbol(), rules.date());
                IdentityChooser.Ranked ranked = IdentityChooser.ranked(s, triple, rules.kind(), rules.issuers());
                double[] labels = ranked.candidates().stream().mapToDouble(c -> IdentityScore.label(gold, c.identity())).toArray();
                labels[0] = IdentityScore.label(gold, triple); // the rules' triple as the rules wrote it
                docs.add(new Doc(part, name, IdentityChooser.decides(s), gold, ranked, labels));
            }
        }
        return docs;
    }

    static IdentityScore.Gold gold(JsonNode g) {
        JsonNode n = g.get("number");
        JsonNode s = g.get("symbol");
        JsonNode d = g.get("issue_date");
        DateParts date = d == null || d.isNull() ? null : new DateParts(part(d, "day"), part(d, "month"), part(d, "year"));
        return new IdentityScore.Gold(new Identity(n == null || n.isNull() ? null : n.asInt(), s == null || s.isNull() ? null : s.asString(), date),
                g.has("number"), g.has("symbol"), g.has("issue_date"));
    }

    private static Integer part(JsonNode d, String k) {
        JsonNode v = d.get(k);
        return v == null || v.isNull() ? null : v.asInt();
    }

    static Map<String, List<LinearRanker.Example>> byPart(List<Doc> docs, boolean pure) {
        Map<String, List<LinearRanker.Example>> out = new LinkedHashMap<>();
        for (String p : PARTS) {
            out.put(p, new ArrayList<>());
        }
        docs.stream().filter(Doc::decided).forEach(d -> out.get(d.part()).add(d.example(pure)));
        return out;
    }

    /** Per part: each field's mean over ALL its documents (headers keep the rules), rules vs learned (out of fold). */
    static String fieldTable(List<Doc> docs, boolean pure, Function<List<LinearRanker.Example>, LinearRanker> trainer) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-11s %4s %4s  %-17s %-17s %-17s%n", "part", "docs", "free",
                "number rul→lrn", "symbol rul→lrn", "date rul→lrn"));
        double[] tot = new double[6];
        int all = 0;
        for (String part : PARTS) {
            List<LinearRanker.Example> train = docs.stream().filter(d -> d.decided() && !d.part().equals(part)).map(d -> d.example(pure)).toList();
            LinearRanker r = trainer.apply(train);
            double[] sum = new double[6];
            int n = 0;
            int free = 0;
            for (Doc d : docs) {
                if (!d.part().equals(part)) {
                    continue;
                }
                n++;
                Identity gold = d.gold().identity();
                Identity ruled = d.ranked().candidates().get(0).identity();
                Identity chosen = ruled;
                if (d.decided() && (!GATED || ruled.number() == null && ruled.symbol() == null)) {
                    free++;
                    int best = r.best(d.example(pure).candidates());
                    chosen = d.ranked().candidates().get(best).identity();
                }
                IdentityScore.Fields a = IdentityScore.fields(gold, ruled);
                IdentityScore.Fields c = IdentityScore.fields(gold, chosen);
                double[] v = {a.number(), c.number(), a.symbol(), c.symbol(), a.date(), c.date()};
                for (int i = 0; i < 6; i++) {
                    sum[i] += v[i];
                    tot[i] += v[i];
                }
            }
            all += n;
            b.append(String.format(Locale.ROOT, "%-11s %4d %4d  %.3f → %.3f    %.3f → %.3f    %.3f → %.3f%n", part, n, free,
                    sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n));
        }
        b.append(String.format(Locale.ROOT, "%-11s %4d %4s  %.3f → %.3f    %.3f → %.3f    %.3f → %.3f%n", "pooled", all, "",
                tot[0] / all, tot[1] / all, tot[2] / all, tot[3] / all, tot[4] / all, tot[5] / all));
        return b.toString();
    }

    static LinearRanker train(List<LinearRanker.Example> examples) {
        return LinearRanker.train(sharpened(examples, SHARPEN), L2, STEPS, RATE);
    }

    /**
     * The examples with each label raised to {@code power}: a triple right in two fields of three (0.67) then counts for little
     * next to the right one, so the ranker learns to tell them apart instead of spreading its mass (evaluation keeps the labels).
     */
    static List<LinearRanker.Example> sharpened(List<LinearRanker.Example> examples, double power) {
        return examples.stream().map(e -> new LinearRanker.Example(e.candidates(),
                java.util.Arrays.stream(e.labels()).map(l -> Math.pow(Math.max(0, l), power)).toArray(), e.baseline())).toList();
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        List<Doc> docs = corpus();
        List<String> a = List.of(args);
        System.out.printf(Locale.ROOT, "%d tuning documents, %d without header (read in %.0f s)%n", docs.size(),
                docs.stream().filter(Doc::decided).count(), (System.nanoTime() - t0) / 1e9);
        if (a.contains("dump")) {
            for (Doc d : docs) {
                if (!d.decided()) {
                    continue;
                }
                double top = 0;
                for (double l : d.labels()) {
                    top = Math.max(top, l);
                }
                int best = train(docs.stream().filter(x -> x.decided() && !x.part().equals(d.part())).map(x -> x.example(PURE)).toList())
                        .best(d.example(PURE).candidates());
                System.out.printf(Locale.ROOT, "%s/%s rules=%.2f learned=%.2f ceiling=%.2f gold=%s%n   rules=%s%n   learned=%s%n", d.part(), d.name(),
                        d.labels()[0], d.labels()[best], top, d.gold().identity().key(), d.ranked().candidates().get(0).identity().key(),
                        d.ranked().candidates().get(best).identity().key());
            }
        }
        for (String arg : a) {
            if (!arg.startsWith("show:")) {
                continue;
            }
            LinearRanker r = train(docs.stream().filter(x -> x.decided() && !x.name().startsWith(arg.substring(5))).map(x -> x.example(PURE)).toList());
            for (Doc d : docs) {
                if (d.name().startsWith(arg.substring(5))) {
                    System.out.println(d.part() + "/" + d.name() + " gold=" + d.gold().identity().key());
                    for (int i = 0; i < d.labels().length; i++) {
                        var f = d.example(PURE).candidates().get(i);
                        System.out.printf(Locale.ROOT, "  %.2f %6.2f %s %s %s%n", d.labels()[i], r.score(f), d.ranked().candidates().get(i).identity().key(),
                                d.ranked().candidates().get(i).sources(), f.values().keySet());
                    }
                }
            }
            System.out.print(r.write());
        }
        if (a.contains("grid")) {
            for (boolean pure : new boolean[] {true, false}) {
                for (double l2 : new double[] {0.0003, 0.003, 0.03}) {
                    for (int steps : new int[] {300, 1000}) {
                        for (double rate : new double[] {0.1, 0.3}) {
                          for (double power : new double[] {1, 4, 12}) {
                            var folds = RankerFolds.leaveOnePartOut(byPart(docs, pure), ex -> LinearRanker.train(sharpened(ex, power), l2, steps, rate));
                            String t = RankerFolds.table(folds);
                            String pooled = t.lines().filter(l -> l.startsWith("pooled")).findFirst().orElse("");
                            System.out.printf(Locale.ROOT, "%s l2=%.4f steps=%d rate=%.2f power=%.0f %s%n", pure ? "P" : "R", l2, steps, rate, power, pooled);
                          }
                        }
                    }
                }
            }
        }
        for (boolean pure : new boolean[] {true, false}) {
            System.out.println("== variant " + (pure ? "P (pure)" : "R (with the rules' choice)") + ", header-less documents (label = mean of number, symbol, date)");
            System.out.print(RankerFolds.table(RankerFolds.leaveOnePartOut(byPart(docs, pure), IdentityRankerTraining::train)));
            System.out.println("-- per field, every document (a header keeps the rules' triple), rules → learned out of fold");
            System.out.print(fieldTable(docs, pure, IdentityRankerTraining::train));
            if (pure) {
                GATED = true;
                System.out.println("-- per field, learned only where the rules named no document (gated)");
                System.out.print(fieldTable(docs, pure, IdentityRankerTraining::train));
                GATED = false;
            }
        }
        if (a.contains("write")) {
            LinearRanker r = train(docs.stream().filter(Doc::decided).map(d -> d.example(PURE)).toList());
            Files.writeString(WEIGHTS, header(docs) + r.write(), StandardCharsets.UTF_8);
            System.out.println("wrote " + WEIGHTS);
        }
        System.out.printf(Locale.ROOT, "done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static String header(List<Doc> docs) {
        return String.format(Locale.ROOT, "# identity ranker (session 23, IdentityRankerTraining): variant %s, trained on the %d header-less"
                + " documents of the tuning parts %s (s23* left out); l2=%s steps=%d rate=%s labels^%s%n", PURE ? "P (pure)" : "R",
                docs.stream().filter(Doc::decided).count(), String.join(",", PARTS), L2, STEPS, RATE, SHARPEN);
    }
}
