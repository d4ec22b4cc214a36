package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 14b: the two weakest shapes on unseen documents, each written here as a short text of our own. A header run
 * onto one line (newlines lost) is read by the order of its parts — unit(s), kind word, title, then the body — and a
 * page without header gives its title from its own headline, never the page's posting lines, and its issuer from the
 * body's naming or the signature block, never from a leadership board that signs for the unit.
 */
class OneLineAndHeaderlessTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aRunWithoutMottoOrNumberGivesItsUnitAndTheMixedCaseTitleUpToTheBases() {
        Extraction e = read("TRƯỜNG THCS NGUYỄN DU KẾ HOẠCH Tổ chức Hội nghị cán bộ, công chức, viên chức năm học 2020 - 2021 "
                + "Căn cứ Nghị định 04/2015/NĐ-CP; Căn cứ kế hoạch năm học,\n");
        assertThat(e.docKind()).isEqualTo("KE_HOACH");
        assertThat(e.issuers()).containsExactly("TRƯỜNG THCS NGUYỄN DU");
        assertThat(e.title()).isEqualTo("Tổ chức Hội nghị cán bộ, công chức, viên chức năm học 2020 - 2021");
        assertThat(e.number()).isNull();
        assertThat(e.issueDate().year()).isNull();
    }

    @Test
    void aRunOfTwoUnitsGivesTheLowerAsIssuerAndTheUpperAsSuperiorBody() {
        Extraction e = read("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN LÃO TRƯỜNG MẦM NON HOA SEN KẾ HOẠCH Thực hiện quy chế dân chủ "
                + "trong trường học năm học 2022 - 2023 I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG MẦM NON HOA SEN");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN LÃO");
        assertThat(e.title()).isEqualTo("Thực hiện quy chế dân chủ trong trường học năm học 2022 - 2023");
    }

    @Test
    void aReportRunOntoOneLineEndsItsTitleAtTheBasesInsideTheLine() {
        Extraction e = read("TRƯỜNG TIỂU HỌC KIM ĐỒNG BÁO CÁO Kết quả thực hiện quy chế dân chủ ở cơ sở năm 2023 Căn cứ Kế hoạch "
                + "số 12/KH-THKĐ ngày 5/1/2023 của trường,\n");
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC KIM ĐỒNG");
        assertThat(e.title()).isEqualTo("Kết quả thực hiện quy chế dân chủ ở cơ sở năm 2023");
    }

    @Test
    void aFullHeaderRunOntoOneLineIsReadInItsOrder() {
        Extraction e = read("ỦY BAN NHÂN DÂN HUYỆN TÂN PHÚ TRƯỜNG TIỂU HỌC HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
                + "Tự do - Hạnh phúc Số: 45/KH-THHB Tân Phú, ngày 12 tháng 9 năm 2023 KẾ HOẠCH Thực hiện quy chế dân chủ ở cơ sở "
                + "năm học 2023 - 2024 Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022; I. MỤC ĐÍCH\n");
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("KH-THHB");
        assertThat(e.issuePlace()).isEqualTo("Tân Phú");
        assertThat(e.issueDate().day()).isEqualTo(12);
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC HÒA BÌNH");
        assertThat(e.parentIssuer()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN TÂN PHÚ");
        assertThat(e.title()).isEqualTo("Thực hiện quy chế dân chủ ở cơ sở năm học 2023 - 2024");
    }

    @Test
    void aPartyRunWithTheMottoAfterTheNumberKeepsItsUnits() {
        Extraction e = read("ĐẢNG BỘ XÃ AN BÌNH CHI BỘ TRƯỜNG MẦM NON AN BÌNH * Số 05-KH/CB ĐẢNG CỘNG SẢN VIỆT NAM An Bình, ngày 3 "
                + "tháng 2 năm 2021 KẾ HOẠCH Lãnh đạo thực hiện công tác dân vận năm 2021 Thực hiện Nghị quyết của Đảng ủy xã,\n");
        assertThat(e.issuers()).containsExactly("CHI BỘ TRƯỜNG MẦM NON AN BÌNH");
        assertThat(e.parentIssuer()).isEqualTo("ĐẢNG BỘ XÃ AN BÌNH");
        assertThat(e.title()).isEqualTo("Lãnh đạo thực hiện công tác dân vận năm 2021");
    }

    @Test
    void aRunWhosePostingDateFollowsTheTitleStopsThere() {
        Extraction e = read("TRƯỜNG THPT LÊ QUÝ ĐÔN KẾ HOẠCH Hoạt động ngoài giờ lên lớp Ngày đăng: 05/09/2021 I. MỤC TIÊU\n");
        assertThat(e.title()).isEqualTo("Hoạt động ngoài giờ lên lớp");
    }

    @Test
    void aHeadlessPagesHeadlineIsItsTitleWithoutThePostingLines() {
        Extraction e = read("""
                Kế hoạch hoạt động tháng 10 năm 2022
                Ngày đăng: 03/10/2022
                I. Nhiệm vụ trọng tâm
                - Tổ chức tốt các hoạt động chào mừng ngày 20/10.
                """);
        assertThat(e.docKind()).isEqualTo("KE_HOACH");
        assertThat(e.title()).isEqualTo("hoạt động tháng 10 năm 2022");
        assertThat(e.issueDate().year()).isNull();
        assertThat(e.issuers()).isEmpty();
    }

    @Test
    void anUpdateTimeOrViewCountUnderTheHeadlineIsNoPartOfTheTitle() {
        Extraction e = read("""
                Kế hoạch tổ chức Hội nghị viên chức năm học 2023-2024
                Cập nhật lúc 14:20 ngày 02/10/2023
                I. MỤC ĐÍCH
                """);
        assertThat(e.title()).isEqualTo("tổ chức Hội nghị viên chức năm học 2023-2024");
        Extraction n = read("""
                Thông báo lịch tiếp công dân tháng 7
                Đăng lúc: 08:30 01/07/2024
                Lượt xem: 125
                Ủy ban nhân dân xã Tân Hòa thông báo lịch tiếp công dân của Chủ tịch UBND xã như sau:
                """);
        assertThat(n.docKind()).isEqualTo("THONG_BAO");
        assertThat(n.title()).isEqualTo("lịch tiếp công dân tháng 7");
        assertThat(n.issuers()).containsExactly("Ủy ban nhân dân xã Tân Hòa");
    }

    @Test
    void aLeadershipBoardSigningForTheSchoolIsNoIssuerSoTheFieldStaysEmpty() {
        Extraction e = read("""
                Báo cáo tổng kết năm học 2022-2023
                I. Đặc điểm tình hình
                Nhà trường có 20 lớp.
                TM. BAN GIÁM HIỆU
                PHÓ HIỆU TRƯỞNG
                Lê Văn C
                """);
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
        assertThat(e.issuers()).isEmpty();
        assertThat(e.title()).isEqualTo("tổng kết năm học 2022-2023");
    }

    @Test
    void aHeadlessPageNamesItsIssuerInTheSignatureBlockOrItsOpeningSentence() {
        Extraction sig = read("""
                KẾ HOẠCH TUYÊN TRUYỀN PHÒNG CHỐNG MA TÚY NĂM 2021
                I. MỤC ĐÍCH YÊU CẦU
                - Nâng cao nhận thức.
                TM. LIÊN ĐỘI TRƯỜNG TIỂU HỌC LÊ LỢI
                TỔNG PHỤ TRÁCH
                Trần Văn Bình
                """);
        assertThat(sig.issuers()).containsExactly("LIÊN ĐỘI TRƯỜNG TIỂU HỌC LÊ LỢI");
        assertThat(sig.title()).isEqualTo("TUYÊN TRUYỀN PHÒNG CHỐNG MA TÚY NĂM 2021");
        Extraction body = read("""
                Trang chủ | Tin tức | Văn bản
                KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC NĂM 2023
                Cập nhật: 10/11/2023
                Căn cứ Hướng dẫn của Ban Thường trực Ủy ban MTTQ huyện, Ban công tác Mặt trận khu dân cư số 3 xây dựng kế hoạch tổ chức Ngày hội như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertThat(body.issuers()).containsExactly("Ban công tác Mặt trận khu dân cư số 3");
        assertThat(body.title()).isEqualTo("TỔ CHỨC NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC NĂM 2023");
    }

    @Test
    void aRunWhoseTitleIsInCapitalsIsStillReadAsBefore() {
        Extraction e = read("TRƯỜNG THCS BUÔN TRẤP KẾ HOẠCH CHUYÊN MÔN NĂM HỌC 2008 – 2009 Năm học 2008 - 2009 là năm học tiếp tục "
                + "thực hiện cuộc vận động hai không.\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG THCS BUÔN TRẤP");
        assertThat(e.title()).startsWith("CHUYÊN MÔN NĂM HỌC 2008");
    }
}
