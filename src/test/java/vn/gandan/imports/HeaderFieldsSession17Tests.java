package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 17: shapes of the number, symbol, place and date in the documents the extractor saw first this session (dev s17*_)
 * and in the retired held-out 7, each as a short text of our own — with the refusals that keep a stamp or a sentence out.
 */
class HeaderFieldsSession17Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    // ---- words before ", ngày …" that are no place ----

    @Test
    void wordsInLowerCaseBeforeADateAreNoPlace() {
        assertThat(FieldCues.notAPlace("việc đột xuất", ", UBND thành phố có Thông báo")).isTrue();
        assertThat(FieldCues.notAPlace("việc đột xuất", "")).isFalse(); // the cell ends: left to the header's other checks
        assertThat(FieldCues.notAPlace("xã Tân Mỹ", ", UBND xã")).isFalse();
        assertThat(FieldCues.notAPlace("thành phố Vinh", ", UBND")).isFalse();
        assertThat(FieldCues.notAPlace("Hà Nội", ", Bộ")).isFalse();
    }

    @Test
    void aDayOfTheWeekBeforeADateIsAPostingStampNotAPlace() {
        assertThat(FieldCues.notAPlace("vào Thứ bảy", "")).isTrue();
        assertThat(FieldCues.notAPlace("Chủ nhật", "")).isTrue();
    }

    @Test
    void aNewsItemsOwnNoticeOutranksADateInALaterSentence() {
        Extraction e = read("UBND thành phố vừa ban hành Thông báo số 245/TB-UBND ngày 29/6/2021 về việc hoãn tổ chức tiếp công dân định kỳ tháng 6/2021.\n\n"
                + "Do công việc đột xuất, ngày 25/6/2021, UBND thành phố có Thông báo số 243/TB-UBND thay đổi thời gian tiếp công dân.\n");
        assertThat(e.issuePlace()).isNull();
        assertThat(e.number()).isEqualTo(245);
        assertThat(e.symbol()).isEqualTo("TB-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(29, 6, 2021));
    }

    @Test
    void aPortalsPostingStampAboveTheHeaderGivesNeitherPlaceNorDate() {
        Extraction e = read("TRANG CHỦ > ĐƯỜNG LỐI - CHÍNH SÁCH\nĐăng vào Thứ bảy, ngày 20/04/2024\nHƯỚNG DẪN xây dựng mô hình\n\n"
                + "ĐẢNG BỘ TỈNH THÁI BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY KHỐI CÁC CƠ QUAN\n*\nSố 29-HD/ĐUK\tThái Bình, ngày 16 tháng 4 năm 2024\n\n"
                + "HƯỚNG DẪN\nxây dựng mô hình “Dân vận khéo” năm 2024\n");
        assertThat(e.issuePlace()).isEqualTo("Thái Bình");
        assertThat(e.issueDate()).isEqualTo(new DateParts(16, 4, 2024));
    }

    // ---- dates of news leads ----

    @Test
    void aSigningToldInADatedNewsLeadGivesTheProgrammesDayAndMonth() {
        Extraction e = read("Chiều 14/6, Liên minh HTX phối hợp Hội Khuyến học tỉnh ký kết chương trình xây dựng chi hội khuyến học.\n\n"
                + "Hiện tại, Liên minh HTX có 139 HTX thành viên.\n");
        assertThat(e.issueDate()).isEqualTo(new DateParts(14, 6, null));
    }

    @Test
    void aMeetingToldInADatedNewsLeadGivesNoDate() {
        Extraction e = read("Chiều 14/6, Liên minh HTX tổ chức hội nghị tổng kết công tác năm.\n\nHiện tại, Liên minh HTX có 139 HTX thành viên.\n");
        assertThat(e.issueDate()).isEqualTo(DateParts.BLANK);
    }

    // ---- PDF text with lost letters ----

    @Test
    void aNumberWhoseSoLostItsLettersStillReads() {
        Extraction e = read("- U BAN DÂN T C C NG HOÀ XÃ H I CH NGHĨA VI T NAM Đ c l p – T do – H nh phúc S 291/QĐ-UBDT Hà N i, ngày 08 tháng 11 năm 2006 "
                + "QUY T Đ NH S 291/QĐ-UBDT NGÀY 08 THÁNG 11 NĂM 2006 C A B TRƯ NG V vi c ban hành quy đ nh\n");
        assertThat(e.number()).isEqualTo(291);
        assertThat(e.symbol()).isEqualTo("QĐ-UBDT");
    }

    @Test
    void aCapitalSInAWordOfCapitalsIsNoNumberCell() {
        assertThat(HeaderSegments.NUMBER.matcher("H nh phúc S 291/QĐ-UBDT").find()).isTrue(); // after the motto's last word
        assertThat(HeaderSegments.NUMBER.matcher("QUY T Đ NH S 291/QĐ-UBDT").results().anyMatch(r -> r.group().startsWith("S 291"))).isFalse();
        assertThat(HeaderSegments.NUMBER.matcher("lớp s 12/A").find()).isFalse();
    }
}
