package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 21: the issuing unit(s) and the superior of documents with a header block ({@link HeaderIssuers} and its hooks), each
 * shape written here as a short text of our own: an inspectorate under its organ, a council's standing body and the committee on
 * one joint line, a joint header whose partner's cells were lost, a bare organ completed by the page's metadata row, the Đội's name
 * above a Liên đội, a school's organisation and a school named with their full kind where the body acts; refusals included.
 */
class IssuerHeaderSession21Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------\n";

    @Test
    void anInspectorateOnItsOwnLineUnderItsOrganIssuesUnderIt() {
        Extraction e = read("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHANH TRA\n-------\n" + MOTTO + "Số: 31/TTr\nV/v: Hướng dẫn kiểm tra nội bộ năm học 2021\n"
                + "Lạng Sơn, ngày 4 tháng 10 năm 2021\nKính gửi: Các trường trung học phổ thông\n");
        assertThat(e.issuers()).containsExactly("THANH TRA");
        assertThat(e.parentIssuer()).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void anOrgansNameBrokenOverTwoLinesStaysOneName() {
        Extraction e = read("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n-------\n" + MOTTO + "Số: 12/KH-UBND\nYên Bái, ngày 4 tháng 10 năm 2021\n"
                + "KẾ HOẠCH\nThanh tra công vụ năm 2022\nCăn cứ Luật Thanh tra năm 2010;\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aStandingBodyAndTheCommitteeOnOneJointLineEachTakeTheSharedLocalitySpelledOut() {
        Extraction e = read("THƯỜNG TRỰC\nHĐND - UBND TỈNH PHÚ THỌ\n-------\n" + MOTTO + "Số: 03/QC-TT.HĐND-UBND\nPhú Thọ, ngày 2 tháng 4 năm 2021\n"
                + "QUY CHẾ\nPhối hợp công tác nhiệm kỳ 2021 - 2026\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
        assertThat(e.issuers()).containsExactly("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
        assertThat(e.parentIssuer()).isNull();
    }

    private static final String LOST_PARTNER = "ỦY BAN NHÂN DÂN - | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            + "Số: 05/QC-UBND-%s | Gia Lai, ngày 3 tháng 6 năm 2019 |\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ HỘI NÔNG DÂN TỈNH GIA LAI\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            + "Ủy ban nhân dân tỉnh và Hội Nông dân tỉnh ban hành Quy chế phối hợp công tác như sau:\nĐiều 1. Phạm vi điều chỉnh\n"
            + "Quy chế này quy định việc phối hợp giữa Ủy ban nhân dân tỉnh Gia Lai với Hội Nông dân tỉnh Gia Lai.\n";

    @Test
    void aJointHeaderWhosePartnersCellsWereLostTakesTheBodiesOfItsEnactingSentenceWithThePlace() {
        Extraction e = read(String.format(LOST_PARTNER, "HND"));
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân tỉnh Gia Lai", "Hội Nông dân tỉnh Gia Lai");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void anEnactingSentenceIsNotReadWhenTheSymbolNamesOneBody() {
        Extraction e = read(LOST_PARTNER.replace("-%s", ""));
        assertThat(e.issuers()).doesNotContain("Hội Nông dân tỉnh Gia Lai");
        assertThat(e.issuers()).noneMatch(i -> i.contains(" VÀ "));
    }

    @Test
    void aBareOrganWithoutDateLineTakesThePagesRegistryRowNamingTheSameOrganWithItsLocality() {
        Extraction e = read("Cơ quan ban hành: | Ủy ban nhân dân tỉnh Bạc Liêu | Số công báo: | Đang cập nhật |\n"
                + "Số hiệu: | 21/2022/QĐ-UBND | Loại văn bản: | Quyết định |\n\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 21/2022/QĐ-UBND | Bạc Liêu\n");
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân tỉnh Bạc Liêu");
    }

    @Test
    void aRegistryRowNamingAnotherBodyDoesNotCompleteTheBareOrgan() {
        Extraction e = read("Cơ quan ban hành: | Sở Tư pháp tỉnh Bạc Liêu | Số công báo: | Đang cập nhật |\n\n"
                + "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 21/2022/QĐ-UBND | Bạc Liêu\n");
        assertThat(e.issuers()).noneMatch(i -> i.contains("Sở Tư pháp"));
    }

    @Test
    void theDoisNameRightAboveALienDoiIsItsSuperior() {
        Extraction e = read("Trang 1ĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI KIM ĐỒNG\n***\nSố: 04/KH-LĐ\nHòa Khánh, ngày 5 tháng 9 năm 2019\n"
                + "KẾ HOẠCH Hoạt động Đội năm học 2019 - 2020\nCăn cứ chương trình công tác Đội năm học 2019 - 2020;\n");
        assertThat(e.parentIssuer()).isEqualTo("ĐỘI TNTP HỒ CHÍ MINH");
    }

    @Test
    void theDoisNameRightOfACouncilOfTheDoiLeavesTheCouncilTheSuperior() {
        Extraction e = read("HĐĐ HUYỆN ĐẠI LỘC            ĐỘI TNTP HỒ CHÍ MINH\n\nLIÊN ĐỘI THCS KIM ĐỒNG\n\nSố: 04/KH-LĐ\n"
                + "Đại Lộc, ngày 5 tháng 9 năm 2019\nKẾ HOẠCH\nHoạt động Đội năm học 2019 - 2020\nCăn cứ chương trình công tác Đội;\n");
        assertThat(e.parentIssuer()).isNotEqualTo("ĐỘI TNTP HỒ CHÍ MINH");
    }

    @Test
    void aSchoolsOrganisationTakesTheSchoolsKindTheBodyActsWith() {
        Extraction e = read("ĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI KIM ĐỒNG\n***\nSố: 04/KH-LĐ\nHòa Khánh, ngày 5 tháng 9 năm 2019\n"
                + "KẾ HOẠCH Hoạt động Đội năm học 2019 - 2020\n- Nhằm thực hiện chương trình công tác Đội, Liên đội trường TH Kim Đồng phát động "
                + "phong trào kế hoạch nhỏ.\n");
        assertThat(e.issuers()).containsExactly("Liên đội trường TH Kim Đồng");
    }

    @Test
    void aSchoolsOrganisationNamedByTheBodyOnlyAsAPlaceKeepsTheHeadersName() {
        Extraction e = read("ĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI KIM ĐỒNG\n***\nSố: 04/KH-LĐ\nHòa Khánh, ngày 5 tháng 9 năm 2019\n"
                + "KẾ HOẠCH Hoạt động Đội năm học 2019 - 2020\n- Địa điểm: sân Liên đội trường TH Kim Đồng.\n");
        assertThat(e.issuers()).containsExactly("LIÊN ĐỘI KIM ĐỒNG");
    }

    private static final String ABBREVIATED = "PHÒNG GD&ĐT ĐỨC LINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TH VÕ XU 2 Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 09/TTr-VX2 Võ Xu, ngày 10 tháng 11 năm 2012\nTỜ TRÌNH\nVề việc đề nghị công nhận danh hiệu\n"
            + "Căn cứ công văn số 401/PGD ngày 06/11/2012 của Phòng GD&ĐT về việc hướng dẫn đánh giá,\n";

    @Test
    void anAbbreviatedSchoolTakesTheSpelledOutNameTheBodyOpensAClauseWith() {
        Extraction e = read(ABBREVIATED + "Trường Tiểu học Võ Xu 2 đã tiến hành tự đánh giá kết quả như sau:\n");
        assertThat(e.issuers()).containsExactly("Trường Tiểu học Võ Xu 2");
    }

    @Test
    void anAbbreviatedSchoolKeepsItsHeaderNameWhereTheBodyNamesItOnlyAfterAPreposition() {
        Extraction e = read(ABBREVIATED + "Nhà trường đề nghị kiểm tra tại Trường Tiểu học Võ Xu 2 trong tháng 12.\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TH VÕ XU 2");
    }

    @Test
    void aLocalityNumberedAfterItsNameStillPartsTheOrganFromTheSchoolOnOneLine() {
        Extraction e = read("UBND THỊ TRẤN SỐ 2 TRƯỜNG TH THỊ TRẤN 2 Số : 15/BC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                + "BÁO CÁO\nTổng kết năm học 2012 - 2013\nCăn cứ kế hoạch năm học của nhà trường;\n");
        assertThat(e.parentIssuer()).isEqualTo("UBND THỊ TRẤN SỐ 2");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TH THỊ TRẤN 2");
    }

    @Test
    void aBareLocalityAfterTheDoisNameIsThatLocalitysDoi() {
        Extraction e = read("ĐỘI TNTP HỒ CHÍ MINH HUYỆN THANH BÌNH ĐỘI TNTP HỒ CHÍ MINH LIÊN ĐỘI TRƯỜNG THCS AN PHONG An Phong, ngày 8 tháng 11 năm 2021 "
                + "Số 12 KHLĐ KẾ HOẠCH\nPhát động phong trào thi đua\nCăn cứ chương trình công tác Đội năm học 2021 - 2022;\n");
        assertThat(e.parentIssuer()).isEqualTo("ĐỘI TNTP HỒ CHÍ MINH HUYỆN THANH BÌNH");
        assertThat(e.issuers()).containsExactly("LIÊN ĐỘI TRƯỜNG THCS AN PHONG"); // "Số 12 KHLĐ", a number cell, is no "Sở"
    }

    @Test
    void anInspectorateReadOnOneLineWithItsOrganIsPartedFromIt() {
        Extraction e = read("SỞ NỘI VỤ THANH TRA SỞ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 31/KH-TTr Điện Biên, ngày 4 tháng 10 năm 2021\nKẾ HOẠCH\nThanh tra công vụ năm 2022\nCăn cứ Luật Thanh tra năm 2010;\n");
        assertThat(e.issuers()).containsExactly("THANH TRA SỞ");
        assertThat(e.parentIssuer()).isEqualTo("SỞ NỘI VỤ");
    }

    @Test
    void aBoardOfInspectionIsOneName() {
        Extraction e = read("CÔNG ĐOÀN TRƯỜNG THPT AN LẠC\nBAN THANH TRA NHÂN DÂN\n" + MOTTO + "Số: 02/KH-TTND\nAn Lạc, ngày 4 tháng 10 năm 2021\n"
                + "KẾ HOẠCH\nHoạt động năm học 2021 - 2022\nCăn cứ Luật Thanh tra năm 2010;\n");
        assertThat(e.issuers()).containsExactly("BAN THANH TRA NHÂN DÂN");
        assertThat(e.parentIssuer()).isEqualTo("CÔNG ĐOÀN TRƯỜNG THPT AN LẠC");
    }

    @Test
    void aBareOrgansRegistryRowMayAbbreviateTheOrgan() {
        Extraction e = read("Cơ quan ban hành | UBND tỉnh Bình Định |\nSố hiệu | 12/2020/QĐ-UBND |\n"
                + "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2020/QĐ-UBND | Bình Định\nQUYẾT ĐỊNH\nBan hành quy chế\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH");
    }

    @Test
    void jointBodiesTheEnactingSentenceNamesByTheirLevelTakeTheLocalityTheHeaderNames() {
        Extraction e = read("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ - BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH\n" + MOTTO
                + "Số: 01/CTPH-UBND-MTTQ\nQuảng Trị, ngày 2 tháng 4 năm 2021\nCHƯƠNG TRÌNH PHỐI HỢP\nCăn cứ Luật Mặt trận Tổ quốc;\n"
                + "Ủy ban nhân dân tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh thống nhất ban hành Chương trình phối hợp như sau:\n");
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân tỉnh Quảng Trị", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị");
    }

    @Test
    void aPeoplesInspectionBoardOnOneLineWithItsUnionIsNoInspectorate() {
        Extraction e = read("CÔNG ĐOÀN TRƯỜNG THPT AN LẠC BAN THANH TRA NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 02/KH-TTND An Lạc, ngày 4 tháng 10 năm 2021\nKẾ HOẠCH\nHoạt động năm học 2021 - 2022\nCăn cứ Luật Thanh tra năm 2010;\n");
        assertThat(e.issuers()).noneMatch(i -> i.equals("THANH TRA NHÂN DÂN"));
    }

    private static final String ACHIEVEMENT = "PHÒNG GD&ĐT YÊN THẾ\n" + MOTTO + "Yên Thế, ngày 20 tháng 7 năm 2013\nBÁO CÁO THÀNH TÍCH\n"
            + "ĐỀ NGHỊ KHEN THƯỞNG TẬP THỂ LAO ĐỘNG XUẤT SẮC\n%s\nI. SƠ LƯỢC ĐẶC ĐIỂM TÌNH HÌNH\n";

    @Test
    void aCommendationReportUnderItsSuperiorsLineIsTheProposedCollectives() {
        Extraction e = read(String.format(ACHIEVEMENT, "Tập thể đề nghị: TRƯỜNG TIỂU HỌC ĐỒNG KỲ"));
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC ĐỒNG KỲ");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT YÊN THẾ");
    }

    @Test
    void aCommendationReportProposingAPersonKeepsItsHeader() {
        Extraction e = read(String.format(ACHIEVEMENT, "Tập thể đề nghị: Nguyễn Văn An, giáo viên"));
        assertThat(e.issuers()).containsExactly("PHÒNG GD&ĐT YÊN THẾ");
    }
}
