package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Session 22: the issuer decision judged by the grammar of a body's name and by the symbol ({@link IssuerNames}). */
class IssuerNamesTests {

    private static IssuerSignals.Decision judged(String symbol, double confidence, String... issuers) {
        return IssuerNames.judged(new IssuerSignals.Decision(List.of(issuers), null, confidence), symbol);
    }

    @Test
    void aNameRunningIntoItsSentenceIsCutWhereTheGrammarEnds() {
        assertThat(judged(null, 0.6, "UBND xã kiểm điểm công tác chỉ đạo").issuers()).containsExactly("UBND xã");
    }

    @Test
    void aCandidateThatIsNoBodysNameIsDropped() {
        IssuerSignals.Decision who = judged(null, 0.6, "Những kết quả đạt được");
        assertThat(who.issuers()).isEmpty();
        assertThat(who.confidence()).isLessThan(0.5);
    }

    @Test
    void aBodyTheTextNamesIsRefusedWhenTheSymbolNamesAnotherOrgan() {
        assertThat(judged("12/KH-UBND", 0.6, "Sở Y tế tỉnh Quảng Nam").issuers()).isEmpty();
        assertThat(judged("12/KH-UBND", 0.6, "UBND tỉnh Quảng Nam").issuers()).containsExactly("UBND tỉnh Quảng Nam");
        assertThat(judged("12/KH-SYT", 0.6, "Sở Y tế tỉnh Quảng Nam").issuers()).containsExactly("Sở Y tế tỉnh Quảng Nam");
    }

    @Test
    void theHeadersColumnIsNeverOverruledByTheSymbol() {
        assertThat(judged("12/KH-UBND", 0.85, "SỞ Y TẾ").issuers()).containsExactly("SỞ Y TẾ");
    }
}
