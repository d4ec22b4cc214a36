package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: a header-less text's own number and symbol given by a line holding nothing but the naming ({@link IdentityLine})
 * — a post's headline without "số", an excerpt's bracketed source note, a relayed text's closing line — each shape a short text
 * of our own; refusals (a base list's item, a wrapped line, a record listing in a sidebar, two different namings) included.
 */
class IdentityLineSession26Tests {

    private static IdentityLine.Identity of(String text) {
        return IdentityLine.of(List.of(text.split("\n")));
    }

    @Test
    void aPostHeadlineNamingThePlanWithoutSo() {
        assertThat(of("Thứ 2, 03/02/2020\nKế hoạch 15/KH-CĐ\nTổ chức hội thi văn nghệ công đoàn năm 2020\n\nCác đơn vị đăng ký trước ngày 20/2."))
                .isEqualTo(new IdentityLine.Identity(15, "KH-CĐ"));
    }

    @Test
    void anExcerptsBracketedSourceNoteWithDateAndBody() {
        assertThat(of("Kết quả tiếp công dân quý I\n\nTrong quý I, các cơ quan đã tiếp 120 lượt công dân.\n\n(Trích báo cáo số 21/BC-TTr ngày 02/4/2021 của Thanh tra huyện)"))
                .isEqualTo(new IdentityLine.Identity(21, "BC-TTr"));
    }

    @Test
    void aNumberBrokenByASpace() {
        assertThat(of("Nội dung văn bản như sau:\n\nĐồng ý chủ trương xây dựng đề án.\n\nVăn bản số 73- TB/HU")).isEqualTo(new IdentityLine.Identity(73, "TB/HU"));
    }

    @Test
    void aBaseListsItemIsNoNaming() {
        assertThat(of("Căn cứ:\n- Luật Giáo dục năm 2019;\nKế hoạch số 5/KH-UBND ngày 2/3/2021 của UBND huyện;\nPhòng hướng dẫn như sau:")).isNull();
        assertThat(of("Căn cứ Quyết định số 8/2022/QĐ-UBND của UBND tỉnh;\nHướng dẫn số 08-HD/BDVTU, ngày 25/9/2022 của Ban Dân vận Tỉnh ủy về\ncông tác khen thưởng")).isNull();
    }

    @Test
    void aRecordListingInASidebarIsNoNaming() {
        assertThat(of("Tải về\nThông báo số: 42/TB-HĐ\nNgày : 04/03/2020\nThông báo về việc thăm dò dư luận\nXem chi tiết ...")).isNull();
    }

    @Test
    void twoLinesNamingDifferentNumbersGiveNothing() {
        assertThat(of("Kế hoạch 15/KH-CĐ\nNội dung hội thi.\n\nKế hoạch 16/KH-CĐ")).isNull();
    }

    @Test
    void aWholeExcerptGetsTheNumberSymbolAndDateOfItsSourceNote() {
        Extraction e = Extractor.extract("shape.txt", "Kết quả tiếp công dân quý I năm 2021\n\nTrong quý I năm 2021, các cơ quan hành chính trên địa bàn đã tiếp 120 lượt công dân đến kiến nghị, phản ánh.\n\n"
                + "(Trích báo cáo số 21/BC-TTr ngày 02/4/2021 của Thanh tra huyện)\n");
        assertThat(e.number()).isEqualTo(21);
        assertThat(e.symbol()).isEqualTo("BC-TTr");
        assertThat(e.issueDate()).isEqualTo(new Extraction.DateParts(2, 4, 2021));
    }
}
