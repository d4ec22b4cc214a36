package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes of the session 14 development batch (the corpus batch split with heldout7), each written here as a short text
 * of our own: a news act without a number ("đã có văn bản", "vừa ra công văn khẩn"), a news date without "ngày" ("Hôm nay
 * 2/8", "Chiều 17.9"), a joint subject joined by a dash, a Prime Minister's công điện with a day.month date, a subject
 * that "đề nghị", an issuer cell that lost its locality, a glued school abbreviation, and a regulation printed without
 * header that names its annexing decision.
 */
class HeaderShapesSession14DevTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aNewsActWithoutNumberGivesItsDateUnitAndWhatTheLetterGuides() {
        Extraction e = read("""
                Ngày 20/3, Ban Dân vận Huyện ủy đã có văn bản hướng dẫn tổ chức Ngày hội Đại đoàn kết năm 2024.
                Ban Dân vận Huyện ủy đề nghị các chi bộ triển khai thực hiện.
                """);
        assertThat(e.number()).isNull();
        assertThat(e.issueDate().day()).isEqualTo(20);
        assertThat(e.issueDate().month()).isEqualTo(3);
        assertThat(e.issueDate().year()).isNull();
        assertThat(e.issuers()).containsExactly("Ban Dân vận Huyện ủy");
        assertThat(e.title()).isEqualTo("tổ chức Ngày hội Đại đoàn kết năm 2024");
    }

    @Test
    void aNewsActNamingAnUrgentLetterIsALetterOfTheUnitBeforeTheVerb() {
        Extraction e = read("""
                TTO - Do mưa lớn kéo dài, Sở Giáo dục và Đào tạo tỉnh Quảng Nam vừa ra công văn khẩn cho học sinh nghỉ học ngày 12/10.
                """);
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        assertThat(e.issuers()).containsExactly("Sở Giáo dục và Đào tạo tỉnh Quảng Nam");
        assertThat(e.title()).isNull();
    }

    @Test
    void aPlansOwnBodyAfterItsTitleIsNoNewsAct() {
        Extraction e = read("""
                KẾ HOẠCH
                Hoạt động ngoại khóa năm học 2024 - 2025

                Căn cứ kế hoạch năm học, Trường Tiểu học Hòa Bình đã có kế hoạch tổ chức các hoạt động như sau:
                """);
        assertThat(e.docKind()).isEqualTo("KE_HOACH");
        assertThat(e.title()).isEqualTo("Hoạt động ngoại khóa năm học 2024 - 2025");
    }

    @Test
    void aNewsDateWithoutNgayAndAJointSubjectJoinedByADash() {
        Extraction e = read("""
                Hôm nay 5/9, UBND huyện - Hội Phụ nữ huyện ban hành Kế hoạch số 215/KH-UBND-HPN về việc tổ chức tuyên truyền phòng, chống bạo lực gia đình năm 2024.
                """);
        assertThat(e.docKind()).isEqualTo("KE_HOACH_PHOI_HOP");
        assertThat(e.number()).isEqualTo(215);
        assertThat(e.symbol()).isEqualTo("KH-UBND-HPN");
        assertThat(e.issueDate().day()).isEqualTo(5);
        assertThat(e.issueDate().month()).isEqualTo(9);
        assertThat(e.issuers()).containsExactly("UBND huyện", "Hội Phụ nữ huyện");
    }

    @Test
    void aPrimeMinistersCongDienWithADayMonthDate() {
        Extraction e = read("""
                Thủ tướng Chính phủ vừa ký Công điện 512/CĐ-TTg ngày 21.7 yêu cầu các địa phương chuẩn bị năm học mới.
                """);
        assertThat(e.number()).isEqualTo(512);
        assertThat(e.symbol()).isEqualTo("CĐ-TTg");
        assertThat(e.issueDate().day()).isEqualTo(21);
        assertThat(e.issueDate().month()).isEqualTo(7);
        assertThat(e.issuers()).containsExactly("Thủ tướng Chính phủ");
    }

    @Test
    void aSourceTagAndAnAfternoonDateBeforeAnOfficeHolder() {
        Extraction e = read("""
                (Baotinh.vn) - Chiều 3.11, Giám đốc Sở GD&ĐT đã có văn bản gửi các trường về việc bảo đảm an toàn mùa mưa bão.
                """);
        assertThat(e.issueDate().day()).isEqualTo(3);
        assertThat(e.issueDate().month()).isEqualTo(11);
        assertThat(e.issuers()).containsExactly("Sở GD&ĐT");
        assertThat(e.title()).isEqualTo("về việc bảo đảm an toàn mùa mưa bão");
    }

    @Test
    void aSubjectThatDeNghiEndsBeforeTheVerb() {
        Extraction e = read("""
                Để bảo đảm an toàn cho học sinh, Phòng GD&ĐT đề nghị UBND các xã, phường chỉ đạo các trường chủ động phương án.
                """);
        assertThat(e.issuers()).containsExactly("Phòng GD&ĐT");
    }

    @Test
    void anOrganOnlyIssuerCellIsCompletedByTheHeadersPlaceWhenTheTextGivesItsLevel() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 25/KH-UBND | Cà Mau, ngày 02 tháng 3 năm 2024 |
                KẾ HOẠCH
                Tuyên truyền phổ biến pháp luật năm 2024 trên địa bàn tỉnh Cà Mau
                """);
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH CÀ MAU");
    }

    @Test
    void anOrganOnlyIssuerCellStaysWhenTheTextNamesNoLevel() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 25/KH-UBND | Cà Mau, ngày 02 tháng 3 năm 2024 |
                KẾ HOẠCH
                Tuyên truyền phổ biến pháp luật năm 2024
                """);
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN");
    }

    @Test
    void aSchoolAbbreviationGluedToTruongIsSpelledOutByTheBody() {
        Extraction e = read("""
                PHÒNG GD&ĐT PHÚ HÒA        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                  TRƯỜNGMN HOA SEN                     Độc lập - Tự do - Hạnh phúc
                         Số: 21 /KH-MNHS                Hòa An,  ngày  10 tháng 9 năm 2022
                                                           KẾ HOẠCH
                Phòng chống tai nạn thương tích cho trẻ
                Trường Mầm non Hoa Sen xây dựng kế hoạch như sau:
                """);
        assertThat(e.issuers()).containsExactly("Trường Mầm non Hoa Sen");
    }

    @Test
    void aRegulationWithoutHeaderTakesTheDateAndUnitOfItsAnnexingDecision() {
        Extraction e = read("""
                QUY CHẾ
                chi tiêu nội bộ
                (Ban hành kèm theo Quyết định số …/QĐ ngày 05/01/2023
                 của Hiệu trưởng trường Tiểu học An Bình)
                Chương I
                """);
        assertThat(e.issueDate().day()).isEqualTo(5);
        assertThat(e.issueDate().month()).isEqualTo(1);
        assertThat(e.issueDate().year()).isEqualTo(2023);
        assertThat(e.issuers()).containsExactly("trường Tiểu học An Bình");
    }

    @Test
    void anOfficeHoldersNameAfterTheUnitIsNotPartOfTheIssuer() {
        Extraction e = read("""
                Chiều 8/10, Giám đốc Sở GD&ĐT Trần Văn Nam đã ký văn bản hỏa tốc về việc cho học sinh nghỉ học.
                """);
        assertThat(e.issuers()).containsExactly("Sở GD&ĐT");
    }

    @Test
    void aSchoolNamedAfterAPersonKeepsItsName() {
        Extraction e = read("""
                Ngày 2/10, Hiệu trưởng Trường THPT Lê Quý Đôn đã ban hành Kế hoạch số 45/KH-LQĐ về việc tổ chức hội thao.
                """);
        assertThat(e.issuers()).containsExactly("Trường THPT Lê Quý Đôn");
    }

    @Test
    void aLowerCaseTrongLineAfterABlankGoesOnWithTheTitleButACapitalTrongOpensTheBody() {
        Extraction on = read("""
                KẾ HOẠCH
                Công tác phòng, chống dịch bệnh (cúm mùa)

                trong tình hình mới của trường Mầm non Hoa Sen

                Căn cứ công văn số 12/PGDĐT-YT ngày 01/02/2024 của Phòng Giáo dục và Đào tạo.
                """);
        assertThat(on.title()).isEqualTo("Công tác phòng, chống dịch bệnh (cúm mùa) trong tình hình mới của trường Mầm non Hoa Sen");
        Extraction stop = read("""
                KẾ HOẠCH
                Công tác phòng, chống dịch bệnh năm 2024

                Trong những năm qua, nhà trường đã làm tốt công tác phòng dịch.
                """);
        assertThat(stop.title()).isEqualTo("Công tác phòng, chống dịch bệnh năm 2024");
    }
}
