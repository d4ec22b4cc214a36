package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Leave-one-part-out evaluation of a {@link LinearRanker}: for each corpus part, train on every other part and choose on
 * this one, so each figure is measured on documents the weights never saw. Per part it gives the mean field score of the
 * rules' choice, of the learned choice and of the best candidate (the ceiling the candidates allow).
 */
final class RankerFolds {

    record PartScore(String part, int docs, double rules, double learned, double oracle) {
    }

    private RankerFolds() {
    }

    static List<PartScore> leaveOnePartOut(Map<String, List<LinearRanker.Example>> byPart,
                                           Function<List<LinearRanker.Example>, LinearRanker> trainer) {
        List<PartScore> out = new ArrayList<>();
        for (var fold : byPart.entrySet()) {
            List<LinearRanker.Example> train = new ArrayList<>();
            byPart.forEach((part, examples) -> {
                if (!part.equals(fold.getKey())) {
                    train.addAll(examples);
                }
            });
            out.add(score(fold.getKey(), fold.getValue(), trainer.apply(train)));
        }
        return out;
    }

    static PartScore score(String part, List<LinearRanker.Example> examples, LinearRanker ranker) {
        double rules = 0;
        double learned = 0;
        double oracle = 0;
        for (LinearRanker.Example e : examples) {
            double[] l = e.labels();
            rules += e.baseline() >= 0 ? l[e.baseline()] : 0;
            int best = ranker.best(e.candidates());
            learned += best >= 0 ? l[best] : 0;
            double top = 0;
            for (double x : l) {
                top = Math.max(top, x);
            }
            oracle += top;
        }
        int n = Math.max(1, examples.size());
        return new PartScore(part, examples.size(), rules / n, learned / n, oracle / n);
    }

    /** One line per part and a pooled line (weighted by documents): rules, learned, ceiling. */
    static String table(List<PartScore> scores) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %5s %7s %7s %7s%n", "part", "docs", "rules", "learned", "ceiling"));
        int docs = 0;
        double r = 0;
        double l = 0;
        double o = 0;
        for (PartScore s : scores) {
            b.append(String.format(Locale.ROOT, "%-12s %5d %7.3f %7.3f %7.3f%n", s.part(), s.docs(), s.rules(), s.learned(), s.oracle()));
            docs += s.docs();
            r += s.rules() * s.docs();
            l += s.learned() * s.docs();
            o += s.oracle() * s.docs();
        }
        int n = Math.max(1, docs);
        b.append(String.format(Locale.ROOT, "%-12s %5d %7.3f %7.3f %7.3f%n", "pooled", docs, r / n, l / n, o / n));
        return b.toString();
    }
}
