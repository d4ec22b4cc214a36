package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Session 22: the issuer decision judged by the grammar of a body's name ({@link IssuerNames}). */
class IssuerNamesTests {

    private static IssuerSignals.Decision judged(double confidence, String... issuers) {
        return IssuerNames.judged(new IssuerSignals.Decision(List.of(issuers), null, confidence));
    }

    @Test
    void aNameRunningIntoItsSentenceIsCutWhereTheGrammarEnds() {
        assertThat(judged(0.6, "UBND xã kiểm điểm công tác chỉ đạo").issuers()).containsExactly("UBND xã");
    }

    @Test
    void aCandidateThatIsNoBodysNameIsDropped() {
        IssuerSignals.Decision who = judged(0.6, "Những kết quả đạt được");
        assertThat(who.issuers()).isEmpty();
        assertThat(who.confidence()).isLessThan(0.5);
    }

    @Test
    void aNameInCapitalsFromTheHeaderStandsWhole() {
        assertThat(judged(0.85, "SỞ Y TẾ TỈNH QUẢNG NAM").issuers()).containsExactly("SỞ Y TẾ TỈNH QUẢNG NAM");
    }
}
