package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A scan's place-date cell whose pen-filled day reads as debris; short lines of our own, not corpus files. */
class DayDebrisCellTests {

    @Test
    void aCellOnItsOwnLineKeepsPlaceMonthAndYearAndLeavesTheDayBlank() {
        assertThat(DayDebrisCell.line("Hải Dương, ngày /|ƒ tháng 3 năm 2018"))
                .isEqualTo("Hải Dương, ngày  tháng 3 năm 2018");
        assertThat(DayDebrisCell.line(": Lào Cai, ngày B7 tháng 11 năm 2016"))
                .isEqualTo(": Lào Cai, ngày  tháng 11 năm 2016");
    }

    @Test
    void aCityLevelBeforeThePlaceIsKept() {
        assertThat(DayDebrisCell.line("TP.Vinh, ngày//5 tháng 4 năm 2020"))
                .isEqualTo("TP.Vinh, ngày  tháng 4 năm 2020");
    }

    @Test
    void aNumberCellWhoseSoWordIsMisreadIsWrittenWithItsSymbolAndABlankNumber() {
        assertThat(DayDebrisCell.line("Sớy?7/ KH-UBND Nam Định, ngày ‡| tháng 8 năm 2015"))
                .isEqualTo("Số: /KH-UBND Nam Định, ngày  tháng 8 năm 2015");
    }

    @Test
    void aCellWhoseSoReadsCleanlyKeepsItsNumberCell() {
        assertThat(DayDebrisCell.line("Số: 12/QĐ-UBND Nam Định, ngày ‡| tháng 8 năm 2015"))
                .isEqualTo("Số: 12/QĐ-UBND Nam Định, ngày  tháng 8 năm 2015");
    }

    @Test
    void aDayInDigitsEvenInBoldABlankDayAndACitationAreLeftAlone() {
        String digits = "Hà Nam, ngày 05 tháng 3 năm 2021";
        assertThat(DayDebrisCell.line(digits)).isSameAs(digits);
        String blank = "Hà Nam, ngày    tháng 3 năm 2021";
        assertThat(DayDebrisCell.line(blank)).isSameAs(blank);
        String dots = "Hà Nam, ngày ..... tháng 3 năm 2021";
        assertThat(DayDebrisCell.line(dots)).isSameAs(dots);
        String bold = "Hà Nam, ngày **05** tháng 3 năm 2021";
        assertThat(DayDebrisCell.line(bold)).isSameAs(bold);
        String citation = "Căn cứ Công văn số 45/SGDĐT-VP ngày 5 tháng 3 năm 2021 của Sở;";
        assertThat(DayDebrisCell.line(citation)).isSameAs(citation);
    }

    @Test
    void aMonthNotInDigitsIsLeftToTheOtherReaders() {
        String month = "Hà Nam, ngày ‡| tháng Š năm 2021";
        assertThat(DayDebrisCell.line(month)).isSameAs(month);
    }
}
