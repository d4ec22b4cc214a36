package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's dân vận chính quyền score for a year (H3): every criterion with the self-score (and its evidence), the
 * superior's score and the final score side by side with their comments; the three totals and the rating.
 */
public record ScoreSheet(long unitId, String unitName, int year, String criteriaSet, String source, List<Row> rows,
                         BigDecimal selfScore, BigDecimal superiorScore, BigDecimal finalScore, String rating,
                         String ratingName, boolean finalised) {

    public record Row(long criterionId, String code, String title, boolean leaf, BigDecimal max, boolean evidenceRequired,
                      BigDecimal self, String selfComment, String evidenceUrl, String evidenceType, Long evidenceId,
                      BigDecimal superior, String superiorComment, BigDecimal finalPoints, String finalComment) {
    }
}
