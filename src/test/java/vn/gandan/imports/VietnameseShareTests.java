package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The measure of how Vietnamese a page's text reads, on short texts of each shape. */
class VietnameseShareTests {

    private static final String PROSE = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc
            Số: 125/SGDĐT-GDTrH Hà Nội, ngày 12 tháng 10 năm 2021
            V/v tổ chức hội nghị tổng kết năm học 2020-2021
            Căn cứ kế hoạch năm học, Sở đề nghị các đơn vị thực hiện tốt các nội dung sau.
            """;

    @Test
    void markedProseIsGood() {
        VietnameseShare v = VietnameseShare.of(PROSE);
        assertThat(v.broken()).as(v.toString()).isFalse();
        assertThat(v.marked()).isBetween(0.5, 0.9);
        assertThat(v.reason()).isEqualTo("good");
    }

    @Test
    void anOldScannersLayerWithoutMarksIsBroken() {
        VietnameseShare v = VietnameseShare.of("""
                UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM
                SO GIAO DUC VA DAO TAO Doc lap - Tu do - Hanh phuc
                So: /SGDDT-GDTrH Ha Noi, ngay thang 10 nam 2021
                V/v to chuc hoi nghi tong ket nam hoc 2020-2021
                """);
        assertThat(v.reason()).as(v.toString()).isEqualTo("markless");
        assertThat(v.known()).isGreaterThan(0.6);
    }

    @Test
    void aFontWithoutUnicodeMapIsBroken() {
        VietnameseShare legacy = VietnameseShare.of("""
                Uû ban nh©n d©n Céng hßa x· héi chñ nghÜa ViÖt Nam
                Së gi¸o dôc vµ ®µo t¹o §éc lËp - Tù do - H¹nh phóc
                V/v tæ chøc héi nghÞ tæng kÕt n¨m häc
                """);
        assertThat(legacy.broken()).as(legacy.toString()).isTrue();
        assertThat(legacy.foreign()).isGreaterThan(0.05);
        VietnameseShare glyphs = VietnameseShare.of("""
                \u0003\u0004 +\u0011 /\u0014 \u0012\u0013\u0017 \u0018\u0019 $%& '()* +,-. /012 3456 789: ;<=> ?@AB CDEF
                GHIJ KLMN OPQR STUV WXYZ [\\]^ _`ab cdef ghij klmn opqr stuv wxyz
                """);
        assertThat(glyphs.broken()).as(glyphs.toString()).isTrue();
    }

    @Test
    void aSignedCoverWithLittleTextIsEmptyAndAScanIsBetter() {
        VietnameseShare cover = VietnameseShare.of("Ký bởi: Sở\n");
        assertThat(cover.reason()).isEqualTo("empty");
        assertThat(VietnameseShare.of(PROSE).betterThan(cover)).isTrue();
    }

    @Test
    void aMixedPageOfProseNumbersAndAbbreviationsIsGood() {
        VietnameseShare v = VietnameseShare.of(PROSE + """
                TT | Đơn vị | Số lượng | Ghi chú
                1 | THPT Chu Văn An | 45 | đạt 98,5 %
                2 | THCS Lê Lợi | 38 | email: vanphong@hanoi.edu.vn
                """);
        assertThat(v.broken()).as(v.toString()).isFalse();
    }

    @Test
    void markedOcrReadsBetterThanAMarklessLayerButNotThanGoodProse() {
        VietnameseShare markless = VietnameseShare.of("SO GIAO DUC VA DAO TAO Ha Noi, ngay 12 thang 10 nam 2021 to chuc hoi nghi tong ket");
        VietnameseShare marked = VietnameseShare.of("SỞ GIÁO DỤC VÀ ĐÀO TẠO Hà Nội, ngày 12 tháng 10 năm 2021 tổ chức hội nghị tổng kết");
        assertThat(marked.betterThan(markless)).isTrue();
        assertThat(markless.betterThan(marked)).isFalse();
        assertThat(marked.betterThan(VietnameseShare.of(PROSE))).isFalse();
    }
}
