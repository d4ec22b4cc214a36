package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A header whose cells a reader glued, split at the header's own landmarks; short texts of our own, not corpus files. */
class HeaderLandmarksTests {

    @Test
    void aWordTableReadCellAfterCellIsSplitAtTheMottoTheNumberTheSubjectAndThePlace() {
        String glued = "SỞ Y TẾ AN GIANG\rBỆNH VIỆN ĐA KHOASố:  12  /BVĐKV/v mời họp               giao ban quý\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA"
                + " VIỆT NAMĐộc lập - Tự do - Hạnh phúcLong Xuyên, ngày 3 tháng 5 năm 2020\nKính gửi: các khoa";
        assertThat(HeaderLandmarks.split(glued).toString()).isEqualTo("SỞ Y TẾ AN GIANG\nBỆNH VIỆN ĐA KHOA\nSố: 12 /BVĐK\n"
                + "V/v mời họp giao ban quý\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLong Xuyên, ngày 3 tháng 5 năm 2020\n"
                + "Kính gửi: các khoa");
    }

    @Test
    void theMottosFirstWordLeftOnTheIssuersLineGoesBackToItsRest() {
        String ocr = "HỘI NÔNG DÂN HUYỆN KIM SƠN CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc";
        assertThat(HeaderLandmarks.split(ocr).toString())
                .isEqualTo("HỘI NÔNG DÂN HUYỆN KIM SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    }

    @Test
    void aNameReadOnIntoTheMottoLosesTheMottosWord() {
        String text = "CHI CỤC THUẾ KHU VỰC CỘNG HOÀ XÃ HỘI";
        assertThat(HeaderLandmarks.beforeMotto("CHI CỤC THUẾ KHU VỰC CỘNG", text, "CHI CỤC THUẾ KHU VỰC CỘNG".length()))
                .isEqualTo("CHI CỤC THUẾ KHU VỰC");
        assertThat(HeaderLandmarks.beforeMotto("ĐOÀN THANH NIÊN CỘNG", "ĐOÀN THANH NIÊN CỘNG SẢN", 20)).isEqualTo("ĐOÀN THANH NIÊN CỘNG");
    }

    @Test
    void aHeaderLaidOutInColumnsOrWithoutTheMottoIsNotTouched() {
        String columns = "UBND HUYỆN AN LÃO     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GD&ĐT     Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 5/PGD     An Lão, ngày 2 tháng 3 năm 2021";
        assertThat(HeaderLandmarks.split(columns)).isSameAs(columns);
        String tabs = "UBND HUYỆN AN LÃO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GD&ĐT\tĐộc lập - Tự do - Hạnh phúc";
        assertThat(HeaderLandmarks.split(tabs)).isSameAs(tabs);
        String news = "TRƯỜNG THCS AN LÃOSố: 5/KH";
        assertThat(HeaderLandmarks.split(news)).isSameAs(news);
    }
}
