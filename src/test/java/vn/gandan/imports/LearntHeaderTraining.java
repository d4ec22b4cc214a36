package vn.gandan.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.imports.LearntHeader.Candidate;
import vn.gandan.imports.LearntHeader.Field;

/**
 * Session 17: trains {@link LearntHeader}'s ranker on the TUNING parts' gold (listed by name; the held-out parts are never
 * read) and writes the weights to {@code target/learnt-header-weights.txt} (an experiment: not used by the product, see docs/imports-history.md session 17); {@code cv} prints the
 * leave-one-part-out cross-validation (dev cut into its batches by file prefix) against the rules' answers.
 * <pre>java -cp … vn.gandan.imports.LearntHeaderTraining [write] [cv] [cv-structural] [new17] [group:dev-s17d]</pre>
 */
final class LearntHeaderTraining {

    /** The tuning parts, by name: never a glob that could reach a held-out part. */
    static final List<String> PARTS = List.of("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7");
    static final Path WEIGHTS = Path.of("target/learnt-header-weights.txt");
    static final int EPOCHS = 10;
    private static final Pattern BATCH = Pattern.compile("^(s1\\d[a-z])_.*");

    /** One tuning document: its group for cross-validation, and per field the candidates with their gold scores. */
    record Doc(String part, String group, String name, Map<Field, List<Candidate>> candidates, Map<Field, double[]> labels,
               Map<Field, Boolean> gold) {
    }

    private LearntHeaderTraining() {
    }

