package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: a news lead telling of a notice or letter without its number ("… vừa có thông báo về …", "… vừa ký văn bản gửi
 * … về việc …"): its "về" subject is the title. Short texts of our own, with the shapes that must give nothing.
 */
class TitleNoticeShapesTests {

    @Test
    void aNoticeTheLeadTellsOfGivesItsSubject() {
        assertThat(TitleNotice.subject(List.of("Bí thư Tỉnh ủy tiếp công dân tháng 3",
                "(Báo X) - Thường trực Tỉnh ủy vừa có thông báo về lịch tiếp dân định kỳ tháng 3/2026 của đồng chí Bí thư Tỉnh ủy.",
                "Đồng chí Bí thư sẽ tiếp công dân tại trụ sở.")))
                .isEqualTo("về lịch tiếp dân định kỳ tháng 3/2026 của đồng chí Bí thư Tỉnh ủy");
    }

    @Test
    void theRecipientsBeforeTheSubjectArePassedOver() {
        assertThat(TitleNotice.subject(List.of("Chánh Văn phòng Sở vừa ký văn bản gửi các phòng, ban; các trường học trực thuộc về việc"
                + " không tổ chức liên hoan nhân dịp khai giảng năm học mới.")))
                .isEqualTo("về việc không tổ chức liên hoan nhân dịp khai giảng năm học mới");
    }

    @Test
    void aNumberedOrVerbLedMentionGivesNothing() {
        assertThat(TitleNotice.subject(List.of("UBND huyện vừa có Công văn số 125/UBND-VP về việc phòng chống bão số 3."))).isNull();
        assertThat(TitleNotice.subject(List.of("Ban Tuyên giáo vừa có Hướng dẫn 22-HD/BTG về tuyên truyền kỷ niệm ngày thành lập."))).isNull();
        assertThat(TitleNotice.subject(List.of("UBND tỉnh vừa có công văn chỉ đạo các huyện khẩn trương khắc phục hậu quả mưa lũ."))).isNull();
        assertThat(TitleNotice.subject(List.of("Theo Kế hoạch số 12/KH-UBND, xã đã tổ chức hội nghị.",
                "Trước đó, UBND xã đã có thông báo về việc tạm dừng tiếp công dân."))).isNull();
    }

    @Test
    void aPageWithOnlySuchALeadHasThatTitle() {
        Extraction e = Extractor.extract("shape.txt", "Sở Giáo dục không tổ chức tiếp khách ngày 20/11\n\n"
                + "(GD) - Giám đốc Sở Giáo dục và Đào tạo vừa ký văn bản gửi các trường học về việc không tổ chức tiếp khách nhân ngày"
                + " Nhà giáo Việt Nam 20/11.\n\nNội dung văn bản nêu rõ: Sở trân trọng cảm ơn các cơ quan, đơn vị.\n");
        assertThat(e.title()).isEqualTo("về việc không tổ chức tiếp khách nhân ngày Nhà giáo Việt Nam 20/11");
    }
}
