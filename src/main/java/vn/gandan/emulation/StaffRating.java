package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * I1/I2: the level from a 100-point total under the ⚙ bands in force; a disqualifier (discipline in the year,
 * degradation) caps it at Không hoàn thành; "Xuất sắc" may not exceed 20 % of those rated "Tốt" in the same unit and
 * peer group.
 */
final class StaffRating {

    private StaffRating() {
    }

    /** {@code bands}: each level's minimum points (from the table in force on the period's last day). */
    static StaffLevel level(BigDecimal total, boolean disqualified, Map<StaffLevel, BigDecimal> bands) {
        if (disqualified) return StaffLevel.KHONG_HOAN_THANH;
        for (StaffLevel l : StaffLevel.values()) {
            BigDecimal min = bands.get(l);
            if (min != null && total.compareTo(min) >= 0) return l;
        }
        return StaffLevel.KHONG_HOAN_THANH;
    }

    /** How many may be rated Xuất sắc when {@code good} are rated Tốt: ⌊share × good⌋. */
    static int excellentQuota(int good, BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(good)).setScale(0, java.math.RoundingMode.FLOOR).intValueExact();
    }

    /** Whether one more Xuất sắc fits beside {@code excellent} already so rated and {@code good} rated Tốt. */
    static boolean excellentFits(int excellent, int good, BigDecimal share) {
        return excellent + 1 <= excellentQuota(good, share);
    }
}