    static List<Doc> corpus() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Doc> docs = new ArrayList<>();
        for (String part : PARTS) {
            Path dir = CorpusScore.CORPUS.resolve(part);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                Path goldFile = dir.resolve("gold").resolve(name.replaceFirst("\\.txt$", ".json"));
                if (!Files.isRegularFile(goldFile)) {
                    continue;
                }
                JsonNode gold = json.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
                TextLines d = new TextLines(Readers.text(Files.readAllBytes(f)));
                Extraction rules = Extractor.extract(name, Readers.text(Files.readAllBytes(f))); // the rules alone: the ranker is not wired in (session 17)
                List<String> head = LearntHeader.head(d);
                String joined = d.joined.toString();
                Map<Field, List<Candidate>> cands = new LinkedHashMap<>();
                Map<Field, double[]> labels = new LinkedHashMap<>();
                Map<Field, Boolean> has = new LinkedHashMap<>();
                for (Field field : Field.values()) {
                    String key = field == Field.ISSUERS ? "issuers" : "title";
                    has.put(field, gold.has(key));
                    List<Candidate> cs = LearntHeader.candidates(field, head, joined, rules);
                    double[] y = new double[cs.size()];
                    for (int i = 0; i < cs.size(); i++) {
                        y[i] = gold.has(key) ? score(field, gold.get(key), cs.get(i).value()) : 0;
                    }
                    cands.put(field, cs);
                    labels.put(field, y);
                }
                Matcher m = BATCH.matcher(name);
                String group = !"dev".equals(part) ? part : m.matches() ? "dev-" + m.group(1) : "dev-early";
                docs.add(new Doc(part, group, name, cands, labels, has));
            }
        }
        return docs;
    }

    // ---- the scorer's rules (../shared/tools/score_import.py), for issuers and title ----

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[*#_`]|\\[bookmark:[^\\]]*\\]", " ");
        t = t.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[.,:;/ ]+|[.,:;/ ]+$", "");
        return t.toLowerCase(Locale.ROOT);
    }

    static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("(?U)\\w+").matcher(norm(s) == null ? "" : norm(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean similar(String a, String b) {
        a = norm(a);
        b = norm(b);
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return (a == null || a.isEmpty()) && (b == null || b.isEmpty()) && java.util.Objects.equals(a, b);
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        Set<String> both = new HashSet<>(ta);
        both.retainAll(tb);
        return !ta.isEmpty() && !tb.isEmpty() && 2.0 * both.size() / (ta.size() + tb.size()) >= 0.8;
    }

    static double score(Field field, JsonNode gold, List<String> pred) {
        if (field == Field.TITLE) {
            String g = gold == null || gold.isNull() ? null : gold.asString();
            String p = pred.isEmpty() ? null : pred.get(0);
            if (java.util.Objects.equals(norm(g), norm(p))) {
                return 1;
            }
            return similar(g, p) ? 0.5 : 0;
        }
        List<String> g = new ArrayList<>();
        if (gold != null && gold.isArray()) {
            gold.forEach(n -> g.add(n.asString()));
        }
        if (g.isEmpty() && pred.isEmpty()) {
            return 1;
        }
        if (g.isEmpty() || pred.isEmpty()) {
            return 0;
        }
        Set<Integer> used = new HashSet<>();
        int hits = 0;
        for (String x : g) {
            for (int i = 0; i < pred.size(); i++) {
                if (!used.contains(i) && similar(x, pred.get(i))) {
                    used.add(i);
                    hits++;
                    break;
                }
            }
        }
        if (hits == 0) {
            return 0;
        }
        double p = (double) hits / pred.size();
        double r = (double) hits / g.size();
        return 2 * p * r / (p + r);
    }

    // ---- the averaged perceptron ----

    /** Trains on {@code docs} in their order, {@link #EPOCHS} passes; features failing {@code use} are ignored. */
    static Map<String, Double> train(List<Doc> docs, Predicate<Candidate> allowed) {
        Map<String, Double> w = new HashMap<>();
        Map<String, Double> u = new HashMap<>();
        long c = 1;
        for (int e = 0; e < EPOCHS; e++) {
            for (Doc d : docs) {
                for (Field field : Field.values()) {
                    if (!d.gold().get(field)) {
                        continue;
                    }
                    List<Candidate> cs = d.candidates().get(field);
                    double[] y = d.labels().get(field);
                    int pred = argmax(cs, w, allowed);
                    int best = -1;
                    for (int i = 0; i < cs.size(); i++) {
                        if (allowed.test(cs.get(i)) && (best < 0 || y[i] > y[best])) {
                            best = i;
                        }
                    }
                    if (pred >= 0 && best >= 0 && y[pred] < y[best]) {
                        for (String f : cs.get(best).features()) {
                            w.merge(f, 1.0, Double::sum);
                            u.merge(f, (double) c, Double::sum);
                        }
                        for (String f : cs.get(pred).features()) {
                            w.merge(f, -1.0, Double::sum);
                            u.merge(f, (double) -c, Double::sum);
                        }
                    }
                    c++;
                }
            }
        }
        Map<String, Double> avg = new TreeMap<>();
        for (Map.Entry<String, Double> en : w.entrySet()) {
            double v = en.getValue() - u.get(en.getKey()) / c;
            avg.put(en.getKey(), Math.round(v * 10000) / 10000.0);
        }
        return avg;
    }

    static int argmax(List<Candidate> cs, Map<String, Double> w, Predicate<Candidate> allowed) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cs.size(); i++) {
            if (!allowed.test(cs.get(i))) {
                continue;
            }
            double s = LearntHeader.score(cs.get(i), w);
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    /** Everything but the rules' answer and any feature that looks at it: the structure-only model. */
    static Candidate structural(Candidate c) {
        return new Candidate(c.value(), c.source(), c.features().stream().filter(f -> !f.contains("rule") && !f.contains("conf=")).toList());
    }

    static String weightsText(List<Doc> docs) {
        return LearntHeader.write(train(docs, c -> true), "LearntHeader's ranker (session 17): averaged perceptron, " + EPOCHS
                + " passes over the tuning parts " + PARTS + " in file order.\nRegenerate: java -cp … vn.gandan.imports.LearntHeaderTraining write"
                + " (LearntHeaderTests checks these weights are what training gives).");
    }

    /** Leave-one-group-out: per group and pooled, the rules, the oracle and each decision form, for both fields. */
    static boolean verbose = Boolean.getBoolean("cv.verbose");

    static void crossValidate(List<Doc> docs, boolean structuralOnly) {
        crossValidate(docs, structuralOnly, g -> true);
    }

    /** As {@link #crossValidate(List, boolean)}, scoring only the groups {@code scored} accepts (each still left out in turn). */
    static void crossValidate(List<Doc> docs, boolean structuralOnly, Predicate<String> scored) {
        Map<String, List<Doc>> groups = new LinkedHashMap<>();
        docs.stream().filter(d -> scored.test(d.group())).forEach(d -> groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d));
        String[] forms = {"rules", "oracle", "spans-oracle", "rerank", "rule|empty", "rerank<0.8", "fill-empty", "near-rule"};
        for (Field field : Field.values()) {
            System.out.printf("%n== %s%s: mean score per left-out group (n)%n", field, structuralOnly ? " (structure-only model, no rule features)" : "");
            System.out.printf("%-16s %4s %s%n", "group", "n", String.join("  ", forms));
            double[] pooled = new double[forms.length];
            int pooledN = 0;
            for (Map.Entry<String, List<Doc>> g : groups.entrySet()) {
                List<Doc> train = docs.stream().filter(d -> !d.group().equals(g.getKey())).toList();
                List<Doc> test = g.getValue().stream().map(d -> structuralOnly ? strip(d) : d).toList();
                Predicate<Candidate> use = structuralOnly ? c -> !c.source().equals("rule") : c -> true;
                Map<String, Double> w = train(structuralOnly ? train.stream().map(LearntHeaderTraining::strip).toList() : train, use);
                double[] sum = new double[forms.length];
                int n = 0;
                for (Doc d : test) {
                    if (!d.gold().get(field)) {
                        continue;
                    }
                    n++;
                    List<Candidate> cs = d.candidates().get(field);
                    double[] y = d.labels().get(field);
                    double rule = ruleScore(cs, y);
                    double oracle = 0;
                    double spans = 0;
                    for (int i = 0; i < y.length; i++) {
                        oracle = Math.max(oracle, y[i]);
                        spans = cs.get(i).source().equals("rule") ? spans : Math.max(spans, y[i]);
                    }
                    int top = argmax(cs, w, use);
                    int near = argmax(cs, w, c -> use.test(c) && (c.source().equals("rule") || c.source().equals("empty")
                            || c.features().stream().anyMatch(f -> f.contains(":rule=inside") || f.contains(":rule=holds"))));
                    near = near < 0 ? top : near;
                    if (verbose && y[near] != rule) {
                        System.out.printf("  near %s %s %s: rules %.1f -> %.1f %s %s%n", d.group(), d.name(), field, rule, y[near], cs.get(near).source(), cs.get(near).value());
                    }
                    int ruleOrEmpty = argmax(cs, w, c -> c.source().equals("rule") || c.source().equals("empty"));
                    boolean low = cs.get(0).features().stream().anyMatch(f -> f.endsWith("conf=lo") || f.endsWith("conf=mid"))
                            || !cs.get(0).source().equals("rule");
                    double[] v = {rule, oracle, spans, y[top], ruleOrEmpty < 0 ? rule : y[ruleOrEmpty], low ? y[top] : rule, cs.get(0).source().equals("rule") ? rule : y[top], y[near]};
                    if (verbose && y[top] != rule) {
                        System.out.printf("  %s %s %s: rules %.1f -> %.1f %s %s%n", d.group(), d.name(), field, rule, y[top], cs.get(top).source(), cs.get(top).value());
                    }
                    for (int i = 0; i < v.length; i++) {
                        sum[i] += v[i];
                    }
                }
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s %4d", g.getKey(), n));
                for (int i = 0; i < forms.length; i++) {
                    if (structuralOnly && forms[i].equals("near-rule")) { // "near" is told by the rule features the structure-only model lacks
                        row.append(String.format(Locale.ROOT, "  %" + forms[i].length() + "s", "-"));
                        pooled[i] += sum[i];
                        continue;
                    }
                    row.append(String.format(Locale.ROOT, "  %" + forms[i].length() + ".3f", n == 0 ? 0 : sum[i] / n));
                    pooled[i] += sum[i];
                }
                pooledN += n;
                System.out.println(row);
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s %4d", "pooled", pooledN));
            for (int i = 0; i < forms.length; i++) {
                row.append(structuralOnly && forms[i].equals("near-rule") ? String.format(Locale.ROOT, "  %" + forms[i].length() + "s", "-")
                        : String.format(Locale.ROOT, "  %" + forms[i].length() + ".3f", pooled[i] / pooledN));
            }
            System.out.println(row);
        }
    }

    /** The rules' score: the "rule" candidate when the rules answered, else the EMPTY one. */
    static double ruleScore(List<Candidate> cs, double[] y) {
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).source().equals("rule")) {
                return y[i];
            }
        }
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).source().equals("empty")) {
                return y[i];
            }
        }
        return 0;
    }

    private static Doc strip(Doc d) {
        Map<Field, List<Candidate>> cands = new LinkedHashMap<>();
        Map<Field, double[]> labels = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            List<Candidate> cs = d.candidates().get(f);
            List<Candidate> kept = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                // the rule candidate stays (for the rules' own score) but is ranked by its structure alone when it repeats a span
                kept.add(structural(cs.get(i)));
                y.add(d.labels().get(f)[i]);
            }
            cands.put(f, kept);
            labels.put(f, y.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new Doc(d.part(), d.group(), d.name(), cands, labels, d.gold());
    }

    public static void main(String[] args) throws IOException {
        List<Doc> docs = corpus();
        System.out.println(docs.size() + " tuning documents");
        for (String a : args) {
            switch (a) {
                case "write" -> {
                    Files.createDirectories(WEIGHTS.getParent());
                    Files.writeString(WEIGHTS, weightsText(docs), StandardCharsets.UTF_8);
                    System.out.println("wrote " + WEIGHTS);
                }
                case "cv" -> crossValidate(docs, false);
                case "cv-structural" -> crossValidate(docs, true);
                case "new17" -> { // the session-17 dev batches as one group, scored unread (aggregates only) by a model trained without them
                    verbose = false;
                    List<Doc> relabelled = docs.stream().map(d -> d.group().startsWith("dev-s17") ? new Doc(d.part(), "dev-s17-new", d.name(),
                            d.candidates(), d.labels(), d.gold()) : d).toList();
                    crossValidate(relabelled, false, "dev-s17-new"::equals);
                    crossValidate(relabelled, true, "dev-s17-new"::equals);
                }
                default -> {
                    if (!a.startsWith("group:")) {
                        throw new IllegalArgumentException(a);
                    }
                    verbose = false; // one left-out group, aggregates only (a batch scored before it is read)
                    crossValidate(docs, false, a.substring(6)::equals);
                    crossValidate(docs, true, a.substring(6)::equals);
                }
            }
        }
    }
}
