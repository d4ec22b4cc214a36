package vn.gandan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * A legal-news or question-and-answer page naming a Party or state document in its lead: "<Kind> <number>-<symbol> [năm YYYY |
 * YYYY] [gửi …] [của <body>] [về …]", the body acting ("X đã ban hành …") or signed for ("thay mặt X, đồng chí Y ký ban hành …").
 */
class NewsSentenceNamingTests {

    @Test
    void yearWithoutNamOpensTheLibrarysCapitalisedSubject() {
        WebHeadline.Headline h = NewsSentence.find("Ngày 2/3/2025, Ban Bí thư đã có Thông báo 12-TB/TW 2025 Kết luận của Ban Bí thư về chủ trương xây dựng nhà văn hóa cho các thôn.");
        assertEquals(12, h.number());
        assertEquals("TB/TW", h.symbol());
        assertEquals(new DateParts(2, 3, 2025), h.date());
        assertEquals("Kết luận của Ban Bí thư về chủ trương xây dựng nhà văn hóa cho các thôn", h.title());
    }

    @Test
    void yearAfterTheSymbolDatesAnUndatedLead() {
        WebHeadline.Headline h = NewsSentence.find("Mới đây, Đảng ủy Bộ Y tế vừa ban hành Công văn 45-CV/ĐU năm 2024 gửi các đảng ủy trực thuộc về công tác sắp xếp các bệnh viện.");
        assertEquals(new DateParts(null, null, 2024), h.date());
        assertEquals(List.of("Đảng ủy Bộ Y tế"), h.issuers());
        assertEquals("về công tác sắp xếp các bệnh viện", h.title());
    }

    @Test
    void theLeadsOwnDateOutranksTheYearAfterTheSymbol() {
        WebHeadline.Headline h = NewsSentence.find("Ngày 9/7/2024, Văn phòng Tỉnh ủy có Công văn 7-CV/VPTU năm 2024 về việc bảo đảm kinh phí hoạt động.");
        assertEquals(new DateParts(9, 7, 2024), h.date());
    }

    @Test
    void aSpanOfYearsAfterTheSymbolIsNoYear() {
        WebHeadline.Headline h = NewsSentence.find("Mới đây, UBND tỉnh vừa ban hành Kế hoạch 45/KH-UBND 2021 - 2025 về phát triển du lịch.");
        assertNull(h.date().year());
        WebHeadline.Headline joined = NewsSentence.find("Mới đây, UBND tỉnh vừa ban hành Kế hoạch 45/KH-UBND 2021-2025 về phát triển du lịch.");
        assertNull(joined.date().year());
    }

    @Test
    void aBodySignedForIssuesNotThePersonWhoSigns() {
        TextLines d = Extractor.source("Hoàn tất sắp xếp bộ máy trước tháng 8\n\nNgày 5/6/2025, thay mặt Ban Bí thư, đồng chí Nguyễn Văn An ký ban hành Kết luận số 99-KL/TW của Ban Bí thư về sắp xếp tổ chức bộ máy.\n\nKết luận nêu rõ các yêu cầu.\n").d();
        WebHeadline.Headline h = WebHeadline.find(d);
        assertEquals(99, h.number());
        assertEquals(List.of("Ban Bí thư"), h.issuers());
        assertEquals(new DateParts(5, 6, 2025), h.date());
        assertEquals("về sắp xếp tổ chức bộ máy", h.title());
    }

    @Test
    void aUnitThatSignsKeepsTheOlderReading() {
        TextLines d = Extractor.source("Tin tức\n\nNgày 5/6/2025, UBND huyện ký ban hành Kế hoạch số 99/KH-UBND về phòng chống thiên tai.\n").d();
        WebHeadline.Headline h = WebHeadline.find(d);
        assertEquals(99, h.number());
        assertEquals("về phòng chống thiên tai", h.title());
    }

    @Test
    void anEditorsNoteLabelBeforeTheLeadsDateKeepsTheDate() {
        WebHeadline.Headline h = NewsSentence.find("LTS: Ngày 3-4-2012, Ban Bí thư ban hành Chỉ thị 15-CT/TW về tăng cường công tác dân vận. Hơn một năm qua, các cấp đã thực hiện.");
        assertEquals(new DateParts(3, 4, 2012), h.date());
        assertEquals(List.of("Ban Bí thư"), h.issuers());
    }

    @Test
    void aLabelWithoutTheLeadsDateGivesNoDate() {
        WebHeadline.Headline h = NewsSentence.find("LTS: Ban Bí thư vừa ban hành Chỉ thị 15-CT/TW về tăng cường công tác dân vận.");
        assertNull(h.date().day());
    }
}
