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
    void schoolNamedInLowerCaseAsSubjectSpellsOutTheHeaderAbbreviation() {
        Extraction e = read("""
                UBND HUYỆN CẦN ĐƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMTRƯỜNG MG LONG HÒA Độc lập – Tự do – Hạnh phúc
                Số: 31 /BC-MGLH Long Hòa, ngày 12 tháng 01 năm 2024
                BÁO CÁO
                Sơ kết học kỳ I năm học 2023-2024
                Căn cứ tình hình thực tế, trường Mẫu giáo Long Hòa báo cáo sơ kết học kỳ I như sau:
                I. Kết quả đạt được
                """);
        assertThat(e.issuers()).containsExactly("trường Mẫu giáo Long Hòa");
        assertThat(e.parentIssuer()).isEqualTo("UBND HUYỆN CẦN ĐƯỚC");
        assertThat(e.title()).isEqualTo("Sơ kết học kỳ I năm học 2023-2024");
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
    void newsItemWithTheIssuerBeforeTheVerbReadsAsAWebHeadline() {
        Extraction e = read("""
                Tăng cường công tác dân vận chính quyền năm 2024

                Ủy ban nhân dân tỉnh Quảng Ngãi vừa ban hành Kế hoạch số 35/KH-UBND ngày 12/3/2024 về thực hiện công tác dân vận \
                chính quyền năm 2024. Theo đó, mục đích của kế hoạch là nâng cao nhận thức.
                """);
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân tỉnh Quảng Ngãi");
        assertThat(e.number()).isEqualTo(35);
        assertThat(e.symbol()).isEqualTo("KH-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 3, 2024));
        assertThat(e.title()).isEqualTo("về thực hiện công tác dân vận chính quyền năm 2024");
    }

    @Test
    void partyCommitteeUnderItsProvincialPartyIsTheIssuerNotALocality() {
        Extraction e = read("""
                ĐẢNG BỘ TỈNH QUẢNG NAM                        ĐẢNG CỘNG SẢN VIỆT NAM
                HUYỆN ỦY NÚI THÀNH
                          *                                   Núi Thành, ngày 02 tháng 3 năm 2023
                Số 45-KH/HU

                KẾ HOẠCH
                thực hiện Quy chế dân chủ ở cơ sở năm 2023

                Thực hiện Kết luận số 120-KL/TW ngày 07/01/2022 của Bộ Chính trị,
                """);
        assertThat(e.issuers()).containsExactly("HUYỆN ỦY NÚI THÀNH");
        assertThat(e.parentIssuer()).isEqualTo("ĐẢNG BỘ TỈNH QUẢNG NAM");
        assertThat(e.title()).isEqualTo("thực hiện Quy chế dân chủ ở cơ sở năm 2023");
    }

    @Test
    void stackedUnitsWithoutMottoOrNumberAreStillTheIssuerColumn() {
        Extraction e = read("""
                TRƯỜNG TIỂU HỌC KIM ĐỒNG
                TỔ CHUYÊN MÔN KHỐI 5

                KẾ HOẠCH HOẠT ĐỘNG THÁNG 10
                Năm học 2023 - 2024

                I. Căn cứ
                - Căn cứ kế hoạch năm học của nhà trường;
                """);
        assertThat(e.issuers()).containsExactly("TỔ CHUYÊN MÔN KHỐI 5");
        assertThat(e.parentIssuer()).isEqualTo("TRƯỜNG TIỂU HỌC KIM ĐỒNG");
        assertThat(e.confidence().get("issuers")).isGreaterThan(0.5);
    }

    @Test
    void doanNameOnTheRightIsTheOrganisationNotTheIssuer() {
        Extraction e = read("""
                BCH ĐOÀN XÃ TÂN HIỆP                     ĐOÀN TNCS HỒ CHÍ MINH
                           ***
                Số: 05-KH/ĐTN                          Tân Hiệp, ngày 10 tháng 3 năm 2024

                KẾ HOẠCH
                Tổ chức Tháng Thanh niên năm 2024

                Thực hiện Kế hoạch số 12-KH/HĐTN ngày 01/3/2024 của Ban Thường vụ Huyện đoàn Châu Thành,
                """);
        assertThat(e.issuers()).containsExactly("BCH ĐOÀN XÃ TÂN HIỆP");
        assertThat(e.symbol()).isEqualTo("KH/ĐTN");
        assertThat(e.title()).isEqualTo("Tổ chức Tháng Thanh niên năm 2024");
    }

    @Test
    void doanCentralCommitteeIsNamedWithTheDoan() {
        Extraction e = read("""
                BAN CHẤP HÀNH TRUNG ƯƠNG                         ĐOÀN TNCS HỒ CHÍ MINH
                          ***
                Số: 310-KH/TWĐTN-CTTN                          Hà Nội, ngày 20 tháng 5 năm 2024
                KẾ HOẠCH
                Tổ chức Tháng hành động vì trẻ em năm 2024
                Thực hiện Chương trình công tác Đoàn năm 2024,
                """);
        assertThat(e.issuers()).containsExactly("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH");
        assertThat(e.number()).isEqualTo(310);
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

    @Test
    void ministerEnactingACircularIsNotTheIssuerTheMinistryIs() {
        Extraction e = read("""
                BỘ GIÁO DỤC VÀ ĐÀO TẠO
                --------
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 11/2020/TT-BGDĐT
                Hà Nội, ngày 19 tháng 5 năm 2020
                THÔNG TƯ
                Hướng dẫn về thực hiện dân chủ trong hoạt động của cơ sở giáo dục công lập
                Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015;
                Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư hướng dẫn về thực hiện dân chủ.
                """);
        assertThat(e.issuers()).singleElement().satisfies(i -> assertThat(i).isEqualToIgnoringCase("Bộ Giáo dục và Đào tạo"));
        assertThat(e.title()).isEqualTo("Hướng dẫn về thực hiện dân chủ trong hoạt động của cơ sở giáo dục công lập");
    }
}
