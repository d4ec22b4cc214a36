package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeftColumnTests {

    @Test
    void parentOverIssuerWithTheMottoGluedAndTheIssuersSecondLineAlone() {
        String text = "UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHỘI-ĐỒNG THI ĐUA Độc lập - Tự do - Hạnh phúc\n"
                + "KHEN THƯỞNG\nSố: 12/KH-HĐTĐ Nam Định, ngày 3 tháng 4 năm 2019\n";
        assertThat(LeftColumn.read(text)).isEqualTo(new LeftColumn.Column("UBND TỈNH NAM ĐỊNH", "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG"));
    }

    @Test
    void oneUnitOnTwoLinesIsTheIssuerAlone() {
        String text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN AN LÃO Độc lập - Tự do - Hạnh phúc\nSố: 5/TB-UBND\n";
        assertThat(LeftColumn.read(text)).isEqualTo(new LeftColumn.Column(null, "ỦY BAN NHÂN DÂN HUYỆN AN LÃO"));
    }

    @Test
    void noMottoBesideTheColumnReadsNothing() {
        assertThat(LeftColumn.read("SỞ Y TẾ\nBỆNH VIỆN A\nSố: 5/BV\n")).isEqualTo(LeftColumn.NONE);
    }

    @Test
    void aKindLineOrBodyTextIsNeverAColumn() {
        assertThat(LeftColumn.read("KẾ HOẠCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTổ chức hội thi\n")).isEqualTo(LeftColumn.NONE);
    }

    @Test
    void parentAndIssuerRunTogetherArePartedByTheColumn() {
        String text = "UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc\nSố: 1/KH\n";
        assertThat(LeftColumn.mended(List.of("UBND TỈNH NAM ĐỊNH SỞ TƯ PHÁP"), null, text))
                .isEqualTo(new LeftColumn.Named(List.of("SỞ TƯ PHÁP"), "UBND TỈNH NAM ĐỊNH"));
    }

    @Test
    void anIssuerTakenAsTheParentIsPutBack() {
        String text = "UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc\nSố: 1/KH\n";
        assertThat(LeftColumn.mended(List.of("UBND huyện"), "SỞ TƯ PHÁP", text))
                .isEqualTo(new LeftColumn.Named(List.of("SỞ TƯ PHÁP"), "UBND TỈNH NAM ĐỊNH"));
    }

    @Test
    void aMisreadColumnNeverFillsAnEmptyIssuer() {
        String text = "ỦY BAN NHÂN DÂN\nTHÀNH PHD cA MAU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/TB\n";
        assertThat(LeftColumn.mended(List.of(), null, text)).isEqualTo(new LeftColumn.Named(List.of(), null));
    }

    @Test
    void aSettledAnswerIsKept() {
        String text = "UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc\nSố: 1/KH\n";
        assertThat(LeftColumn.mended(List.of("Sở Tư pháp"), "UBND tỉnh Nam Định", text))
                .isEqualTo(new LeftColumn.Named(List.of("Sở Tư pháp"), "UBND tỉnh Nam Định"));
    }
}
