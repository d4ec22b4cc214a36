package vn.gandan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.org.SchoolLevel;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitView;

/** Validity of publications (G1, G2) and the catalogue by school level (G8). */
class DisclosureRulesTests {

    static CatalogueItem item(String scope, String rule, String levels) {
        return new CatalogueItem("X", scope, 2, "Thu, chi", "Khoản thu", "TT 09/2024", List.of("WEBSITE"), levels, rule,
                "06-30", 10, 30, 5, LocalDate.of(2024, 7, 19));
    }

    static UnitView unit(UnitKind kind, SchoolLevel level) {
        return new UnitView(1L, "T", "Trường", null, kind, level, null, null, LocalDate.of(2020, 1, 1), null, null);
    }

    @Test
    void anAnnualItemCountsUntilTheNextYearsDeadlineThenLapses_G1() {
        CatalogueItem annual = item("PUBLIC", "ANNUAL", "*");
        assertThat(annual.validUntil(LocalDate.of(2025, 6, 20))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(annual.validUntil(LocalDate.of(2025, 8, 2))).as("late publication still answers for one year")
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(item("PUBLIC", "ON_CHANGE", "*").validUntil(LocalDate.of(2025, 8, 2))).isNull();
    }

    @Test
    void internalDisclosureIsPostedForThePostingPeriod_G2() {
        assertThat(item("INTERNAL", "INTERNAL", "*").validUntil(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void publicItemsApplyToSchoolsOfTheirLevelsInternalItemsToEveryUnit_G8() {
        CatalogueItem primaryUp = item("PUBLIC", "ANNUAL", "TIEU_HOC,THCS");
        assertThat(primaryUp.appliesTo(unit(UnitKind.TRUONG, SchoolLevel.TIEU_HOC))).isTrue();
        assertThat(primaryUp.appliesTo(unit(UnitKind.TRUONG, SchoolLevel.MAM_NON))).isFalse();
        assertThat(item("PUBLIC", "ANNUAL", "*").appliesTo(unit(UnitKind.PHONG_GDDT, null))).isFalse();
        assertThat(item("INTERNAL", "INTERNAL", "*").appliesTo(unit(UnitKind.PHONG_GDDT, null))).isTrue();
    }
}
