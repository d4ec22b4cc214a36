package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.IdentityCandidates.Identity;

/** The port of score_import.py's number, symbol and date scores, checked against the python on the same pairs. */
class IdentityScoreTests {

    private static double symbol(String g, String p) {
        return IdentityScore.fields(new Identity(null, g, null), new Identity(null, p, null)).symbol();
    }

    @Test
    void symbolsCompareAsThePythonSymkeyDoes() {
        assertThat(symbol("KH/BTGDVTU", "kh / btgdvtu")).isEqualTo(1.0);
        assertThat(symbol("Số: 45-KH/TU", "45–KH/TU")).isEqualTo(0.0);
        assertThat(symbol("QĐ-UBND.", "QĐ-UBND")).isEqualTo(1.0);
        assertThat(symbol(null, "")).isEqualTo(0.0);
        assertThat(symbol("**KH-UBND**", "KH-UBND")).isEqualTo(1.0);
    }

    @Test
    void datesScoreAThirdPerPartAndNullIsADateWithoutParts() {
        assertThat(IdentityScore.date(null, DateParts.BLANK)).isEqualTo(1.0);
        assertThat(IdentityScore.date(new DateParts(5, 8, 2019), new DateParts(5, 8, 2020))).isEqualTo(2 / 3.0);
        assertThat(IdentityScore.date(new DateParts(5, 8, 2019), null)).isEqualTo(0.0);
    }

    @Test
    void theLabelIsTheMeanOfTheFieldsTheGoldHas() {
        var gold = new IdentityScore.Gold(new Identity(45, "KH-UBND", new DateParts(1, 2, 2020)), true, true, true);
        assertThat(IdentityScore.label(gold, new Identity(45, "KH-UBND", null))).isEqualTo(2 / 3.0);
        assertThat(IdentityScore.label(new IdentityScore.Gold(Identity.NONE, true, true, true), Identity.NONE)).isEqualTo(1.0);
    }
}
