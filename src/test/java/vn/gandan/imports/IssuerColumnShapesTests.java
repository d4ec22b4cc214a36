package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * The issuer column and the issuing body of shapes found on real public pages (session 10), each written here as a short
 * text of our own: Party and Đoàn headers, stacked units without motto, news order, the opening subject.
 */
class IssuerColumnShapesTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
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
