package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the last judge of the final issuers and title ({@link FinalTrim}), each shape a short text of our own — a verb
 * phrase run on after a name, an act left at a name's end, a partner that only took part, a page's download link and "Xem thêm"
 * around a headline, a running-text identity before the subject, the document's own or an unread kind word at the title's start;
 * the values it must leave alone included.
 */
class FinalTrimSession26Tests {

    private static TextLines text(String s) {
        return new TextLines(s);
    }

    // ---- issuers: an organisation's noun phrase ----

    @Test
    void aVerbPhraseRunOnAfterANameWithItsPlaceIsCut() {
        TextLines d = text("Ủy ban MTTQ VN huyện Tân Lạc giám sát việc thực hiện chính sách năm 2021.");
        assertThat(FinalTrim.issuers(List.of("Ủy ban MTTQ VN huyện Tân Lạc giám sát việc thực hiện chính sách"), d, null, null))
                .containsExactly("Ủy ban MTTQ VN huyện Tân Lạc");
    }

    @Test
    void anActLeftAtTheEndOfANameIsCutWhateverWordPrecedesIt() {
        assertThat(NameGrammar.ended("Ban Tuyên giáo Huyện ủy phối hợp")).isEqualTo("Ban Tuyên giáo Huyện ủy");
        assertThat(NameGrammar.ended("Ban Chỉ đạo triển khai Đề án 06")).isEqualTo("Ban Chỉ đạo triển khai Đề án 06");
    }

    @Test
    void aBodyTheTextNamesOnlyAsThePartnerOfTheIssuerIsLeftOut() {
        TextLines d = text("Trường THCS Hòa An phối hợp với Ban đại diện cha mẹ học sinh xây dựng kế hoạch như sau:");
        assertThat(FinalTrim.issuers(List.of("Trường THCS Hòa An", "Ban đại diện cha mẹ học sinh"), d, "Tổ chức hội nghị cha mẹ học sinh", null))
                .containsExactly("Trường THCS Hòa An");
    }

    @Test
    void aJointDocumentKeepsBothBodiesThoughOneWorksWithTheOther() {
        TextLines d = text("Ban Dân vận Tỉnh ủy An Hòa phối hợp với Ban Dân vận Tỉnh ủy Bình Lợi ban hành kế hoạch.");
        List<String> both = List.of("Ban Dân vận Tỉnh ủy An Hòa", "Ban Dân vận Tỉnh ủy Bình Lợi");
        assertThat(FinalTrim.issuers(both, d, "phối hợp thực hiện công tác dân vận năm 2024", null)).isEqualTo(both);
        assertThat(FinalTrim.issuers(both, d, "thực hiện công tác dân vận năm 2024", "05-KHPH/BDVTU")).isEqualTo(both);
        assertThat(FinalTrim.issuers(both, d, "thực hiện công tác dân vận năm 2024", "05-KH/BDVTU-BDVTU")).isEqualTo(both);
        assertThat(FinalTrim.issuers(both, d, "thực hiện công tác dân vận năm 2024", "123/KH-UBND")).containsExactly(both.get(0));
    }

    @Test
    void twoBodiesTheTextJoinsWithAndStayTwo() {
        TextLines d = text("Hội Nông dân tỉnh và Sở Nông nghiệp tỉnh ký kết. Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp tỉnh triển khai.");
        List<String> both = List.of("Hội Nông dân tỉnh", "Sở Nông nghiệp tỉnh");
        assertThat(FinalTrim.issuers(both, d, "hỗ trợ nông dân", null)).isEqualTo(both);
    }

    @Test
    void aNameInCapitalsOrOneTheGrammarCannotReadStaysAsItIs() {
        TextLines d = text("TRƯỜNG TIỂU HỌC KIM ĐỒNG\nKẾ HOẠCH");
        assertThat(FinalTrim.issuers(List.of("TRƯỜNG TIỂU HỌC KIM ĐỒNG"), d, null, null)).containsExactly("TRƯỜNG TIỂU HỌC KIM ĐỒNG");
        assertThat(FinalTrim.issuers(List.of("Chính phủ"), d, null, null)).containsExactly("Chính phủ");
    }

