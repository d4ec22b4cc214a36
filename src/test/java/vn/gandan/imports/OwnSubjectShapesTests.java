package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: a text whose document the extractor knows by its number but left without a title, the number named mid-text
 * with its "về …" subject ({@link OwnSubject}). Short texts of our own, with the shapes that must give nothing.
 */
class OwnSubjectShapesTests {

    @Test
    void theSubjectStopsBeforeTheNextCitedDocument() {
        assertThat(OwnSubject.subject("về phổ cập giáo dục năm 2022 và Công văn số 12/UBND-VP ngày 3/8/2022 về điều tra"))
                .isEqualTo("về phổ cập giáo dục năm 2022");
        assertThat(OwnSubject.subject("về tổ chức hội thi; Kế hoạch 5/KH-ĐTN về tuyên truyền")).isEqualTo("về tổ chức hội thi");
        assertThat(OwnSubject.subject("về chăm lo Tết cho đoàn viên, người lao động")).isEqualTo("về chăm lo Tết cho đoàn viên, người lao động");
    }

    @Test
    void aClosingQuoteNeverOpenedIsDropped() {
        assertThat(OwnSubject.subject("về tổ chức đại hội các chi bộ, nhiệm kỳ 2025 - 2030\"")).isEqualTo("về tổ chức đại hội các chi bộ, nhiệm kỳ 2025 - 2030");
        assertThat(OwnSubject.subject("về phong trào “Dân vận khéo”")).isEqualTo("về phong trào “Dân vận khéo”");
    }

    @Test
    void theMentionOfTheKnownNumberIsReadWhereverTheTextNamesIt() {
        List<String> paras = List.of("Phường triển khai công tác phổ cập giáo dục năm 2022",
                "Tại hội nghị, đồng chí Chủ tịch đã thông qua Quyết định kiện toàn Ban Chỉ đạo và triển khai Kế hoạch số 138/KH-UBND,"
                        + " ngày 21/07/2022 của UBND phường về thực hiện công tác phổ cập giáo dục năm 2022.");
        assertThat(LeadMention.ofNumber(paras, 138, "KH-UBND").title()).isEqualTo("về thực hiện công tác phổ cập giáo dục năm 2022");
    }

    @Test
    void anotherNumberOrAMentionWithoutSubjectGivesNothing() {
        List<String> paras = List.of("Xã triển khai Kế hoạch số 45/KH-UBND ngày 2/3/2024 về phòng chống thiên tai.",
                "UBND xã ban hành Kế hoạch số 46/KH-UBND.");
        assertThat(LeadMention.ofNumber(paras, 46, "KH-UBND")).isNull();
        assertThat(LeadMention.ofNumber(paras, 45, "QĐ-UBND")).isNull();
        assertThat(LeadMention.ofNumber(paras, 47, null)).isNull();
    }
}
