package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Header shapes found on the session 11 development documents, each written here as a short text of our own: a Party
 * unit glued to the one above it, a page marker glued to the first header line, a Nghị định kind line under underscore
 * rules, a lone "Năm …" line under a title, the Đoàn Central Committee's two cells flattened apart.
 */
class HeaderShapesSession11Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void partyUnitGluedToTheOneAboveIsTheIssuerUnderItsParent() {
        Extraction e = read("""
                ĐẢNG BỘ XÃ AN PHÚCHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ              ĐẢNG CỘNG SẢN VIỆT NAM
                Số: 03/KH-CB              An Phú, ngày 10 tháng 01 năm 2023

                KẾ HOẠCH

                Sinh hoạt chuyên đề của chi bộ trường Tiểu học An Phú

                 Năm 2023

                Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
                """);
        assertThat(e.issuers()).containsExactly("CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ");
        assertThat(e.parentIssuer()).isEqualTo("ĐẢNG BỘ XÃ AN PHÚ");
        assertThat(e.title()).isEqualTo("Sinh hoạt chuyên đề của chi bộ trường Tiểu học An Phú Năm 2023");
    }

    @Test
    void pageMarkerGluedToTheFirstHeaderLineIsDropped() {
        Extraction e = read("""
                Trang 1ỦY BAN NHÂN DÂN
                XÃ TÂN LẬP
                Số: 21 /TTr - UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Tân Lập, ngày 02 tháng 10 năm 2015
                TỜ TRÌNH
                Về việc đề nghị công nhận xã Tân Lập đạt chuẩn phổ cập giáo dục
                Kính gửi: Ủy ban nhân dân huyện
                """);
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN XÃ TÂN LẬP");
        assertThat(e.number()).isEqualTo(21);
    }

    @Test
    void decreeKindLineUnderUnderscoreRulesGivesTheTitle() {
        Extraction e = read("""
                CHÍNH PHỦ
                 _________
                Số: 40/2012/NĐ-CP
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                ________________________
                Hà Nội, ngày 02 tháng 5 năm 2012


                NGHỊ ĐỊNH

                Quy định về việc tổ chức hội nghị cán bộ, công chức

                ___________________

                CHÍNH PHỦ

                Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
                NGHỊ ĐỊNH:
                """);
        assertThat(e.title()).isEqualTo("Quy định về việc tổ chức hội nghị cán bộ, công chức");
        assertThat(e.issuers()).containsExactly("CHÍNH PHỦ");
    }

    @Test
    void centralCommitteeAndTheDoanNameFlattenedApartAreOneIssuer() {
        Extraction e = read("""
                BAN CHẤP HÀNH TRUNG ƯƠNG

                ***

                Số:  12  -KH/TWĐTN-VP

                ĐOÀN TNCS HỒ CHÍ MINH

                Hà Nội, ngày   05    tháng 3 năm 2022

                KẾ HOẠCH

                Tổ chức Tháng Thanh niên năm 2022

                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertThat(e.issuers()).containsExactly("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH");
        assertThat(e.parentIssuer()).isNull();
    }
}
