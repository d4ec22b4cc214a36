package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearRankerTests {

    private static LinearRanker.Features f(double good, double noise) {
        return new LinearRanker.Features(Map.of("good", good, "noise", noise));
    }

    /** Documents where the candidate with the "good" flag is the right one, at varying positions, with a noise feature. */
    private static List<LinearRanker.Example> examples(int n, int offset) {
        List<LinearRanker.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int right = (i + offset) % 3;
            List<LinearRanker.Features> cs = new ArrayList<>();
            double[] labels = new double[3];
            for (int c = 0; c < 3; c++) {
                cs.add(f(c == right ? 1 : 0, ((i * 7 + c * 3) % 5) / 5.0));
                labels[c] = c == right ? 1 : 0;
            }
            out.add(new LinearRanker.Example(cs, labels, 0));
        }
        return out;
    }

    @Test
    void learnsWhichFeatureMarksTheRightCandidateAndChoosesItOnDocumentsItNeverSaw() {
        LinearRanker r = LinearRanker.train(examples(30, 0), 0.01, 200, 0.1);
        assertThat(r.weights().get("good")).isGreaterThan(Math.abs(r.weights().getOrDefault("noise", 0.0)));
        for (LinearRanker.Example e : examples(12, 1)) {
            int best = r.best(e.candidates());
            assertThat(e.labels()[best]).isEqualTo(1.0);
        }
    }

    @Test
    void theSameExamplesAlwaysGiveTheSameWeights() {
        assertThat(LinearRanker.train(examples(20, 2), 0.01, 50, 0.1).write())
                .isEqualTo(LinearRanker.train(examples(20, 2), 0.01, 50, 0.1).write());
    }

    @Test
    void writtenWeightsReadBackToTheSameChoices() {
        LinearRanker r = LinearRanker.train(examples(20, 0), 0.01, 100, 0.1);
        LinearRanker back = LinearRanker.read("# trained on a toy set\n\n" + r.write());
        for (LinearRanker.Example e : examples(6, 1)) {
            assertThat(back.best(e.candidates())).isEqualTo(r.best(e.candidates()));
        }
    }

    @Test
    void aDocumentWhoseCandidatesAreAllWrongTeachesNothing() {
        var allWrong = new LinearRanker.Example(List.of(f(1, 0), f(0, 1)), new double[] {0, 0}, 0);
        assertThat(LinearRanker.train(List.of(allWrong), 0.01, 50, 0.1).weights()).isEmpty();
    }

    @Test
    void noCandidatesMeansNoChoice() {
        assertThat(LinearRanker.read("good\t1.0\n").best(List.of())).isEqualTo(-1);
    }

    @Test
    void labelsMustMatchTheCandidates() {
        assertThatThrownBy(() -> new LinearRanker.Example(List.of(f(1, 0)), new double[] {1, 0}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearRanker.read("good 1.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leaveOnePartOutScoresEachPartWithWeightsThatNeverSawIt() {
        var folds = RankerFolds.leaveOnePartOut(Map.of("a", examples(10, 0), "b", examples(10, 1)),
                ex -> LinearRanker.train(ex, 0.01, 100, 0.1));
        assertThat(folds).hasSize(2).allSatisfy(s -> {
            assertThat(s.learned()).isEqualTo(1.0);
            assertThat(s.oracle()).isEqualTo(1.0);
            assertThat(s.rules()).isLessThan(1.0);
        });
        assertThat(RankerFolds.table(folds)).contains("pooled").contains("ceiling");
    }
}
