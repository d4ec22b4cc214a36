package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (s26-lead2): leads naming their document in full where the reader stayed silent — a mention without "số", a
 * headline ending in a quoted name, the number given in brackets after the subject, a next paragraph issuing another document
 * only after carrying out others. Short texts of our own.
 */
class LeadMentionSilencesTests {

    private static LeadMention.Mention find(String... paras) {
        return LeadMention.find(List.of(paras));
    }

    @Test
    void aMentionWithoutSoWhenAFullSymbolFollows() {
        LeadMention.Mention m = find("Ngày 3/4, Huyện ủy Tân Phú tổ chức hội nghị quán triệt Chỉ thị 12-CT/TW ngày 5 tháng 3 năm 2024 của Bộ Chính trị "
                + "về tăng cường công tác dân vận trong tình hình mới.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(12);
        assertThat(m.symbol()).isEqualTo("CT/TW");
    }

    /** The lead reader takes its kind words from {@link KindWords}: a Party circular or a scheme's plan is a document too. */
    @Test
    void aMentionOfAnyKindTheVocabularyKnows() {
        LeadMention.Mention circular = find("Ngày 12/5, Đảng ủy xã Tân Lập tổ chức hội nghị quán triệt Thông tri số 05-TT/TU ngày 2/4/2024 của Ban Thường vụ "
                + "Tỉnh ủy về lãnh đạo công tác dân vận năm 2024.");
        assertThat(circular).isNotNull();
        assertThat(circular.number()).isEqualTo(5);
        assertThat(circular.symbol()).isEqualTo("TT/TU");
        LeadMention.Mention scheme = find("Thực hiện Phương án số 21/PA-UBND ngày 8/9/2025 của UBND xã Hòa Bình về tổ chức tiếp công dân định kỳ, "
                + "sáng 15/9 Chủ tịch UBND xã đã tiếp 12 lượt công dân.");
        assertThat(scheme).isNotNull();
        assertThat(scheme.number()).isEqualTo(21);
    }

    @Test
    void aKindWordAndABareNumberStaysUnread() {
        assertThat(find("Ngày 3/4, trường Tiểu học Hoa Sen tổ chức tập huấn triển khai Thông tư 04 của ngành về đánh giá học sinh tiểu học năm nay.")).isNull();
    }

    @Test
    void aHeadlineEndingInAQuotedNameIsPassedOver() {
        LeadMention.Mention m = find("Nhiều mô hình hay trong phong trào thi đua của các xã vùng cao huyện miền núi “Dân vận khéo”",
                "Thực hiện Kế hoạch số 17-KH/BDVHU ngày 2/3/2020 của Ban Dân vận Huyện ủy Yên Sơn về việc tổ chức phong trào thi đua, các xã đã có nhiều mô hình hay.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(17);
    }

    @Test
    void theNumberInBracketsAfterTheSubject() {
        LeadMention.Mention m = find("Ngày 12/6, thay mặt Ban Bí thư, đồng chí Nguyễn Văn A đã ký ban hành Chỉ thị của Ban Bí thư về tăng cường "
                + "lãnh đạo công tác phòng, chống thiên tai (Chỉ thị số 41-CT/TW). Chúng tôi giới thiệu toàn văn.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(41);
        assertThat(m.symbol()).isEqualTo("CT/TW");
        assertThat(m.issuers()).containsExactly("Ban Bí thư");
        assertThat(m.title()).startsWith("về tăng cường lãnh đạo công tác phòng, chống thiên tai");
    }

    @Test
    void aLaterStageIssuingAnotherDocumentDoesNotSilenceTheLead() {
        LeadMention.Mention m = find("Thực hiện Kế hoạch số 30-KH/BDVTU ngày 1/3/2015 của Ban Dân vận Tỉnh ủy về phong trào thi đua, các xã đã làm tốt công tác dân vận.",
                "Năm 2017, thực hiện Nghị quyết số 45-NQ/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 80-KH/HU về xây dựng mô hình.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(30);
    }

    @Test
    void aNextParagraphOpeningWithItsOwnIssuedDocumentStillSilencesTheLead() {
        assertThat(find("Thực hiện Kế hoạch số 30-KH/TU ngày 1/3/2018 của Tỉnh ủy về công tác dân vận, các cấp đã triển khai nhiều hoạt động.",
                "Ngày 4/3/2018, Đảng ủy phường ban hành Kế hoạch số 50-KH/ĐU về tuyên truyền đại hội.")).isNull();
    }
}
