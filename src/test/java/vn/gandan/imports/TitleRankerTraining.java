package vn.gandan.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session 23: trains {@link TitleChooser}'s weights on the TUNING parts' gold (listed by name; the held-out parts are never
 * read; this session's {@code s23*} documents are left out) and prints the leave-one-part-out tables (rules / learned /
 * ceiling) of two variants: (P) pure, without the rules' choice as a feature, and (R) the pure weights scaled and joined by
 * a "rules chose it" weight fitted only on the parts where the rules' answer was first-sight (heldout12, heldout13).
 * <pre>java -cp … vn.gandan.imports.TitleRankerTraining [firstsight:heldout12=/tmp/dump] [write] [grid]</pre>
 * {@code firstsight:<part>=<dir>} reads the rules' first-sight titles of a part from a prediction dump (CorpusScore dump: run
 * with the classes the part was first scored with); {@code write} writes the weights trained on every tuning part to
 * {@code src/main/resources/imports/title-ranker.tsv}.
 */
final class TitleRankerTraining {

    static final List<String> PARTS = CorpusScore.tuningParts();
    /** Parts whose rules' answers were first-sight when scored: heldout13 with the current rules, heldout12 from its dump. */
    static final List<String> FIRST_SIGHT = List.of("heldout12", "heldout13");
    static final Path OUT = Path.of("src/main/resources/imports/title-ranker.tsv");
    static final double L2 = 0.01;
    static final int STEPS = 150;
    static final double RATE = 0.1;

    /** One tuning document: its candidates and the landmarks they were placed by, and each candidate's title score. */
    record Doc(String part, String name, List<TitleCandidates.Candidate> candidates, TitleCandidates.Landmarks at, double[] labels) {
    }

    private TitleRankerTraining() {
    }

    public static void main(String[] args) throws IOException {
        ImportSwitches.use(ImportSwitches.DEFAULT); // the rules' own title
        Map<String, Path> firstSight = new HashMap<>();
        double l2 = L2;
        int steps = STEPS;
        double rate = RATE;
        boolean write = false;
        boolean grid = false;
        boolean changes = false;
        boolean misses = false;
        Path cache = null;
        for (String a : args) {
            if (a.startsWith("firstsight:")) {
                String[] kv = a.substring(11).split("=", 2);
                firstSight.put(kv[0], Path.of(kv[1]));
            } else if (a.startsWith("cache:")) {
                cache = Path.of(a.substring(6));
            } else if (a.equals("write")) {
                write = true;
            } else if (a.equals("misses")) {
                misses = true;
            } else if (a.equals("changes")) {
                changes = true;
            } else if (a.equals("grid")) {
                grid = true;
            }
        }
        Map<String, List<Doc>> docs = cache != null && Files.isRegularFile(cache) ? read(cache) : corpus(firstSight);
        if (cache != null && !Files.isRegularFile(cache)) {
            write(cache, docs);
        }
        if (misses) {
            docs.values().forEach(ds -> ds.forEach(d -> {
                int best = 0;
                for (int i = 0; i < d.labels().length; i++) {
                    best = d.labels()[i] > d.labels()[best] ? i : best;
                }
                if (d.labels()[best] < 1) {
                    System.out.printf(Locale.ROOT, "miss %s %s %.1f %s%n     %s%n", d.part(), d.name(), d.labels()[best], d.candidates().size(), d.candidates().get(best).text());
                }
            }));
        }
        Map<String, List<LinearRanker.Example>> pure = examples(docs, false);
        System.out.println("(P) pure: no rules' choice feature; L2=" + l2 + " steps=" + steps + " rate=" + rate);
        System.out.print(RankerFolds.table(pureTable(RankerFolds.leaveOnePartOut(pure, ex -> LinearRanker.train(ex, l2, steps, rate)), docs)));
        System.out.println("(ceiling of the pure table: without the candidates only the rules proposed)");
        if (grid) {
            for (double g : new double[] {0.0001, 0.001, 0.01}) {
                for (int st : new int[] {150, 400}) {
                    var t = RankerFolds.table(RankerFolds.leaveOnePartOut(pure, ex -> LinearRanker.train(ex, g, st, rate)));
                    System.out.println("grid P l2=" + g + " steps=" + st + ": " + t.lines().reduce((x, y) -> y).orElse(""));
                }
            }
        }
        System.out.println("(R) pure weights × a + rules_chose × b, (a, b) fitted on the first-sight parts " + FIRST_SIGHT);
        System.out.print(RankerFolds.table(rulesFolds(docs, l2, steps, rate, changes)));
        Map<String, List<LinearRanker.Example>> naive = examples(docs, true);
        System.out.println("(R-naive) every feature with the rules' choice, trained in-sample on every part");
        System.out.print(RankerFolds.table(RankerFolds.leaveOnePartOut(naive, ex -> LinearRanker.train(ex, l2, steps, rate))));
        if (write) {
            LinearRanker all = withRules(docs, PARTS, l2, steps, rate);
            String header = String.format(Locale.ROOT, "# title ranker (R): pure weights trained on every tuning part (%s, s23* left out; %d documents),"
                    + " scaled and joined by rules_chose fitted on %s first-sight (heldout12: its first-sight dump given as firstsight:); L2=%s steps=%d rate=%s%n",
                    String.join(",", PARTS), docs.values().stream().mapToInt(List::size).sum(), FIRST_SIGHT, l2, steps, rate);
            Files.writeString(OUT, header + all.write(), StandardCharsets.UTF_8);
            System.out.println("wrote " + OUT);
        }
    }

