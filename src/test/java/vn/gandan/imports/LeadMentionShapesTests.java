package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 25: the general default for a header-less text — the first full document mention of its lead, whatever opens it
 * and whatever event or verb follows (gold convention 10) — and the look-alikes that must stay unread: a page drafting its
 * own document, a lead naming another document before, a run of bases, hard-wrapped lines. Short texts of our own.
 */
class LeadMentionShapesTests {

    private static LeadMention.Mention find(String... paras) {
        return LeadMention.find(List.of(paras));
    }

    @Test
    void anOpeningWithAVerbNoListNamesUnderALongHeadline() {
        LeadMention.Mention m = find("Phong trào “Áo ấm mùa đông” năm học 2025-2026 của Liên đội trường Tiểu học Hoa Sen", "Lượt xem:",
                "Hưởng ứng Kế hoạch số 07/KH-HĐĐ ngày 3 tháng 10 năm 2025 của Hội đồng Đội huyện Tây Sơn về quyên góp áo ấm cho học sinh vùng cao, "
                        + "Liên đội nhà trường đã phát động các chi đội tham gia.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(7);
        assertThat(m.symbol()).isEqualTo("KH-HĐĐ");
        assertThat(m.date()).isEqualTo(new DateParts(3, 10, 2025));
        assertThat(m.issuers()).containsExactly("Hội đồng Đội huyện Tây Sơn");
        assertThat(m.title()).isEqualTo("về quyên góp áo ấm cho học sinh vùng cao");
        assertThat(LeadDefault.kind(m)).isEqualTo("KE_HOACH");
    }

    @Test
    void aDatedEventSentenceNamingTheDocumentWithoutSymbol() {
        LeadMention.Mention m = find("Ngày 20/10/2024, Huyện ủy Phú Lương tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 12 của Ban Chấp hành Đảng bộ huyện "
                + "về phát triển du lịch cộng đồng.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(12);
        assertThat(m.symbol()).isNull();
        assertThat(m.issuers()).containsExactly("Ban Chấp hành Đảng bộ huyện");
        assertThat(LeadDefault.kind(m)).isEqualTo("NGHI_QUYET");
    }

    @Test
    void aGroundingBaseAboveTheDocumentCarriedOut() {
        LeadMention.Mention m = find("Căn cứ Hướng dẫn số 04/HD-LĐLĐ ngày 2 tháng 9 năm 2024 của Liên đoàn Lao động huyện về tổ chức hội nghị viên chức năm học mới.",
                "Thực hiện Kế hoạch liên tịch số 15/KHLT-THAB về tổ chức Hội nghị viên chức năm học 2024-2025 của Trường Tiểu học An Bình.",
                "Ngày 20/9/2024, trường đã tổ chức Hội nghị viên chức.");
        assertThat(m).isNotNull();
        assertThat(m.number()).isEqualTo(15);
        assertThat(LeadDefault.kind(m)).isEqualTo("KE_HOACH_PHOI_HOP");
    }

    @Test
    void aPageDraftingItsOwnDocumentIsNotAboutTheOneItNames() {
        assertThat(find("Thực hiện Công văn số 210/UBND-VX ngày 4/3/2024 của UBND huyện về phòng chống dịch, Phòng Giáo dục và Đào tạo yêu cầu các trường "
                + "thực hiện các nội dung sau.")).isNull();
        assertThat(find("Thực hiện Chỉ thị số 05-CT/TU ngày 1/2/2024 của Ban Thường vụ Tỉnh ủy về cải cách hành chính, Ban Thường vụ Huyện ủy đã ban hành "
                + "Kế hoạch số 31-KH/HU triển khai thực hiện.")).isNull();
    }

    @Test
    void aDocumentNamedBeforeOrAHeadlineOpeningWithAKindWordLeavesItUnread() {
        assertThat(find("Thực hiện Luật Tổ chức chính quyền địa phương và Hướng dẫn số 13-HD/BTG ngày 6/8/2025 của Ban Tuyên giáo về công tác đối thoại, "
                + "xã tổ chức hội nghị.")).isNull();
        assertThat(find("Kế hoạch cải cách hành chính năm 2026",
                "Thực hiện Kế hoạch số 9/KH-UBND ngày 5/1/2026 của UBND huyện về cải cách hành chính năm 2026, nhà trường tổ chức các hoạt động.")).isNull();
    }

    @Test
    void aRunOfBasesOrHardWrappedLinesAreNotReadCleanly() {
        assertThat(find("Thực hiện Kế hoạch số 1-KH/TU ngày 2/1/2020 của Tỉnh ủy về tuyên giáo; Kế hoạch số 2-KH/TU ngày 3/1/2020 của Tỉnh ủy về truyền thông; "
                + "Hướng dẫn số 3-HD/BTGTW ngày 4/1/2020 của Ban Tuyên giáo Trung ương về các ngày lễ.")).isNull();
        assertThat(find("Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ",
                "Tỉnh ủy Bắc Sơn về công tác tuyên giáo năm 2020; Kế hoạch số 157-KH/TU,")).isNull();
    }
}
