package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28: a news item whose lead sentence opens with the document it carries out and goes on to tell what was done
 * ({@link LeadSubject}): the subject stops where the sentence's own clause starts. Short texts of our own, with the shapes
 * that must give nothing.
 */
class LeadSubjectShapesTests {

    private static String title(String... paras) {
        LeadSubject.Reading r = LeadSubject.read(List.of(paras));
        return r == null ? null : r.title();
    }

    @Test
    void aSubjectInSmallLettersStopsAtTheBodyActingInTheNews() {
        assertThat(title("Thực hiện Kế hoạch kiểm tra, đánh giá công tác dân vận năm 2023, Ủy ban MTTQ xã An Bình vừa tổ chức 02 cuộc kiểm tra."))
                .isEqualTo("kiểm tra, đánh giá công tác dân vận năm 2023");
    }

    @Test
    void aBodyNamedBeforeTheAboutPhraseIsPassedOver() {
        assertThat(title("Thực hiện Kế hoạch của Đảng ủy, UBND phường Tân Lập về tổ chức Hội thi tiếng hát, văn nghệ năm 2024, phường Tân Lập đã tổ chức nhiều hoạt động."))
                .isEqualTo("về tổ chức Hội thi tiếng hát, văn nghệ năm 2024");
    }

    @Test
    void aSentenceWrappedOverParagraphsIsJoined() {
        assertThat(title("Thứ Hai, 03/06/2024 08:15", "Xã Hòa Bình ra quân làm sạch môi trường",
                "Thực hiện Kế hoạch của UBND xã về ra quân làm sạch môi trường (5/6/2024", "– 30/6/2024), các thôn đã ra quân đồng loạt."))
                .isEqualTo("về ra quân làm sạch môi trường (5/6/2024 – 30/6/2024)");
    }

    @Test
    void aReportOpeningTheLeadStopsAtWhatItShows() {
        assertThat(title("(ABC) – Báo cáo sơ kết công tác phối hợp giữa Hội Nông dân và Ngân hàng huyện năm 2022, cho thấy dư nợ tăng đều."))
                .isEqualTo("sơ kết công tác phối hợp giữa Hội Nông dân và Ngân hàng huyện năm 2022");
    }

    @Test
    void aNumberedMentionStopsAtTheCommaBeforeTheActingBodies() {
        assertThat(title("Trong thời gian qua, thực hiện Chỉ thị số 12-CT/HU, ngày 3/4/2022 của Ban Thường vụ Huyện ủy về đẩy mạnh phong trào"
                + " học tập, các cấp ủy, chính quyền trong huyện đã triển khai sâu rộng."))
                .isEqualTo("về đẩy mạnh phong trào học tập");
    }

    @Test
    void aSchoolActingRightAfterTheYearEndsTheSubject() {
        assertThat(title("Thực hiện hướng dẫn số 12/HD-PGDĐT ngày 5 tháng 9 năm 2019 của Phòng Giáo dục huyện về việc tổ chức hội nghị viên chức"
                + " năm học 2019-2020 trường Tiểu học Kim Đồng đã tổ chức hội nghị."))
                .isEqualTo("về việc tổ chức hội nghị viên chức năm học 2019-2020");
    }

    @Test
    void anItemAboutItsOwnNewPlanGivesNothing() {
        assertThat(title("Thực hiện Đề án phát triển du lịch giai đoạn 2021 - 2025, Sở Văn hóa vừa ban hành kế hoạch quảng bá du lịch năm 2022."))
                .isNull();
    }

    @Test
    void aHeadlineWithoutTheLeadsOwnClauseGivesNothing() {
        assertThat(title("Đề án mở rộng TP Hòa Bình, tỉnh Hòa Bình", "Ngày 2/4/2021, Tỉnh ủy đã thống nhất chủ trương.")).isNull();
        assertThat(title("Kế hoạch cải cách hành chính năm 2025", "Ngày 30/12/2024, UBND tỉnh đã ban hành kế hoạch.")).isNull();
    }

    @Test
    void aLeadOpeningWithoutADocumentGivesNothing() {
        assertThat(title("Sáng 12/5, UBND xã Tân Phú đã tổ chức hội nghị triển khai công tác dân vận năm 2024.",
                "Thực hiện Kế hoạch tuyên truyền năm 2024, các thôn đã treo băng rôn.")).isNull();
    }
}
