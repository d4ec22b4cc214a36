package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: the general shape of a news item about an event held to carry out a document it names (gold convention 10) —
 * any base word ("Thực hiện", "Thực hiện theo", "Căn cứ", "Theo", "Triển khai"), a kind phrase with its qualifiers in any case,
 * the issuer before or after the subject, the event in the lead's own paragraph or the next ones; and the look-alikes (a
 * document's own opening base, a report's body) that must stay unread. Short texts of our own.
 */
class CarriedOutShapesTests {

    private static WebHeadline.Headline find(String... paras) {
        return CarriedOut.find(List.of(paras));
    }

    @Test
    void theEventInTheLeadsOwnParagraphUnderAShortHeadline() {
        WebHeadline.Headline h = find("Đại hội Chi bộ trường Mầm non Sao Mai nhiệm kỳ 2025 - 2027.", "Đọc bài",
                "Thực hiện kế hoạch số 41-KH/ĐU, ngày 02/3/2025 của Đảng ủy xã Tân Phú về tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025-2027. "
                        + "Sau thời gian chuẩn bị chu đáo, ngày 12 tháng 4 năm 2025, chi bộ trường Mầm non Sao Mai long trọng tổ chức Đại hội Chi bộ.");
        assertThat(h).isNotNull();
        assertThat(h.number()).isEqualTo(41);
        assertThat(h.symbol()).isEqualTo("KH/ĐU");
        assertThat(h.date()).isEqualTo(new DateParts(2, 3, 2025)); // the plan's date, not the congress's
        assertThat(h.issuers()).containsExactly("Đảng ủy xã Tân Phú");
        assertThat(h.title()).isEqualTo("về tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025-2027");
    }

    @Test
    void anotherBaseWordAKindPhraseWithAQualifierAndTheSubjectBeforeTheIssuer() {
        WebHeadline.Headline h = find("Thực hiện theo công văn hướng dẫn số 12/HD-CĐN ngày 5/9/2023 về tổ chức Hội nghị viên chức năm học 2023 – 2024 "
                        + "của Công đoàn giáo dục huyện Bình Sơn.",
                "Căn cứ kế hoạch số 80/KH-THBS ngày 10 tháng 9 năm 2023 của Hiệu trưởng Trường Tiểu học Bình Sơn",
                "Ngày 20 tháng 9 năm 2023 trường Tiểu học Bình Sơn tổ chức Hội nghị viên chức và triển khai kế hoạch năm học mới.");
        assertThat(h).isNotNull();
        assertThat(h.number()).isEqualTo(12); // the guidance carried out, not the school's own plan named as a basis after it
        assertThat(h.symbol()).isEqualTo("HD-CĐN");
        assertThat(h.date()).isEqualTo(new DateParts(5, 9, 2023));
        assertThat(h.issuers()).containsExactly("Công đoàn giáo dục huyện Bình Sơn");
        assertThat(h.title()).isEqualTo("về tổ chức Hội nghị viên chức năm học 2023 – 2024");
    }

    @Test
    void aCanCuLeadOfAJointGuidanceWhoseBodiesShareTheirPlaceAndAVerbBeforeTheSubject() {
        WebHeadline.Headline h = find("Căn cứ hướng dẫn liên tịch số 9/HDLT-LĐLĐ-GDĐT ngày 4 tháng 10 năm 2023 của Liên đoàn Lao động và Phòng Giáo dục "
                        + "và Đào tạo quận Ba Đình hướng dẫn về tổ chức Hội nghị viên chức năm học 2023-2024.",
                "Vào lúc 14g chiều, ngày 15/11/2023, Công đoàn Trường Mầm non Hoa Mai tổ chức thành công Hội nghị viên chức năm học 2023-2024.");
        assertThat(h).isNotNull();
        assertThat(h.number()).isEqualTo(9);
        assertThat(h.symbol()).isEqualTo("HDLT-LĐLĐ-GDĐT");
        assertThat(h.date()).isEqualTo(new DateParts(4, 10, 2023));
        assertThat(h.issuers()).containsExactly("Liên đoàn Lao động quận Ba Đình", "Phòng Giáo dục và Đào tạo quận Ba Đình");
        assertThat(h.title()).isEqualTo("về tổ chức Hội nghị viên chức năm học 2023-2024");
    }

    @Test
    void aDocumentsOwnOpeningOnACanCuBaseStaysUnread() {
        assertThat(find("Căn cứ Kế hoạch số 14/KH-UBND ngày 9/1/2024 của UBND huyện về tổ chức Ngày hội đại đoàn kết; "
                + "UBND xã xây dựng kế hoạch tổ chức Ngày hội như sau:", "I. MỤC ĐÍCH, YÊU CẦU",
                "Ngày 18/11/2024, các thôn tổ chức Ngày hội đại đoàn kết.")).isNull();
        assertThat(find("Theo Công văn số 30/PGDĐT ngày 3/3/2024 của Phòng Giáo dục và Đào tạo về việc báo cáo sơ kết.",
                "Trường Tiểu học Hòa Bình báo cáo kết quả như sau:", "Ngày 10/3/2024 trường tổ chức Hội nghị sơ kết.")).isNull();
    }

    @Test
    void aReportsBodyOrALeadOfAnotherSentenceStaysUnread() {
        // a long sentence of the body above the base: the page is no news lead
        assertThat(find("Trong năm qua, nhà trường đã thực hiện tốt các nhiệm vụ trọng tâm, chất lượng giáo dục được nâng lên rõ rệt.",
                "Căn cứ hướng dẫn số 5/HD-CĐN ngày 1/9/2023 của Công đoàn ngành về tổ chức Hội nghị viên chức.",
                "Ngày 20/9/2023, trường tổ chức Hội nghị viên chức.")).isNull();
        // no event held after the base: a report's body
        assertThat(find("Căn cứ hướng dẫn số 5/HD-CĐN ngày 1/9/2023 của Công đoàn ngành về tổ chức Hội nghị viên chức.",
                "Nhà trường đã phổ biến hướng dẫn đến toàn thể viên chức.", "Kết quả đạt được như sau.", "Tỷ lệ tham gia đạt 100%.",
                "Ngày 20/9/2023, trường tổ chức Hội nghị viên chức.")).isNull();
    }

    @Test
    void aLaterDraftedDocumentBeforeTheEventStillBarsTheShapeButADocumentNamedAfterTheEventDoesNot() {
        assertThat(find("Thực hiện Kế hoạch số 7-KH/HĐ ngày 1/3/2024 của Huyện đoàn về hội trại.",
                "Liên đội xây dựng kế hoạch và ngày 20/3/2024 tổ chức Hội trại.")).isNull();
        assertThat(find("Thực hiện Kế hoạch số 7-KH/HĐ ngày 1/3/2024 của Huyện đoàn về hội trại.",
                "Ngày 20/3/2024 liên đội tổ chức Hội trại và triển khai kế hoạch hoạt động tháng 4.")).extracting(WebHeadline.Headline::number).isEqualTo(7);
    }

    @Test
    void aDocumentsDateBeforeItsSubjectIsNoEventAndTheBodyDeployingItsOwnPlanStaysUnread() {
        // "ngày … của … về tổ chức Đại hội …" names a document; the unit then deploys its own plan: no event carried it out
        assertThat(find("Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp; Kế hoạch số 20-KH/HU, ngày 6/8/2019 "
                + "của Huyện ủy về tổ chức Đại hội Đảng bộ cơ sở, Đảng ủy xã An Bình triển khai kế hoạch số 9-KH/ĐU về việc tổ chức Đại hội Chi bộ.")).isNull();
    }
}
