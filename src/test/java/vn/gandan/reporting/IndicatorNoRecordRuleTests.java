package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gandan.reporting.spi.IndicatorValue;

/** The one rule for zeros from every module's records (see {@link Indicators#foundNoRecord}). */
class IndicatorNoRecordRuleTests {

    @Test
    void aSourceWhoseFiguresAreAllZeroFoundNoRecordAndComputesNothing() {
        assertThat(Indicators.foundNoRecord(Map.of(
                "DIALOGUES_HELD", IndicatorValue.count(0, "k"),
                "DVCQ_SCORE", IndicatorValue.of(BigDecimal.ZERO.setScale(2), "k")))).isTrue();
        assertThat(Indicators.foundNoRecord(Map.of())).isTrue();
    }

    @Test
    void oneRecordMakesTheSourcesZerosFiguresFromRecords() {
        assertThat(Indicators.foundNoRecord(Map.of(
                "DISCLOSURES_DONE", IndicatorValue.count(5, "k"),
                "DISCLOSURES_LAPSED", IndicatorValue.count(0, "k")))).isFalse();
    }
}
