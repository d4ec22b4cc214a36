package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The identity line's place cell read after the symbol and checked against the header's locality; short texts of our own. */
class PlaceCellTests {

    @Test
    void anEmptyPlaceIsReadFromTheCellAfterTheSymbolWhateverDebrisFollows() {
        String text = "UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Số: Ê tư /QĐ-UBND Nam Định, ngày Kể tháng 1rd Ị.\nQUYẾT ĐỊNH\n";
        assertThat(PlaceCell.read(null, text, OcrTraits.of(text).scanned())).isEqualTo("Nam Định");
        assertThat(PlaceCell.read("", "Công văn số 12/VPUBND-TH Lạng Sơn, ngày 3 tháng 4 năm 2020 về việc …", false))
                .isEqualTo("Lạng Sơn");
    }

    @Test
    void anEmptyPlaceStaysEmptyWithoutASymbolBeforeTheCell() {
        assertThat(PlaceCell.read(null, "Theo đó, ngày tựu trường của các cấp học như sau\n", false)).isNull();
        assertThat(PlaceCell.read(null, "Thứ Hai, ngày 03/02/2025 | 08:53\n", false)).isNull();
    }

    @Test
    void theHeadersLocalitiesAreReadAfterTheirLevelWordUpToTheOtherColumn() {
        assertThat(PlaceCell.localities("UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GD&ĐT HUYỆN YÊN LẠC"))
                .containsExactly("Bắc Ninh", "Yên Lạc");
    }

    @Test
    void onlyOneBaseLetterApartInANameOfTheSameLengthCounts() {
        assertThat(PlaceCell.oneLetterApart("Đắc Ninh", "Bắc Ninh")).isTrue();
        assertThat(PlaceCell.oneLetterApart("Phủ Thọ", "Phú Thọ")).isFalse(); // marks alone: the header may be the misread one
        assertThat(PlaceCell.oneLetterApart("Ninh", "Bắc Ninh")).isFalse();
        assertThat(PlaceCell.oneLetterApart("Hà Nam", "Hà Nội")).isFalse();
    }

    @Test
    void aTypedTextKeepsItsPlaceEvenWhenTheHeaderSpellsAnotherOneLetterApart() {
        String text = "UBND TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND Kon Tun, ngày 3 tháng 4 năm 2020\n";
        assertThat(PlaceCell.read("Kon Tun", text, OcrTraits.of(text).scanned())).isEqualTo("Kon Tun");
    }
}
