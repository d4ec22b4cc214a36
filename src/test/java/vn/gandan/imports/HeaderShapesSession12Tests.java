package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Header shapes of the session 12 development batch, each written here as a short text of our own: a place and date
 * without the comma between them, a unit column whose cells a flattened table joined, a kind line naming two kinds,
 * a news sentence relaying a Party resolution with the date first.
 */
class HeaderShapesSession12Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void placeAndDateWithoutACommaBetweenThem() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN
                XÃ HÒA AN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 41/KH-UBND
                Hòa An ngày 05 tháng 6 năm 2021
                KẾ HOẠCH
                Tổ chức đối thoại với Nhân dân năm 2021
                Căn cứ Luật Tổ chức chính quyền địa phương;
                """);
        assertThat(e.issuePlace()).isEqualTo("Hòa An");
        assertThat(e.issueDate().day()).isEqualTo(5);
        assertThat(e.issueDate().month()).isEqualTo(6);
        assertThat(e.issueDate().year()).isEqualTo(2021);
        assertThat(e.title()).isEqualTo("Tổ chức đối thoại với Nhân dân năm 2021");
    }

    @Test
    void aBaseCitingADateIsNeverTheHeaderDate() {
        Extraction e = read("""
                TRƯỜNG MẦM NON HOA SEN
                KẾ HOẠCH
                Thực hiện nhiệm vụ năm học 2019 - 2020
                Căn cứ kế hoạch số 12/KH- GD&ĐT ngày 09 tháng 9 năm 2019 của bậc học mầm non;
                """);
        assertThat(e.issueDate().day()).isNull();
        assertThat(e.issuePlace()).isNull();
    }

    @Test
    void aUnitBelowAWholeNamedUnitInAFlattenedTableIsTheNextUnitOfTheColumn() {
        Extraction e = read("""
                UBND
                TỈNH AN PHÚ
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                -------
                |
                CỘNG
                HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập – Tự do – Hạnh phúc
                |
                Số:
                215/SGDĐT
                |
                Long
                Xuyên ngày 03 tháng 4 năm 2015
                |
                HƯỚNG DẪN
                VỀ VIỆC TỔ CHỨC KIỂM TRA HỌC KỲ I
                Kính
                gửi:
                |
                """);
        assertThat(e.issuers()).containsExactly("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(e.parentIssuer()).isEqualTo("UBND TỈNH AN PHÚ");
        assertThat(e.issuePlace()).isEqualTo("Long Xuyên");
        assertThat(e.issueDate().year()).isEqualTo(2015);
    }

    @Test
    void aUnitNameBrokenAfterItsFirstWordInAFlattenedTableStaysOneUnit() {
        Extraction e = read("""
                ỦY
                BAN NHÂN DÂN
                HUYỆN ĐÔNG HẢI
                --------
                |
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                |
                Số:
                9/QĐ-UBND
                |
                Đông Hải, ngày 02 tháng 01 năm 2016
                |
                QUYẾT ĐỊNH
                VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC
                """);
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HẢI");
    }

    @Test
    void aKindLineNamingTwoKindsLeavesBothOutOfTheTitle() {
        Extraction e = read("""
                PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 77/PGDĐT
                Tân Lập, ngày 10 tháng 9 năm 2012
                QUY ĐỊNH VÀ HƯỚNG DẪN
                VỀ VIỆC SỬ DỤNG SỔ ĐIỂM ĐIỆN TỬ
                Kính gửi: Hiệu trưởng các trường
                """);
        assertThat(e.title()).isEqualTo("VỀ VIỆC SỬ DỤNG SỔ ĐIỂM ĐIỆN TỬ");
    }

    @Test
    void aNewsSentenceRelayingAPartyResolutionWithTheDateFirst() {
        Extraction e = read("""
                Toàn văn nghị quyết về phát triển du lịch cộng đồng

                Ngày 03-7-2019, Ban Thường vụ Huyện ủy đã ban hành Nghị quyết số 21-NQ/HU về phát triển du lịch cộng đồng giai đoạn 2019-2025. Báo trân trọng giới thiệu toàn văn.

                I- Tình hình
                """);
        assertThat(e.number()).isEqualTo(21);
        assertThat(e.symbol()).isEqualTo("NQ/HU");
        assertThat(e.issueDate().day()).isEqualTo(3);
        assertThat(e.issueDate().month()).isEqualTo(7);
        assertThat(e.issueDate().year()).isEqualTo(2019);
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Huyện ủy");
    }

    @Test
    void aPrintPageHeadlineAfterPageChromeGivesTheTitleAndTheBodySubjectTheIssuer() {
        Extraction e = read("""
                In trang

                Thông báo về việc kiểm tra hồ sơ chuyên môn học kỳ II.
                Cập nhật lúc : 10:15 02/03/2019

                Kính gửi: Hiệu trưởng các trường. Thực hiện kế hoạch năm học, Phòng Giáo dục và Đào tạo yêu cầu các trường chuẩn bị hồ sơ.
                """);
        assertThat(e.title()).isEqualTo("về việc kiểm tra hồ sơ chuyên môn học kỳ II");
        assertThat(e.issuers()).containsExactly("Phòng Giáo dục và Đào tạo");
    }
}
