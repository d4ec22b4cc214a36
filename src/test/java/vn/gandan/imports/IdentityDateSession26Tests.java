package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 26: the date a text gives its own number and symbol in running text ({@link IdentityDate}) — written after the
 * mention in any form, or opening the clause that issues it — each shape a short text of our own; refusals (another number, an
 * event's date, a dated header left alone) included.
 */
class IdentityDateSession26Tests {

    private static DateParts of(String text, int number, String symbol) {
        return IdentityDate.of(List.of(text.split("\n\n")), number, symbol);
    }

    // ---- the date written after the mention ----

    @Test
    void aNumericDateAfterTheMentionWithoutSo() {
        assertThat(of("Thực hiện Quy định 7- QĐ/TW ngày 03/02/2020 của Ban Bí thư về tiếp dân, hội nghị đã diễn ra.", 7, "QĐ/TW"))
                .isEqualTo(new DateParts(3, 2, 2020));
    }

    @Test
    void aDateInWordsAfterTheMention() {
        assertThat(of("Hội đồng triển khai Kế hoạch số 12/KH-HĐĐ, ngày 5 tháng 9 năm 2021 về phong trào thi đua.", 12, "KH-HĐĐ"))
                .isEqualTo(new DateParts(5, 9, 2021));
    }

    @Test
    void aBracketedDateAfterTheMention() {
        assertThat(of("Theo Thông báo 40-TB/HU (12/6/2019), các xã báo cáo kết quả.", 40, "TB/HU")).isEqualTo(new DateParts(12, 6, 2019));
    }

    @Test
    void aDayAndMonthWithoutAYearKeepsTheYearEmpty() {
        assertThat(of("Ủy ban đã ban hành Kế hoạch số 31/KH-UBND ngày 18-3 về chuyển đổi số.", 31, "KH-UBND")).isEqualTo(new DateParts(18, 3, null));
    }

    @Test
    void aYearLessDateIsCompletedOnlyByAStatementOfTheSameDayAndMonth() {
        String text = "Ngày 2/6, Huyện ủy ban hành Nghị quyết số 8-NQ/HU về nông thôn mới.\n\nNghị quyết số 8/NQ-HU ngày 2/6/2022 nêu rõ mục tiêu.";
        assertThat(of(text, 8, "NQ-HU")).isEqualTo(new DateParts(2, 6, 2022));
        String other = "Ngày 2/6, Huyện ủy ban hành Nghị quyết số 8-NQ/HU về nông thôn mới.\n\nNghị quyết số 8/NQ-HU ngày 9/6/2022 nêu rõ mục tiêu.";
        assertThat(of(other, 8, "NQ-HU")).isEqualTo(new DateParts(2, 6, null));
    }

    // ---- the date opening the clause that issues it ----

    @Test
    void aDateInCapitalsOpeningTheIssuingClause() {
        assertThat(of("NGÀY 3 THÁNG 5 NĂM 2010, BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỈNH BAN HÀNH THÔNG TRI SỐ 5/TTr-MT VỀ VIỆC BẦU CỬ", 5, "TTr-MT"))
                .isEqualTo(new DateParts(3, 5, 2010));
    }

    @Test
    void aBodyThatHasIssuedAGuidanceWithoutSo() {
        assertThat(of("Ngày 14/8/2023, Ban Tuyên giáo Tỉnh ủy đã có Hướng dẫn 61-HD/BTGTU về tuyên truyền kỷ niệm ngày thành lập.", 61, "HD/BTGTU"))
                .isEqualTo(new DateParts(14, 8, 2023));
    }

    // ---- refusals ----

    @Test
    void anEventsDateBeforeACarriedOutDocumentIsNoDate() {
        assertThat(of("Ngày 12/8/2022, Ủy ban Mặt trận phường tổ chức hội nghị thực hiện Kế hoạch số 9/KH-MT về đối thoại.", 9, "KH-MT")).isNull();
    }

    @Test
    void anotherDocumentsDateIsNoDate() {
        assertThat(of("Căn cứ Kế hoạch số 9/KH-UBND ngày 2/3/2021 và Kế hoạch số 19/KH-MT về đối thoại.", 19, "KH-MT")).isNull();
        assertThat(of("Căn cứ Kế hoạch số 9/KH-UBND ngày 2/3/2021 về đối thoại.", 9, "KH-MT")).isNull();
    }

    @Test
    void aYearedDateTheExtractorFoundStands() {
        List<String> paras = List.of("Ngày 2/6/2021, Huyện ủy ban hành Nghị quyết số 8-NQ/HU.");
        assertThat(IdentityDate.filled(new DateParts(1, 1, 2020), 8, "NQ/HU", paras)).isEqualTo(new DateParts(1, 1, 2020));
        assertThat(IdentityDate.filled(DateParts.BLANK, 8, "NQ/HU", paras)).isEqualTo(new DateParts(2, 6, 2021));
    }

    @Test
    void aWholeNewsItemGetsTheDateOfTheDocumentItTellsOfIssuing() {
        Extraction e = Extractor.extract("shape.txt", "Hướng dẫn tuyên truyền kỷ niệm ngày thành lập tỉnh\n\n"
                + "Ngày 14/8/2023, Ban Tuyên giáo Tỉnh ủy An Hòa đã có Hướng dẫn 61-HD/BTGTU về tuyên truyền kỷ niệm ngày thành lập tỉnh.\n\n"
                + "Theo đó, các cấp ủy tổ chức tuyên truyền sâu rộng trong cán bộ, đảng viên và nhân dân trên địa bàn.\n");
        assertThat(e.issueDate()).isEqualTo(new DateParts(14, 8, 2023));
    }
}
