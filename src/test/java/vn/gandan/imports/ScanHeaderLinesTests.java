package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A scanned letter's header lines as Tesseract reads them, mended; short lines of our own, not corpus files. */
class ScanHeaderLinesTests {

    @Test
    void numberAndDayWrittenByHandAreLeftBlankAndTheRestOfTheLineKept() {
        assertThat(ScanHeaderLines.line("Số; 93!STC-NS. Hải Dương, ngàyØƒtháng 3 năm 2019"))
                .isEqualTo("Số: /STC-NS Hải Dương, ngày   tháng 3 năm 2019");
        assertThat(ScanHeaderLines.line("Số:#QŸ /UBND-VP Bắc Ninh, ngày/|{_ tháng 11 năm 2020"))
                .isEqualTo("Số: /UBND-VP Bắc Ninh, ngày   tháng 11 năm 2020");
    }

    @Test
    void aLineWhoseNumberAndDayAreBareDigitsIsLeftToTheHeaderReaders() {
        String line = "Số 45 /KH-PGD&ĐT Yên Lạc, ngày 3 tháng 9 năm 2021";
        assertThat(ScanHeaderLines.line(line)).isSameAs(line);
    }

    @Test
    void aLegalDocumentsNumberWithItsYearIsNotTakenForDebris() {
        String line = "Số: 36/2019/QĐ-UBND\tNinh Bình, ngày 12 tháng 8 năm 2019";
        assertThat(ScanHeaderLines.line(line)).isSameAs(line);
    }

    @Test
    void aCleanNumberLineIsNotTouched() {
        String clean = "Số: 12/KH-UBND Hà Nội, ngày 3 tháng 4 năm 2020";
        assertThat(ScanHeaderLines.line(clean)).isSameAs(clean);
    }

    @Test
    void strayMarksAroundTheHeaderAndTheKindLineGo() {
        assertThat(ScanHeaderLines.line("„ UBND HUYỆN AN LÃO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                .isEqualTo("UBND HUYỆN AN LÃO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(ScanHeaderLines.line("PHÒNG NỘI VỤ Độc lập —- Tự do — Hạnh phúc")).isEqualTo("PHÒNG NỘI VỤ Độc lập - Tự do — Hạnh phúc");
        assertThat(ScanHeaderLines.line(": THÔNG BÁO : |")).isEqualTo("THÔNG BÁO");
        assertThat(ScanHeaderLines.line("_ KẾ HOẠCH _")).isEqualTo("KẾ HOẠCH");
        assertThat(ScanHeaderLines.line("⁄")).isEmpty();
    }

    @Test
    void fixedHeaderWordsReadWithAWrongToneAreMended() {
        assertThat(ScanHeaderLines.line("QUYÉT ĐỊNH")).isEqualTo("QUYẾT ĐỊNH");
        assertThat(ScanHeaderLines.line("GIÁM ĐÓC SỞ TÀI CHÍNH")).isEqualTo("GIÁM ĐỐC SỞ TÀI CHÍNH");
        assertThat(ScanHeaderLines.line("SƠ GIÁO ĐỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc"))
                .isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc");
    }

    @Test
    void aTextWithoutThemIsTheSameObject() {
        String text = "ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nHà Nội, ngày 3 tháng 4 năm 2020\nKẾ HOẠCH\n";
        assertThat(ScanHeaderLines.mended(text)).isSameAs(text);
    }
}
