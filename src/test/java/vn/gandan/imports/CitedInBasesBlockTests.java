package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 25: a page without header whose kind line and title are followed by a bare "Căn cứ:" heading and its bases
 * ("Thông tư số: 36/2017/TT-BGDĐT ngày …;", "Điều lệ … (ban hành kèm theo Quyết định số … ngày … của …);"): what the bases
 * name is cited — never the plan's own number, symbol, kind or date.
 */
class CitedInBasesBlockTests {

    private static final String PAGE = "Kế hoạch tổ chức hội nghị cha mẹ học sinh năm học 2020 - 2021\n\n19/09/2020 785\n\n"
            + "KẾ HOẠCH\nTỔ CHỨC HỘI NGHỊ CHA MẸ HỌC SINH\nNĂM HỌC 2020 - 2021\n"
            + "    Căn cứ:\n"
            + "    Thông tư số 12/2011/TT-BGDĐT ngày 28/3/2011 của Bộ GD&ĐT v/v ban hành Điều lệ trường trung học;\n"
            + "    Điều lệ Ban đại diện cha mẹ học sinh (ban hành kèm theo Quyết định số 55/2011/QĐ-BGDĐT ngày 22/11/2011 của Bộ trưởng Bộ GD&ĐT);\n"
            + "    Thông tư số: 36/2017/TT-BGDĐT ngày 28 tháng 12 năm 2017 của Bộ Giáo dục và Đào tạo về thực hiện công khai;\n"
            + "    Tình hình thực tế của nhà trường năm học 2020-2021,\n"
            + "    Trường THCS Hòa An xây dựng kế hoạch tổ chức hội nghị cha mẹ học sinh năm học 2020-2021 như sau:\n"
            + "I. BAN TỔ CHỨC\n1. Trưởng ban: Hiệu trưởng.\n";

    @Test
    void theBasesOfAPageWithoutHeaderGiveNoNumberKindOrDate() {
        Extraction e = Extractor.extract("bases.txt", PAGE);
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isNull();
        assertThat(e.issueDate()).isIn(null, Extraction.DateParts.BLANK);
        assertThat(e.docKind()).startsWith("KE_HOACH");
        assertThat(e.title()).isEqualTo("TỔ CHỨC HỘI NGHỊ CHA MẸ HỌC SINH NĂM HỌC 2020 - 2021");
    }

    @Test
    void aBasesBlockIsRemovedWhereverItStands() {
        List<String> paras = List.of("KẾ HOẠCH", "Căn cứ:", "- Luật Giáo dục 2019", "Thông tư số 12/2011/TT-BGDĐT;", "Tình hình thực tế,",
                "Trường xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH");
        assertThat(BasesBlock.removed(paras)).containsExactly("KẾ HOẠCH", "Trường xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH");
        assertThat(BasesBlock.removed(List.of("KẾ HOẠCH", "Căn cứ Luật Giáo dục;"))).containsExactly("KẾ HOẠCH", "Căn cứ Luật Giáo dục;");
        assertThat(BasesBlock.before(List.of("a", "b", "Căn cứ:", "c"), 0, 12)).isEqualTo(2);
        assertThat(BasesBlock.before(List.of("a", "b"), 0, 12)).isEqualTo(12);
    }
}
