package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 25: where a body's name ends when a flattened layout or a sentence glued words to it ({@link NameGrammar#ended},
 * {@link IssuerNames#runOn}, {@link IssuerNames#superior}) — a verb or the next line's first word, a download button, a joining
 * word, the next body after a level's comma, a signer's name, the motto in a superior's cell, a compound head split over two
 * lines — and the names that only look like debris, which keep every word.
 */
class NameEndsTests {

    @Test
    void aVerbAfterTheProperNameEndsTheName() {
        assertThat(NameGrammar.name("TRƯỜNG TH LÊ LỢI TRIỂN KHAI")).isEqualTo("TRƯỜNG TH LÊ LỢI");
        assertThat(NameGrammar.name("Trường THCS Hòa Bình phối hợp với Ban đại diện")).isEqualTo("Trường THCS Hòa Bình");
        assertThat(NameGrammar.name("Sở Tư pháp tỉnh Gia Lai TẢI")).isEqualTo("Sở Tư pháp tỉnh Gia Lai");
    }

    @Test
    void aClauseIsNoName() {
        assertThat(NameGrammar.name("Đoàn đã nghe báo cáo của UBND xã")).isNull();
        assertThat(NameGrammar.name("Hội Nông dân huyện Mỹ Tú đã tổ chức")).isEqualTo("Hội Nông dân huyện Mỹ Tú");
    }

    @Test
    void aJoiningWordLeftAtTheEndIsDropped() {
        assertThat(NameGrammar.name("Ủy ban MTTQ Việt Nam và các")).isEqualTo("Ủy ban MTTQ Việt Nam");
    }

    @Test
    void aLevelWordsCommaEndsTheNameBeforeTheNextBody() {
        assertThat(NameGrammar.name("Bộ Chỉ huy Quân sự tỉnh, Sư đoàn 5")).isEqualTo("Bộ Chỉ huy Quân sự tỉnh");
        assertThat(NameGrammar.name("UBND xã Tân An, huyện Tân Hồng")).isEqualTo("UBND xã Tân An, huyện Tân Hồng");
    }

    @Test
    void namesWhoseLastWordsOnlyLookLikeActsKeepThem() {
        assertThat(NameGrammar.name("Ban Tổ chức")).isEqualTo("Ban Tổ chức");
        assertThat(NameGrammar.name("Ban Chỉ đạo triển khai Đề án 06")).isEqualTo("Ban Chỉ đạo triển khai Đề án 06");
        assertThat(NameGrammar.name("Ban Quản lý dự án đầu tư xây dựng huyện")).isEqualTo("Ban Quản lý dự án đầu tư xây dựng huyện");
        assertThat(NameGrammar.name("UBND quận Ba Đình TP Hà Nội")).isEqualTo("UBND quận Ba Đình TP Hà Nội");
        assertThat(NameGrammar.name("Thành ủy TP HCM")).isEqualTo("Thành ủy TP HCM");
    }

    @Test
    void aSignersNameAfterTheBodyIsCutWhereTheTextSaysHeSigned() {
        TextLines d = new TextLines("Mới đây, Chủ tịch Công đoàn ngành Giáo dục tỉnh Trần Thị Mai Anh đã ký ban hành Kế hoạch số 12/KH-CĐN.\n");
        assertThat(IssuerNames.runOn("Công đoàn ngành Giáo dục tỉnh Trần Thị Mai Anh", d)).isEqualTo("Công đoàn ngành Giáo dục tỉnh");
        TextLines cut = new TextLines("Văn bản do Giám đốc Sở Y tế Hà Nội Lương Văn Tâm ký, yêu cầu các đơn vị …\n");
        assertThat(IssuerNames.runOn("Sở Y tế Hà Nội Lương", cut)).isEqualTo("Sở Y tế Hà Nội");
    }

    @Test
    void aPlaceThatOpensWithAFamilyNameStays() {
        TextLines d = new TextLines("Tỉnh Đoàn Ninh Bình ký kết chương trình phối hợp với Hội Nông dân.\n"
                + "Ủy ban nhân dân Thành phố Hồ Chí Minh ký quyết định.\n");
        assertThat(IssuerNames.runOn("Tỉnh Đoàn Ninh Bình", d)).isEqualTo("Tỉnh Đoàn Ninh Bình");
        assertThat(IssuerNames.runOn("Ủy ban nhân dân Thành phố Hồ Chí Minh", d)).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
    }

    @Test
    void anActWhoseFirstWordTheNameKeptIsCut() {
        TextLines d = new TextLines("Thực hiện chỉ đạo của UBND tỉnh, Ban Dân tộc tỉnh Thông báo lịch làm việc tháng 9.\n");
        assertThat(IssuerNames.runOn("Ban Dân tộc tỉnh Thông", d)).isEqualTo("Ban Dân tộc tỉnh");
    }

    @Test
    void theMottoRunIntoASuperiorsCellIsCutEvenWithGarbledAccents() {
        assertThat(IssuerNames.superior("PHÒNG GD&ĐT HÒA VANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isEqualTo("PHÒNG GD&ĐT HÒA VANG");
        assertThat(IssuerNames.superior("PHỊNG GD&ĐT HÒA VANG CỢNG HÒA XÃ HỢI CHỦ NGHĨA VIỆT NAM BAN VĐ")).isEqualTo("PHỊNG GD&ĐT HÒA VANG");
        assertThat(IssuerNames.superior("UBND HUYỆN HÒA VANG")).isEqualTo("UBND HUYỆN HÒA VANG");
    }

    @Test
    void aCompoundHeadsFirstWordLeftOnTheSuperiorsLineGoesBackToTheUnit() {
        TextLines d = new TextLines("ĐẢNG ỦY XÃ AN BÌNH\nTIỂU BAN TUYÊN TRUYỀN\n");
        IssuerSignals.Decision who = IssuerNames.judged(new IssuerSignals.Decision(List.of("BAN TUYÊN TRUYỀN"), "ĐẢNG ỦY XÃ AN BÌNH TIỂU", 0.8), d);
        assertThat(who.issuers()).containsExactly("TIỂU BAN TUYÊN TRUYỀN");
        assertThat(who.parent()).isEqualTo("ĐẢNG ỦY XÃ AN BÌNH");
        IssuerSignals.Decision whole = IssuerNames.judged(new IssuerSignals.Decision(List.of("BAN TUYÊN TRUYỀN"), "ĐẢNG ỦY XÃ AN BÌNH", 0.8), d);
        assertThat(whole.issuers()).containsExactly("BAN TUYÊN TRUYỀN");
    }

    @Test
    void aSymbolsLastBlockAfterADotAndASpaceStaysInTheSymbolNotInTheIssuer() {
        Extraction e = Extractor.extract("shape.txt", "SỞ GD-ĐT BÌNH AN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "TRƯỜNG THPT TX. AN LẠC             Độc lập – Tự do – Hạnh phúc\n"
                + "        Số 04/ KH-THPTTX. AL\n"
                + "                              An Lạc, ngày 9  tháng 10  năm 2014\n"
                + "KẾ HOẠCH PHÁT ĐỘNG THI ĐUA CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM\n"
                + "Căn cứ vào kế hoạch năm học 2014 - 2015 của Nhà trường.\n");
        assertThat(e.symbol()).isEqualTo("KH-THPTTX. AL");
        assertThat(e.issuers()).containsExactly("TRƯỜNG THPT TX. AN LẠC");
    }
}
