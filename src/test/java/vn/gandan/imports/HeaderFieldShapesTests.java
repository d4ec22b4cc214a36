package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Header fields of shapes found on real public pages (session 10 corpus), each written here as a short text of our own:
 * the enacting authority under a decision's title, legal-library tables without a kind line, a page headline or an
 * enacting sentence as the only title, the gazette headline, an OCR kind line, a lower-case school subject.
 */
class HeaderFieldShapesTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void decisionTitleStopsAtTheEnactingAuthorityLine() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN
                TỈNH HÀ GIANG
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 12/2021/QĐ-UBND
                Hà Giang, ngày 03 tháng 6 năm 2021
                QUYẾT ĐỊNH
                BAN HÀNH QUY ĐỊNH VỀ TIẾP CÔNG DÂN TRÊN ĐỊA BÀN
                TỈNH HÀ GIANG
                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Quy định về tiếp công dân.
                """);
        assertThat(e.title()).isEqualTo("BAN HÀNH QUY ĐỊNH VỀ TIẾP CÔNG DÂN TRÊN ĐỊA BÀN TỈNH HÀ GIANG");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void tableRowsWithoutKindLineTakeTheSubjectLineNeverAsAUnit() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 8/2015/QĐ-UBND | Đông Hà, ngày 10 tháng 3 năm 2015 |
                VỀ VIỆC BAN HÀNH QUY CHẾ DÂN CHỦ Ở CƠ SỞ
                ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
                Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Quy chế dân chủ ở cơ sở.
                """);
        assertThat(e.title()).isEqualTo("VỀ VIỆC BAN HÀNH QUY CHẾ DÂN CHỦ Ở CƠ SỞ");
        assertThat(e.parentIssuer()).isNull();
        assertThat(e.issuePlace()).isEqualTo("Đông Hà");
    }

    @Test
    void pageHeadlineGivesTheTitleTheHeaderLacks() {
        Extraction e = read("""
                Quyết định 21/2020/QĐ-UBND về Quy chế hoạt động của tổ dân phố trên địa bàn tỉnh Hòa Bình
                ỦY BAN NHÂN DÂN |
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 21/2020/QĐ-UBND |
                Hòa Bình, ngày 15 tháng 9 năm 2020 |
                ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("về Quy chế hoạt động của tổ dân phố trên địa bàn tỉnh Hòa Bình");
        assertThat(e.number()).isEqualTo(21);
    }

    @Test
    void enactingSentenceGivesTheTitleWhenNothingElseDoes() {
        Extraction e = read("""
                BỘ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 09/2022/TT-BGDĐT | Hà Nội, ngày 06 tháng 6 năm 2022 |
                Căn cứ Nghị định số 86/2022/NĐ-CP ngày 24 tháng 10 năm 2022 của Chính phủ;
                Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư Quy định về đánh giá học sinh tiểu học.
                Điều 1. Phạm vi điều chỉnh
                """);
        assertThat(e.title()).isEqualTo("Quy định về đánh giá học sinh tiểu học");
    }

    @Test
    void gazetteHeadlineGivesIssuerNumberDateAndSubject() {
        Extraction e = read("""
                CHỈ THỊ
                CỦA THỦ
                TƯỚNG CHÍNH PHỦ SỐ 05/2010/CT-TTG
                NGÀY 3 THÁNG 2 NĂM 2010 VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC DÂN VẬN
                Xà HỘI TRONG TÌNH HÌNH MỚI
                Thực hiện Nghị quyết của Quốc hội về nhiệm vụ năm 2010, Thủ tướng Chính phủ yêu cầu các Bộ, ngành:
                """);
        assertThat(e.issueDate()).isEqualTo(new DateParts(3, 2, 2010));
        assertThat(e.number()).isEqualTo(5);
        assertThat(e.title()).isEqualTo("VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC DÂN VẬN Xà HỘI TRONG TÌNH HÌNH MỚI");
    }

    @Test
    void partyConclusionWithAnOcrKindLineKeepsTheLowerCaseSubject() {
        Extraction e = read("""
                HUYỆN ỦY PHÚ VANG
                ĐẢNG CỘNG SẢN VIỆT NAM
                *
                Số 12-KL/HU
                Phú Vang, ngày 4 tháng 8 năm 2023
                K ÉT LUẬN
                HỘI NGHỊ BAN THƯỜNG VỤ
                về công tác dân vận năm 2023,
                định hướng năm 2024
                Ban Thường vụ Huyện ủy họp ngày 2/8/2023 và kết luận:
                """);
        assertThat(e.issuers()).containsExactly("HUYỆN ỦY PHÚ VANG");
        assertThat(e.title()).isEqualTo("HỘI NGHỊ BAN THƯỜNG VỤ về công tác dân vận năm 2023, định hướng năm 2024");
    }

    @Test
    void hyphenatedPlaceAndDetachedDiacriticsInAGluedLetter() {
        Extraction e = read("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc "
                + "Số : 120 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2012 V/v báo cáo tinh hinh ̀ ̀ thiêt hai. ̉ ̀ Kính gửi: "
                + "- Ủy ban nhân dân tỉnh Ninh Thuận.\n");
        assertThat(e.issuePlace()).isEqualTo("Phan Rang-Tháp Chàm");
        assertThat(e.title()).isEqualTo("V/v báo cáo tinh hinh thiêt hai");
        assertThat(e.parentIssuer()).isEqualTo("UBND TỈNH NINH THUẬN");
    }

    @Test
    void subjectOfALetterStopsAtTheMottoBelowIt() {
        Extraction e = read("""
                UBND TỈNH LONG AN
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                Số: 2150/SGDĐT-GDTrH
                V/v triển khai Kế hoạch số 120/KH-UBND
                của UBND tỉnh về dân vận chính quyền
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Long An, ngày 14 tháng 6 năm 2023
                Kính gửi:
                - Hiệu trưởng các trường THPT.
                Thực hiện Kế hoạch số 120/KH-UBND ngày 01/6/2023 của UBND tỉnh,
                """);
        assertThat(e.title()).isEqualTo("V/v triển khai Kế hoạch số 120/KH-UBND của UBND tỉnh về dân vận chính quyền");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        assertThat(e.parentIssuer()).isEqualTo("UBND TỈNH LONG AN");
    }
}