    /** Every tuning document with a gold title key, its candidates labelled by the scorer's title score. */
    static Map<String, List<Doc>> corpus(Map<String, Path> firstSight) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, List<Doc>> out = new LinkedHashMap<>();
        for (String part : PARTS) {
            Path dir = CorpusScore.CORPUS.resolve(part);
            List<Path> files = CorpusScore.texts(dir).stream().filter(p -> !p.getFileName().toString().startsWith("s23")).toList();
            List<Doc> docs = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                String base = name.replaceFirst("\\.txt$", ".json");
                Path goldFile = dir.resolve("gold").resolve(base);
                if (!Files.isRegularFile(goldFile)) {
                    continue;
                }
                JsonNode gold = json.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
                if (!gold.has("title")) {
                    continue;
                }
                String goldTitle = text(gold.get("title"));
                CharSequence raw = Readers.text(Files.readAllBytes(f));
                String rules = Extractor.extract(name, raw).title();
                if (firstSight.containsKey(part)) {
                    rules = text(json.readTree(Files.readString(firstSight.get(part).resolve(base), StandardCharsets.UTF_8)).get("title"));
                }
                Extractor.Source s = Extractor.source(raw);
                List<TitleCandidates.Candidate> cands = TitleCandidates.of(s, rules);
                double[] y = new double[cands.size()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = TitleScore.score(goldTitle, cands.get(i).text());
                }
                docs.add(new Doc(part, name, cands, TitleCandidates.landmarks(s.d().lines), y));
            }
            out.put(part, docs);
        }
        return out;
    }

    /** Writes the labelled candidates to a scratch file outside the repository (one run's cache: {@code cache:/tmp/…}). */
    static void write(Path file, Map<String, List<Doc>> docs) throws IOException {
        StringBuilder b = new StringBuilder();
        docs.values().forEach(ds -> ds.forEach(d -> {
            var at = d.at();
            b.append(String.join("\t", "D", d.part(), d.name(), "" + at.motto(), "" + at.number(), "" + at.date(), "" + at.kind(), String.valueOf(at.kindWord()))).append('\n');
            for (int i = 0; i < d.candidates().size(); i++) {
                var c = d.candidates().get(i);
                b.append(String.join("\t", "C", c.text() == null ? "\\N" : c.text(),
                        String.join(",", c.gens().stream().map(Enum::name).sorted().toList()),
                        String.join(",", c.forms().stream().map(Enum::name).sorted().toList()),
                        "" + c.line(), "" + c.span(), "" + d.labels()[i], "" + c.runsOn())).append('\n');
            }
        }));
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static Map<String, List<Doc>> read(Path file) throws IOException {
        Map<String, List<Doc>> out = new LinkedHashMap<>();
        PARTS.forEach(p -> out.put(p, new ArrayList<>()));
        String[] head = null;
        List<TitleCandidates.Candidate> cs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (String line : (Files.readString(file, StandardCharsets.UTF_8) + "D\n").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("D")) {
                if (head != null) {
                    out.get(head[1]).add(new Doc(head[1], head[2], List.copyOf(cs), new TitleCandidates.Landmarks(Integer.parseInt(head[3]),
                            Integer.parseInt(head[4]), Integer.parseInt(head[5]), Integer.parseInt(head[6]), head[7].equals("null") ? null : head[7]),
                            ys.stream().mapToDouble(Double::doubleValue).toArray()));
                }
                head = f;
                cs.clear();
                ys.clear();
            } else if (f[0].equals("C")) {
                java.util.EnumSet<TitleCandidates.Gen> gens = java.util.EnumSet.noneOf(TitleCandidates.Gen.class);
                java.util.Arrays.stream(f[2].split(",")).filter(x -> !x.isEmpty()).forEach(x -> gens.add(TitleCandidates.Gen.valueOf(x)));
                java.util.EnumSet<TitleCandidates.Form> forms = java.util.EnumSet.noneOf(TitleCandidates.Form.class);
                java.util.Arrays.stream(f[3].split(",")).filter(x -> !x.isEmpty()).forEach(x -> forms.add(TitleCandidates.Form.valueOf(x)));
                cs.add(new TitleCandidates.Candidate(f[1].equals("\\N") ? null : f[1], gens, forms, Integer.parseInt(f[4]), Integer.parseInt(f[5]), Boolean.parseBoolean(f[7])));
                ys.add(Double.parseDouble(f[6]));
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    static Map<String, List<LinearRanker.Example>> examples(Map<String, List<Doc>> docs, boolean withRules) {
        Map<String, List<LinearRanker.Example>> out = new LinkedHashMap<>();
        docs.forEach((part, ds) -> out.put(part, ds.stream().map(d -> example(d, withRules)).toList()));
        return out;
    }

    /**
     * One document's example; the pure variant ({@code withRules} false) leaves out the candidates only the rules proposed
     * (their baseline is then −1 where the rules' answer was one of those: {@link #pureTable} takes the rules' figure from
     * the full candidates).
     */
    static LinearRanker.Example example(Doc d, boolean withRules) {
        List<TitleCandidates.Candidate> cs = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int rules = -1;
        for (int i = 0; i < d.candidates().size(); i++) {
            TitleCandidates.Candidate c = d.candidates().get(i);
            if (!withRules && c.rulesOnly()) {
                continue;
            }
            if (rules < 0 && c.gens().contains(TitleCandidates.Gen.RULES)) {
                rules = cs.size();
            }
            cs.add(c);
            y.add(d.labels()[i]);
        }
        return new LinearRanker.Example(TitleFeatures.of(cs, d.at(), withRules), y.stream().mapToDouble(Double::doubleValue).toArray(), rules);
    }

    /** The pure folds with the rules' column taken from the full candidates (the pure examples may lack the rules' answer). */
    static List<RankerFolds.PartScore> pureTable(List<RankerFolds.PartScore> pure, Map<String, List<Doc>> docs) {
        List<RankerFolds.PartScore> out = new ArrayList<>();
        for (RankerFolds.PartScore s : pure) {
            double rules = docs.get(s.part()).stream().mapToDouble(d -> {
                LinearRanker.Example e = example(d, true);
                return e.baseline() >= 0 ? e.labels()[e.baseline()] : 0;
            }).sum() / Math.max(1, s.docs());
            out.add(new RankerFolds.PartScore(s.part(), s.docs(), rules, s.learned(), s.oracle()));
        }
        return out;
    }

    /** The (R) folds: each part scored by {@link #withRules} trained on the other parts; {@code changes} lists each changed choice. */
    static List<RankerFolds.PartScore> rulesFolds(Map<String, List<Doc>> docs, double l2, int steps, double rate, boolean changes) {
        List<RankerFolds.PartScore> out = new ArrayList<>();
        for (String part : docs.keySet()) {
            List<String> train = docs.keySet().stream().filter(p -> !p.equals(part)).toList();
            LinearRanker r = withRules(docs, train, l2, steps, rate);
            out.add(RankerFolds.score(part, examples(Map.of(part, docs.get(part)), true).get(part), r));
            for (Doc d : changes ? docs.get(part) : List.<Doc>of()) {
                LinearRanker.Example e = example(d, true);
                int best = r.best(e.candidates());
                if (best != e.baseline()) {
                    System.out.printf(Locale.ROOT, "  %s %s rules %.1f -> %.1f%n    R: %s%n    L: %s%n", part, d.name(),
                            e.baseline() >= 0 ? e.labels()[e.baseline()] : 0, e.labels()[best],
                            e.baseline() >= 0 ? d.candidates().get(e.baseline()).text() : "-", d.candidates().get(best).text());
                }
            }
        }
        return out;
    }

    /**
     * The pure weights trained on {@code parts}, then a two-feature ranker (the pure score, the rules' choice) fitted on the
     * first-sight parts among them, folded back into one set of weights: pure × a, rules_chose = b.
     */
    static LinearRanker withRules(Map<String, List<Doc>> docs, List<String> parts, double l2, int steps, double rate) {
        List<LinearRanker.Example> train = new ArrayList<>();
        parts.forEach(p -> docs.get(p).forEach(d -> train.add(example(d, false))));
        LinearRanker pure = LinearRanker.train(train, l2, steps, rate);
        List<LinearRanker.Example> second = new ArrayList<>();
        for (String p : parts) {
            if (!FIRST_SIGHT.contains(p)) {
                continue;
            }
            for (Doc d : docs.get(p)) {
                LinearRanker.Example e = example(d, true);
                List<LinearRanker.Features> fs = new ArrayList<>();
                for (LinearRanker.Features f : e.candidates()) {
                    Map<String, Double> two = new TreeMap<>();
                    two.put("pure", pure.score(f));
                    if (f.values().containsKey("rules_chose")) {
                        two.put("rules_chose", 1.0);
                    }
                    fs.add(new LinearRanker.Features(two));
                }
                second.add(new LinearRanker.Example(fs, e.labels(), e.baseline()));
            }
        }
        LinearRanker mix = LinearRanker.train(second, l2, steps, rate);
        double a = mix.weights().getOrDefault("pure", 0.0);
        Map<String, Double> w = new TreeMap<>();
        pure.weights().forEach((k, v) -> w.put(k, v * a));
        w.put("rules_chose", mix.weights().getOrDefault("rules_chose", 0.0));
        return new LinearRanker(w);
    }
}
