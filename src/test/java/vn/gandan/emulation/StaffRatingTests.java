package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** I1 and I2 as plain rules: the four levels by points, the discipline cap, the Xuất sắc quota, the periods. */
class StaffRatingTests {

    static final Map<StaffLevel, BigDecimal> ND_335 = Map.of(StaffLevel.XUAT_SAC, new BigDecimal("90"),
            StaffLevel.TOT, new BigDecimal("70"), StaffLevel.HOAN_THANH, new BigDecimal("50"),
            StaffLevel.KHONG_HOAN_THANH, BigDecimal.ZERO);

    static StaffLevel level(String points, boolean disqualified) {
        return StaffRating.level(new BigDecimal(points), disqualified, ND_335);
    }

    @Test
    void fourLevelsByPointsOnA100PointScale_I1() {
        assertThat(level("90", false)).isEqualTo(StaffLevel.XUAT_SAC);
        assertThat(level("89.99", false)).isEqualTo(StaffLevel.TOT);
        assertThat(level("70", false)).isEqualTo(StaffLevel.TOT);
        assertThat(level("69.99", false)).isEqualTo(StaffLevel.HOAN_THANH);
        assertThat(level("50", false)).isEqualTo(StaffLevel.HOAN_THANH);
        assertThat(level("49.99", false)).isEqualTo(StaffLevel.KHONG_HOAN_THANH);
    }

    @Test
    void disciplinedInTheYearCannotBeRatedAboveKhongHoanThanh_I2() {
        assertThat(level("98", true)).isEqualTo(StaffLevel.KHONG_HOAN_THANH);
        assertThat(level("75", true)).isEqualTo(StaffLevel.KHONG_HOAN_THANH);
    }

    @Test
    void xuatSacIsAtMostTwentyPercentOfThoseRatedTot_I1() {
        BigDecimal share = new BigDecimal("0.20");
        assertThat(StaffRating.excellentQuota(10, share)).isEqualTo(2);
        assertThat(StaffRating.excellentQuota(4, share)).isZero();
        assertThat(StaffRating.excellentFits(1, 10, share)).isTrue();
        assertThat(StaffRating.excellentFits(2, 10, share)).isFalse();
        assertThat(StaffRating.excellentFits(0, 5, share)).isTrue();
    }

    @Test
    void vienChucAreEvaluatedOverTheSchoolYear_I2() {
        EvaluationPeriod p = EvaluationPeriod.parse("2025-2026");
        assertThat(p.from()).isEqualTo("2025-09-01");
        assertThat(p.to()).isEqualTo("2026-08-31");
        assertThat(EvaluationPeriod.parse("2026-Q2").to()).isEqualTo("2026-06-30");
        assertThat(EvaluationPeriod.parse("2026").from()).isEqualTo("2026-01-01");
        assertThat(EvaluationPeriod.parse("2025-2027")).isNull();
        assertThat(EvaluationPeriod.parse("Q5")).isNull();
    }
}