    // ---- title: the trích yếu span ----

    @Test
    void aDownloadLinkGluedBeforeTheHeadlineIsNoPartOfTheTitle() {
        assertThat(FinalTrim.title("Tải về Tổ chức Hội thi tìm hiểu lịch sử địa phương năm 2025", "KE_HOACH"))
                .isEqualTo("Tổ chức Hội thi tìm hiểu lịch sử địa phương năm 2025");
    }

    @Test
    void aCallToReadMoreAfterTheHeadlineIsNoPartOfTheTitle() {
        assertThat(FinalTrim.title("tổ chức Ngày hội đọc sách năm 2024 Xem thêm", "KE_HOACH")).isEqualTo("tổ chức Ngày hội đọc sách năm 2024");
        assertThat(FinalTrim.title("tổ chức Ngày hội đọc sách năm 2024 TẢI", "KE_HOACH")).isEqualTo("tổ chức Ngày hội đọc sách năm 2024");
    }

    @Test
    void aRunningTextIdentityBeforeTheSubjectLeavesTheSubjectFromItsAbout() {
        assertThat(FinalTrim.title("của Huyện ủy Kim Sơn về việc tăng cường công tác dân vận", "CHI_THI"))
                .isEqualTo("về việc tăng cường công tác dân vận");
        assertThat(FinalTrim.title("CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH VỀ THỰC HIỆN NGHỊ QUYẾT", "CHUONG_TRINH"))
                .isEqualTo("CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH VỀ THỰC HIỆN NGHỊ QUYẾT");
    }

    @Test
    void aKindWordTheKindListDoesNotKnowIsCutWhereTheKindWasLeftAtTheDefault() {
        assertThat(FinalTrim.title("QUI CHẾ LÀM VIỆC GIỮA CÔNG ĐOÀN VÀ NHÀ TRƯỜNG", "KE_HOACH")).isEqualTo("LÀM VIỆC GIỮA CÔNG ĐOÀN VÀ NHÀ TRƯỜNG");
        assertThat(FinalTrim.title("ĐỀ CƯƠNG TUYÊN TRUYỀN KẾT QUẢ ĐẠI HỘI HỘI NÔNG DÂN TỈNH", null))
                .isEqualTo("KẾT QUẢ ĐẠI HỘI HỘI NÔNG DÂN TỈNH");
    }

    @Test
    void theDocumentsOwnKindWordIsCutButAnotherKindsWordAndAVerbStay() {
        assertThat(FinalTrim.title("Báo cáo kết quả công tác dân vận năm 2023", "BAO_CAO")).isEqualTo("kết quả công tác dân vận năm 2023");
        assertThat(FinalTrim.title("QUY ĐỊNH VỀ CHÍNH SÁCH HỖ TRỢ HỌC PHÍ NĂM HỌC 2025", "NGHI_QUYET"))
                .isEqualTo("QUY ĐỊNH VỀ CHÍNH SÁCH HỖ TRỢ HỌC PHÍ NĂM HỌC 2025");
        assertThat(FinalTrim.title("Quy chế tổ chức và hoạt động của thôn, tổ dân phố", "QUYET_DINH"))
                .isEqualTo("Quy chế tổ chức và hoạt động của thôn, tổ dân phố");
        assertThat(FinalTrim.title("hướng dẫn nội dung tuyên truyền tháng 4", "HUONG_DAN")).isEqualTo("hướng dẫn nội dung tuyên truyền tháng 4");
    }

    @Test
    void aTitleThatWouldBeLeftTooShortStaysWhole() {
        assertThat(FinalTrim.title("Tải về Lịch", "KE_HOACH")).isEqualTo("Tải về Lịch");
    }
}
