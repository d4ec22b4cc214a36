package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scorer's title score, checked against score_import.py on the same pairs. */
class TitleScoreTests {

    @Test
    void equalAfterTheScorersNormIsOne() {
        assertThat(TitleScore.score("Tổ chức Hội nghị", "tổ chức hội nghị.")).isEqualTo(1.0);
        assertThat(TitleScore.score("Kế hoạch năm 2024", "kế hoạch năm  2024 ")).isEqualTo(1.0);
        assertThat(TitleScore.score("**Tổ chức** ngày hội", "Tổ chức ngày hội")).isEqualTo(1.0);
    }

    @Test
    void fourFifthsOfTheWordsSharedIsHalf() {
        assertThat(TitleScore.score("A b c d e", "A b c d")).isEqualTo(0.5);
        assertThat(TitleScore.score("A b c d e f g h i j", "A b c d e f g h i")).isEqualTo(0.5);
        assertThat(TitleScore.score("a b c", "a b d")).isEqualTo(0.0);
    }

    @Test
    void aNullGoldIsMatchedOnlyByNull() {
        assertThat(TitleScore.score(null, null)).isEqualTo(1.0);
        assertThat(TitleScore.score(null, "")).isEqualTo(0.0);
        assertThat(TitleScore.score("x", null)).isEqualTo(0.0);
    }
}
