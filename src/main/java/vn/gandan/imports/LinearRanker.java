package vn.gandan.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned choice among a field's candidates: a linear score over named features, trained as a conditional logit — for
 * each document a softmax over its candidates, fitted to how good each candidate is (its field score against the gold), with
 * an L2 penalty, by a fixed number of full-batch AdaGrad steps from zero weights. Deterministic: the same examples in the same
 * order always give the same weights, so a weights file can be checked against the data it was trained on.
 *
 * <p>A step proposes candidates (the rules' own answer among them, and "none" as a candidate where leaving the field empty
 * is a real option); the ranker only chooses, so it can never return text no step proposed. Features should be small numbers
 * (0/1 flags, fractions, capped counts) named after what they measure, never after a corpus document.
 */
final class LinearRanker {

    /** One candidate's features: name → value; absent names count as 0. */
    record Features(Map<String, Double> values) {
        Features {
            values = Map.copyOf(values);
        }
    }

    /**
     * One training document: its candidates' features and their labels (each in [0, 1], the candidate's field score); a
     * document whose labels are all 0 teaches nothing and is skipped. {@code baseline} is the index of the candidate the
     * rules chose (−1 if none) — kept so evaluations can compare the learned choice with the rules'.
     */
    record Example(List<Features> candidates, double[] labels, int baseline) {
        Example {
            candidates = List.copyOf(candidates);
            labels = labels.clone();
            if (labels.length != candidates.size()) {
                throw new IllegalArgumentException("one label per candidate");
            }
        }
    }

    private final Map<String, Double> weights;

    LinearRanker(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** Fits the weights: {@code steps} AdaGrad steps of size {@code rate} on the mean cross-entropy plus {@code l2}/2 |w|². */
    static LinearRanker train(List<Example> examples, double l2, int steps, double rate) {
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(examples.stream()
                .flatMap(e -> e.candidates().stream()).flatMap(f -> f.values().keySet().stream()).toList()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        List<double[][]> xs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (Example e : examples) {
            double sum = 0;
            for (double l : e.labels()) {
                sum += Math.max(0, l);
            }
            if (sum <= 0 || e.candidates().size() < 2) {
                continue;
            }
            double[][] x = new double[e.candidates().size()][names.size()];
            double[] q = new double[x.length];
            for (int c = 0; c < x.length; c++) {
                for (var f : e.candidates().get(c).values().entrySet()) {
                    x[c][index.get(f.getKey())] = f.getValue();
                }
                q[c] = Math.max(0, e.labels()[c]) / sum;
            }
            xs.add(x);
            targets.add(q);
        }
        double[] w = new double[names.size()];
        double[] g2 = new double[names.size()];
        for (int step = 0; step < steps && !xs.isEmpty(); step++) {
            double[] grad = new double[w.length];
            for (int d = 0; d < xs.size(); d++) {
                double[][] x = xs.get(d);
                double[] p = softmax(x, w);
                for (int c = 0; c < x.length; c++) {
                    double diff = p[c] - targets.get(d)[c];
                    for (int k = 0; k < w.length; k++) {
                        grad[k] += diff * x[c][k];
                    }
                }
            }
            for (int k = 0; k < w.length; k++) {
                double gk = grad[k] / xs.size() + l2 * w[k];
                g2[k] += gk * gk;
                w[k] -= rate * gk / (Math.sqrt(g2[k]) + 1e-8);
            }
        }
        Map<String, Double> out = new TreeMap<>();
        for (int k = 0; k < w.length; k++) {
            if (w[k] != 0) {
                out.put(names.get(k), w[k]);
            }
        }
        return new LinearRanker(out);
    }

    private static double[] softmax(double[][] x, double[] w) {
        double[] s = new double[x.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < x.length; c++) {
            for (int k = 0; k < w.length; k++) {
                s[c] += w[k] * x[c][k];
            }
            max = Math.max(max, s[c]);
        }
        double z = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            z += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= z;
        }
        return s;
    }

    double score(Features f) {
        double s = 0;
        for (var e : f.values().entrySet()) {
            s += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        return s;
    }

    /** The index of the best-scoring candidate (the first on a tie), or −1 when there are none. */
    int best(List<Features> candidates) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
            double s = score(candidates.get(c));
            if (s > top) {
                top = s;
                best = c;
            }
        }
        return best;
    }

    Map<String, Double> weights() {
        return weights;
    }

    /** The weights as "name TAB weight" lines, sorted by name; what {@link #read} reads back. */
    String write() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(weights).forEach((k, v) -> b.append(k).append('\t').append(String.format(Locale.ROOT, "%.6f", v)).append('\n'));
        return b.toString();
    }

    /** Reads weights written by {@link #write}; blank lines and lines starting with '#' are skipped. */
    static LinearRanker read(String tsv) {
        Map<String, Double> w = new HashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException("not a weight line: " + line);
            }
            w.put(f[0].strip(), Double.parseDouble(f[1].strip()));
        }
        return new LinearRanker(w);
    }

    /** The weights kept with the code as a class-path resource (e.g. {@code imports/title-ranker.tsv}). */
    static LinearRanker resource(String path) {
        try (InputStream in = LinearRanker.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing ranker weights: " + path);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
