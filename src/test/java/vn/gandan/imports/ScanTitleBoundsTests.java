package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanTitleBoundsTests {

    @Test
    void aTitleRunOnIntoTheOtherColumnsMottoEndsBeforeTheOrgan() {
        assertThat(TitleDebris.trimmed("V/v tổ chức hội thi vẽ tranh lần thứ 2 SỞ Y TẾ Độc lập - Tự do — Hạnh phúc"))
                .isEqualTo("V/v tổ chức hội thi vẽ tranh lần thứ 2");
    }

    @Test
    void aStopFollowedByALowerCaseScrapEndsTheTitleAtTheStop() {
        assertThat(TitleDebris.trimmed("V/v cho học sinh nghỉ học phòng dịch. tạo và mail: | _.__ Xyzab"))
                .isEqualTo("V/v cho học sinh nghỉ học phòng dịch.");
    }

    @Test
    void aTailOfScrapsWithAMarkIsStampDebris() {
        assertThat(TitleDebris.trimmed("V/v hướng dẫn khai báo y tế tự nguyện F CÔ \" Ỷ"))
                .isEqualTo("V/v hướng dẫn khai báo y tế tự nguyện");
    }

    @Test
    void anAbbreviatedNameWithAnAmpersandStays() {
        assertThat(TitleDebris.trimmed("V/v đề xuất của Sở TM & MT")).isEqualTo("V/v đề xuất của Sở TM & MT");
    }

    @Test
    void aShortTitleIsNotCutBelowFourWords() {
        assertThat(TitleDebris.trimmed("Lịch công tác |")).isEqualTo("Lịch công tác |");
    }

    @Test
    void marginBarsAroundAWrappedTitleLineAreDropped() {
        String text = "KẾ HOẠCH\nCông tác tuyên truyền năm 2020 |\n| của Phòng Giáo dục huyện\nThực hiện …";
        assertThat(ScanTitleMarks.mended(text).toString())
                .isEqualTo("KẾ HOẠCH\nCông tác tuyên truyền năm 2020\ncủa Phòng Giáo dục huyện\nThực hiện …");
    }

    @Test
    void aTablesCellsStayAsTheyAre() {
        String text = "Số hiệu: | 12/KH | Loại: | Kế hoạch |\n| Nội dung | thời gian |";
        assertThat(ScanTitleMarks.mended(text)).isSameAs(text);
    }
}
