package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.shared.FieldProblem;

/** H3 as encoded: points on the leaves of the ⚙ tree, never over a maximum (refused, not clipped), bands by total. */
class ScoringRulesTests {

    static final Criteria SET = new Criteria(1, "Thử", "QĐ thử", 2026, List.of(
            new Criteria.Criterion(1, null, "1", "Tuyên truyền", new BigDecimal("40"), false),
            new Criteria.Criterion(2, 1L, "1.1", "Quán triệt", new BigDecimal("15"), true),
            new Criteria.Criterion(3, 1L, "1.2", "Tuyên truyền", new BigDecimal("25"), false),
            new Criteria.Criterion(4, null, "2", "Dân chủ ở cơ sở", new BigDecimal("60"), false)),
            List.of(new Criteria.Band("XUAT_SAC", "Xuất sắc", new BigDecimal("90")), new Criteria.Band("TOT", "Tốt", new BigDecimal("80")),
                    new Criteria.Band("KHA", "Khá", new BigDecimal("65")), new Criteria.Band("YEU", "Yếu", BigDecimal.ZERO)));

    static ScoreInput.Line line(String code, String points, String url) {
        return new ScoreInput.Line(code, null, new BigDecimal(points), null, url, null);
    }

    @Test
    void aScoreOverACriterionsMaximumIsRefusedNotClipped_H3() {
        List<FieldProblem> problems = new ArrayList<>();
        List<ScoringRules.Checked> ok = ScoringRules.check(SET, new ScoreInput(List.of(line("1.2", "26", null), line("2", "60", null))), true, problems);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("emulation.score.error.overMax");
        assertThat(ok).extracting(c -> c.criterion().code()).containsExactly("2");
        assertThat(ok.get(0).points()).isEqualByComparingTo("60");
    }

    @Test
    void pointsGoOnSubCriteriaOnlyAndTheTreeTotals100_H3() {
        assertThat(SET.total()).isEqualByComparingTo("100");
        List<FieldProblem> problems = new ArrayList<>();
        ScoringRules.check(SET, new ScoreInput(List.of(line("1", "30", null))), true, problems);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("emulation.score.error.criterion");
    }

    @Test
    void aSubCriterionThatRequiresEvidenceIsRefusedWithoutIt_H3() {
        List<FieldProblem> problems = new ArrayList<>();
        ScoringRules.check(SET, new ScoreInput(List.of(line("1.1", "10", null))), true, problems);
        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("emulation.score.error.evidenceRequired");
        problems.clear();
        ScoringRules.check(SET, new ScoreInput(List.of(line("1.1", "10", "https://pgd.example.vn/minh-chung"))), true, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theRatingBandIsTheHighestWhoseMinimumTheTotalReaches_H3() {
        assertThat(SET.rating(new BigDecimal("90")).code()).isEqualTo("XUAT_SAC");
        assertThat(SET.rating(new BigDecimal("89.99")).code()).isEqualTo("TOT");
        assertThat(SET.rating(new BigDecimal("65")).code()).isEqualTo("KHA");
        assertThat(SET.rating(new BigDecimal("12")).code()).isEqualTo("YEU");
    }
}
