package vn.gandan.imports;

import java.util.Objects;

/**
 * The corpus scorer's title score (score_import.py {@code score_field("title", …)}): 1 when gold and prediction are equal
 * after its {@code norm}, 0.5 when they share at least 80 % of their words (Dice), else 0; a null gold is matched only by
 * a null prediction; {@code norm} and {@code similar} are {@link ScorerPort}'s.
 */
final class TitleScore {

    private TitleScore() {
    }

    static double score(String gold, String predicted) {
        if (Objects.equals(ScorerPort.norm(gold), ScorerPort.norm(predicted))) {
            return 1.0;
        }
        return ScorerPort.similar(gold, predicted) ? 0.5 : 0.0;
    }
}
