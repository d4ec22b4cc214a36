package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (s27-subject2): the subject of a known number's mention where the "về …" grammar finds none at first — the
 * subject written right after the symbol ({@link BareSubject}), a later mention after a headline's bare one, a symbol written
 * without its separator, a body the grammar does not know before "về". Short texts of our own, with the shapes that give nothing.
 */
class NumberedSubjectShapesTests {

    @Test
    void aSubjectRightAfterTheSymbolEndingTheSentence() {
        assertThat(BareSubject.after(" Tổ chức hội thi văn nghệ chào mừng ngày Nhà giáo Việt Nam.")).isEqualTo("Tổ chức hội thi văn nghệ chào mừng ngày Nhà giáo Việt Nam");
        List<String> paras = List.of("Mới đây, Ban Tuyên giáo tỉnh đã có Hướng dẫn 15-HD/BTGTU Tuyên truyền kỷ niệm 95 năm ngày thành lập Đảng.");
        assertThat(LeadMention.ofNumber(paras, 15, "HD/BTGTU").title()).isEqualTo("Tuyên truyền kỷ niệm 95 năm ngày thành lập Đảng");
    }

    @Test
    void aBodyARunOnOrAClauseAfterTheSymbolIsNoSubject() {
        assertThat(BareSubject.after(" Ban Tuyên giáo tỉnh hướng dẫn các chi bộ tổ chức học tập.")).isNull();
        assertThat(BareSubject.after(" nhằm nâng cao nhận thức của cán bộ, đảng viên.")).isNull();
        assertThat(BareSubject.after(" Theo đó, các chi bộ tổ chức học tập nghị quyết.")).isNull();
        assertThat(BareSubject.after(" Kế hoạch số 5 về tổ chức hội thi.")).isNull();
        assertThat(BareSubject.after(" Tổ chức hội thi (vòng một) cấp trường.")).isNull();
    }

    @Test
    void aHeadlinesBareMentionPassesToTheLeadsMentionWithItsSubject() {
        List<String> paras = List.of("Tổng kết Nghị quyết số 07 của Tỉnh ủy",
                "Ngày 2/11/2024, Ban Tuyên giáo Tỉnh ủy tổ chức tổng kết Nghị quyết số 07 của Ban Chấp hành Đảng bộ tỉnh về phát triển văn hóa đọc giai đoạn 2019-2024.");
        assertThat(LeadMention.ofNumber(paras, 7, null).title()).isEqualTo("về phát triển văn hóa đọc giai đoạn 2019-2024");
    }

    @Test
    void aSymbolWithoutSeparatorAndABodyOfAnyNameBeforeTheSubject() {
        List<String> paras = List.of("Thực hiện kế hoạch số: 21 KH/ĐU, ngày 4 tháng 3 năm 2021 của Đảng Bộ phường Tân An về việc tổ chức đại hội chi bộ nhiệm kỳ 2021 – 2023.");
        assertThat(LeadMention.ofNumber(paras, 21, null).title()).isEqualTo("về việc tổ chức đại hội chi bộ nhiệm kỳ 2021 – 2023");
        assertThat(LeadMention.ofNumber(paras, 21, "KH-UBND")).isNull();
    }
}
