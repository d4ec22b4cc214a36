package vn.gandan.reporting;

import java.math.BigDecimal;

/** Report figures as people write them: 10, 2.5 — never 1E+1 or 10.000. */
final class Figures {

    private Figures() {
    }

    /** The value without trailing zeros and never in exponent form (its scale is at least 0). */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
