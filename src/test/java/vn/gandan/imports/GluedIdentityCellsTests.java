package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Word header table's identity cells glued without their breaks; short lines of our own, not corpus files. */
class GluedIdentityCellsTests {

    @Test
    void theMottoGluedToThePlaceLineGetsItsColumnGapBack() {
        assertThat(GluedIdentityCells.gapped("Độc lập - Tự do - Hạnh phúcHải Dương, ngày 3 tháng 5 năm 2019"))
                .isEqualTo("Độc lập - Tự do - Hạnh phúc   Hải Dương, ngày 3 tháng 5 năm 2019");
    }

    @Test
    void cellsAlreadyApartAreLeftAlone() {
        String line = "Độc lập - Tự do - Hạnh phúc   Hải Dương, ngày 3 tháng 5 năm 2019";
        assertThat(GluedIdentityCells.gapped(line)).isSameAs(line);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        assertThat(GluedIdentityCells.gapped(motto)).isSameAs(motto);
    }
}
