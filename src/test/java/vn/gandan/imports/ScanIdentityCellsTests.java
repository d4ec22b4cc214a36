package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A scanned letter's identity line read cell by cell; short lines of our own, not corpus files. */
class ScanIdentityCellsTests {

    @Test
    void aNumberCellWithSlashesOrLettersGluedIsTheBlankOfThePrintedPage() {
        assertThat(ScanIdentityCells.line("Số:7/4/STC-KH Hải Dương, ngày , | Ê tháng 05 năm 2019."))
                .isEqualTo("Số: /STC-KH Hải Dương, ngày  tháng 05 năm 2019");
        assertThat(ScanIdentityCells.line("Số: Ô12/QĐ-UBND Nam Định, ngày 3 tháng 4 năm 2020"))
                .isEqualTo("Số: /QĐ-UBND Nam Định, ngày 3 tháng 4 năm 2020");
    }

    @Test
    void aMonthReadAsAMarkIsLeftBlankAndTheYearKept() {
        assertThat(ScanIdentityCells.line("Số: Ê5/KH- LĐLĐ Hà Nam, ngày K, tháng +năm 2018"))
                .isEqualTo("Số: /KH-LĐLĐ Hà Nam, ngày  tháng  năm 2018");
    }

    @Test
    void aYearWhoseLastOneWasReadAsABracketIsMended() {
        assertThat(ScanIdentityCells.line("V/v nghỉ học, Hải Phòng, ngày 9 tháng 3 năm 202]"))
                .isEqualTo("V/v nghỉ học, Hải Phòng, ngày 9 tháng 3 năm 2021");
    }

    @Test
    void aLineWhoseCellsReadCleanlyIsLeftAlone() {
        assertThat(ScanIdentityCells.line("Số 45 /KH-PGD&ĐT Yên Lạc, ngày 3 tháng 9 năm 2021")).isNull();
        assertThat(ScanIdentityCells.line("Số: 12/KH-UBND Hà Nội, ngày 3 tháng 4 năm 2020")).isNull();
        assertThat(ScanIdentityCells.line("Kính gửi: các trường học")).isNull();
    }

    @Test
    void aLegalDocumentsNumberWithItsYearIsNotAMisreadCell() {
        assertThat(ScanIdentityCells.line("Số: 36/2019/QĐ-UBND\tNinh Bình, ngày 12 tháng 8 năm 2019")).isNull();
    }
}
