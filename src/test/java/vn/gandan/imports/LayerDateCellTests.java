package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A header's place-date cell read through a broken text layer, mended; short lines of our own, not corpus files. */
class LayerDateCellTests {

    @Test
    void aCellWithoutMarksIsSpelledAndItsPlaceGivenItsMarksByTheInventorysPairs() {
        assertThat(LayerDateCell.line("So: /UBND-VP \t Ha Noi, ngay thong 3 nom 2019"))
                .isEqualTo("So: /UBND-VP \t Hà Nội, ngày  tháng 3 năm 2019");
    }

    @Test
    void aMonthReadAsLettersShapedLikeDigitsIsReadAsTheMonth() {
        assertThat(LayerDateCell.line("V/v cử cán bộ dự lớp Hải Dương, ngày 5 tháng Il năm 2018"))
                .isEqualTo("V/v cử cán bộ dự lớp Hải Dương, ngày 5 tháng 11 năm 2018");
    }

    @Test
    void aDayReadAsDebrisIsLeftBlankAndAMarkedPlaceKeptAsRead() {
        assertThat(LayerDateCell.line("Số: /SGD-VP Quảng Trị, nrgàv#* tháng 4 năm 2016"))
                .isEqualTo("Số: /SGD-VP Quảng Trị, ngày  tháng 4 năm 2016");
    }

    @Test
    void aPlaceTheInventoryCannotSpellLeavesTheLineAsItWas() {
        String garbled = "s6: 4 /TB-UBND TP. csXyz, ngay O! thangO~ ndm 2020";
        assertThat(LayerDateCell.line(garbled)).isSameAs(garbled);
        String oneWord = "Số: /KH-UBND Hue, ngay 2 thang 3 nam 2020";
        assertThat(LayerDateCell.line(oneWord)).isSameAs(oneWord);
    }

    @Test
    void aCleanCellAndASentenceAreLeftAlone() {
        String clean = "Hà Nội, ngày 24 tháng 11 năm 2020";
        assertThat(LayerDateCell.line(clean)).isSameAs(clean);
        String sentence = "Hội nghị họp tại Hà Nội, ngày 2 tháng TÌ năm 2020 với các đơn vị.";
        assertThat(LayerDateCell.line(sentence)).isSameAs(sentence);
    }

    @Test
    void aMonthOutsideTheYearIsLeftBlank() {
        assertThat(LayerDateCell.month("T7")).isNull();
        assertThat(LayerDateCell.month("O9")).isEqualTo("9");
        assertThat(LayerDateCell.month("O~")).isNull();
    }

    @Test
    void aCellWhoseWordsAndMonthReadCleanlyIsLeftToTheScanReaders() {
        String marked = "Phú Lộc, ngày **9** tháng 02 năm 2024";
        assertThat(LayerDateCell.line(marked)).isSameAs(marked);
    }

    @Test
    void aProvinceWithoutMarksOrWithOneLetterMisreadIsMendedByTheClosedListOfProvinces() {
        assertThat(LayerDateCell.line("Ninh Bjnh, ngdy 3 thdng 4 ndm 2019"))
                .isEqualTo("Ninh Bình, ngày 3 tháng 4 năm 2019");
        assertThat(LayerDateCell.line("So: /CV-VP TP. Ca Mau, ngay thang 5 narn 2018"))
                .isEqualTo("So: /CV-VP TP. Cà Mau, ngày  tháng 5 năm 2018");
    }

    @Test
    void aPlaceNoProvinceOrTwoProvincesLieCloseToIsNeverGuessed() {
        String district = "So: /PGD Binh Tqn, ngay 2 thang 3 nam 2020";
        assertThat(LayerDateCell.line(district)).isSameAs(district);
        assertThat(ProvinceNames.mended("Ha Nai")).isNull(); // Hà Nội and Hà Nam both one letter away
        assertThat(ProvinceNames.mended("Ha Giang")).isEqualTo("Hà Giang");
    }
}
