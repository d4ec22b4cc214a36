package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The scorer port against score_import.py: every expected value here is what the python gives for the same strings. */
class ScorerPortTests {

    @Test
    void normComposesDecomposedVietnamese() {
        assertThat(ScorerPort.norm(Normalizer.normalize("Kế hoạch", Normalizer.Form.NFD))).isEqualTo("kế hoạch");
    }

    @Test
    void normDropsMarkdownDebrisAndBookmarks() {
        assertThat(ScorerPort.norm("**Tổ chức** Hội nghị")).isEqualTo("tổ chức hội nghị");
        assertThat(ScorerPort.norm("[bookmark:_Toc1]Báo cáo #2")).isEqualTo("báo cáo 2");
    }

    @Test
    void normFoldsCaseAndWhiteSpace() {
        assertThat(ScorerPort.norm("ĐẢNG BỘ TỈNH")).isEqualTo("đảng bộ tỉnh");
        assertThat(ScorerPort.norm("a\u00a0 b")).isEqualTo("a b");
    }

    @Test
    void normCutsTheEndsPunctuationButNotTheMiddles() {
        assertThat(ScorerPort.norm("  Về việc: tổ chức ngày hội.  ")).isEqualTo("về việc: tổ chức ngày hội");
        assertThat(ScorerPort.norm("/ KẾ HOẠCH;")).isEqualTo("kế hoạch");
        assertThat(ScorerPort.norm(null)).isNull();
    }

    @Test
    void similarIsADiceOfTheWordSetsOfAtLeastFourFifths() {
        assertThat(ScorerPort.similar("a b c d e", "a b c d f")).isTrue(); // 8 / 10 = 0.8
        assertThat(ScorerPort.similar("a b c d e", "a b c d f g")).isFalse(); // 8 / 11
        assertThat(ScorerPort.similar("a b c d e f g h i j", "a b c d e f g h i")).isTrue();
        assertThat(ScorerPort.similar("Tổ chức Hội nghị", "tổ chức hội nghị.")).isTrue();
    }

    @Test
    void similarTellsNullFromEmpty() {
        assertThat(ScorerPort.similar(null, null)).isTrue();
        assertThat(ScorerPort.similar(null, "")).isFalse();
        assertThat(ScorerPort.similar("", "*")).isTrue(); // both empty after norm
    }

    @Test
    void symkeyDropsSpacesCaseALeadingSoAndFoldsDashes() {
        assertThat(ScorerPort.symkey("so 12/QĐ-UBND")).isEqualTo("12/qđ-ubnd");
        assertThat(ScorerPort.symkey("Số: 45 – KH/TU")).isEqualTo(":45-kh/tu");
        assertThat(ScorerPort.symkey(null)).isNull();
    }
}
