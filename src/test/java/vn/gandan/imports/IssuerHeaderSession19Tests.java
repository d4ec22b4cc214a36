package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 19: the issuing unit's segmentation in a header block (the failures of held-out 9, retired into tuning data), each
 * written here as a short text of our own: the motto garbled by a legacy font is no part of the school's name; a sub-unit
 * written as a label ("TỔ: …") under its school; ornaments under a unit; a post title above the column; three levels, whose
 * issuer's superior is the line directly above it.
 */
class IssuerHeaderSession19Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aMottoGarbledByALegacyFontIsNoPartOfTheSchoolsName() {
        Extraction e = read("UỶ BAN NHÂN DÂN HUYỆN AN LÃO\nTRƯỜNG TIỂU HỌC AN THẮNG\nCỘNG HÒA XĂ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-THAT An Lão, ngày 05 tháng 9 năm 2021\nKẾ HOẠCH\nTổ chức ngày hội đọc sách\n"
                + "Căn cứ Công văn số 30/PGDĐT ngày 01/9/2021 của Phòng GD&ĐT;\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC AN THẮNG");
        assertThat(e.parentIssuer()).isEqualTo("UỶ BAN NHÂN DÂN HUYỆN AN LÃO");
    }

    @Test
    void aSubUnitWrittenAsALabelUnderItsSchoolIssuesAndTheSchoolIsItsSuperior() {
        Extraction e = read("TRƯỜNG THCS HÒA BÌNH |\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỔ: NGỮ VĂN - LỊCH SỬ |\n"
                + "Độc lập - Tự do - Hạnh phúc |\n|\nHòa Bình, ngày 20 tháng 9 năm 2022 |\nKẾ HOẠCH\nHOẠT ĐỘNG CHUYÊN MÔN\n"
                + "Năm học 2022 – 2023\nThực hiện kế hoạch năm học của nhà trường, tổ xây dựng kế hoạch như sau:\n");
        assertThat(e.issuers()).containsExactly("TỔ NGỮ VĂN - LỊCH SỬ");
        assertThat(e.parentIssuer()).isEqualTo("TRƯỜNG THCS HÒA BÌNH");
    }

    @Test
    void aPageLabelWithAValueIsStillNoUnit() {
        assertThat(HeaderUnits.unlabelled("Lượt xem: 27")).isEqualTo("Lượt xem: 27");
        assertThat(HeaderUnits.unlabelled("Tổ: Toán - Tin")).isEqualTo("Tổ Toán - Tin");
    }

    @Test
    void ornamentsUnderAUnitAndAGluedPageCounterAreNoPartOfItsName() {
        assertThat(HeaderUnits.of(List.of("(1)PHÒNG GD&ĐT VĂN LÂM", "TRƯỜNG MẦM NON LẠC HỒNG -o0o-")))
                .containsExactly("PHÒNG GD&ĐT VĂN LÂM", "TRƯỜNG MẦM NON LẠC HỒNG");
        assertThat(HeaderUnits.of(List.of("Trường THCS Tân Lập", "Tổ Toán ***"))).containsExactly("Trường THCS Tân Lập", "Tổ Toán");
    }

    @Test
    void aPostTitleAboveTheColumnIsNoSuperiorBody() {
        Extraction e = read("TỔ CHỨC HỘI THI KỂ CHUYỆN NĂM 2023\n\nUBND HUYỆN CAO LÃNH\n\nTRƯỜNG TIỂU HỌC MỸ THỌ\n\n"
                + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nSố: 31/KH-THMT\n\nMỹ Thọ, ngày 03 tháng 3 năm 2023\n\n"
                + "KẾ HOẠCH\n\nTổ chức Hội thi kể chuyện năm 2023\n\nCăn cứ Kế hoạch số 12/KH-PGDĐT ngày 1/3/2023 của Phòng GDĐT;\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC MỸ THỌ");
        assertThat(e.parentIssuer()).isEqualTo("UBND HUYỆN CAO LÃNH");
    }

    @Test
    void inThreeLevelsTheIssuersSuperiorIsTheLineDirectlyAboveIt() {
        Extraction e = read("Phòng GD&ĐT Kim Động Cộng hòa xã hội chủ nghĩa Việt Nam\nTrường THCS Toàn Thắng Độc lập – Tự do – Hạnh phúc\n"
                + " Tổ Xã hội o0o\n\nKẾ HOẠCH TỔ XÃ HỘI\nNăm học : 2018 - 2019\n- Căn cứ vào phương hướng nhiệm vụ năm học của nhà trường\n");
        assertThat(e.issuers()).containsExactly("Tổ Xã hội");
        assertThat(e.parentIssuer()).isEqualTo("Trường THCS Toàn Thắng");
    }

    @Test
    void aJointLineAndTheDoanAnchorAreNoThirdLevel() {
        assertThat(HeaderUnits.of(List.of("UBND TỈNH BẮC KẠN", "SỞ Y TẾ -", "SỞ NỘI VỤ - SỞ VĂN HÓA - THỂ THAO VÀ DU LỊCH"))).hasSize(3);
        assertThat(HeaderUnits.of(List.of("ĐOÀN TNCS HỒ CHÍ MINH XÃ AN BÌNH", "CHI ĐOÀN TRƯỜNG MN HOA SEN", "ĐOÀN TNCS HỒ CHÍ MINH")))
                .hasSize(3);
    }

    @Test
    void aSchoolWrittenAsALabelIsTheIssuerUnderItsOffice() {
        Extraction e = read("PHÒNG GD&ĐT ĐẠ TẺH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTRƯỜNG: TH QUẢNG TRỊ Độc lập- Tự do- Hạnh phúc\n\n"
                + "BÁO CÁO\nKết quả thực hiện phong trào thi đua năm học 2022-2023\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TH QUẢNG TRỊ");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT ĐẠ TẺH");
        assertThat(HeaderUnits.unlabelled("ĐƠN VỊ: TRƯỜNG MẦM NON SEN HỒNG")).isEqualTo("TRƯỜNG MẦM NON SEN HỒNG");
        assertThat(HeaderUnits.unlabelled("Đơn vị: tính triệu đồng")).isEqualTo("Đơn vị: tính triệu đồng");
    }

    @Test
    void aJointHeaderOfManyBodiesOnOneLongLineGivesEachBody() {
        Extraction e = read("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM - HỘI NÔNG DÂN VIỆT NAM - HỘI CỰU CHIẾN BINH VIỆT NAM"
                + " | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/CTPH-MTTW-ĐTCTXH | Hà Nội, ngày 15 tháng 1 năm 2020 |\nCHƯƠNG TRÌNH PHỐI HỢP\n"
                + "Giám sát việc thực hiện chính sách năm 2020\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam;\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "HỘI NÔNG DÂN VIỆT NAM",
                "HỘI CỰU CHIẾN BINH VIỆT NAM");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aLongCapitalsLineThatIsNoJointOfBodiesIsStillNoUnit() {
        assertThat(HeaderUnits.jointLine("KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM - NĂM HỌC 2023 - 2024 CỦA TOÀN TRƯỜNG")).isFalse();
        assertThat(HeaderUnits.jointLine("SỞ Y TẾ - SỞ TÀI CHÍNH")).isTrue();
    }

    @Test
    void theDoisAnchorRightOfTheUnitIsNoPartOfItsName() {
        Extraction e = read("HỘI ĐỒNG ĐỘI HUYỆN LỆ THỦY                    ĐỘI TNTP HỒ CHÍ MINH\n\n"
                + "Số: 05/KH-HĐĐ\n\nLệ Thủy, ngày 02 tháng 10 năm 2019\n\nKẾ HOẠCH\n\nCông tác Đội năm học 2019 – 2020\n\n"
                + "Căn cứ Chương trình công tác Đội năm học 2019 – 2020 của Hội đồng Đội tỉnh;\n");
        assertThat(e.issuers()).containsExactly("HỘI ĐỒNG ĐỘI HUYỆN LỆ THỦY");
    }

    @Test
    void aHeaderGarbledByALibraryIsReadAgainFromTheDecisionsEnactingLine() {
        Extraction e = read("LUẬT VIỆT\n\nY BAN NHÂN DÂN\nT\nNH QUẢNG TRỊ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "\nS: 120/QĐ-UBND\n\nĐông Hà, ngày 10 tháng 3 năm 2015\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC\n\n"
                + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nCăn c Lut T chc HĐND và UBND ngày 26/11/2003;\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
    }

    @Test
    void aWholeHeaderNameIsNeverReplacedByTheEnactingLine() {
        Extraction e = read("ỦY BAN NHÂN DÂN\nHUYỆN GIO LINH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "\nSố: 12/QĐ-UBND\n\nGio Linh, ngày 10 tháng 3 năm 2015\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ LÀM VIỆC\n\n"
                + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN HUYỆN GIO LINH");
    }

    @Test
    void lineBreaksAScraperWroteOutAsEscapesAreRestored() {
        Extraction e = read("\\r\\n ỦY BAN NHÂN DÂN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
                + "\\r\\n Số: 54/KH-UBND \\r\\n | \\r\\n \\r\\n Cao Bằng, ngày 27 tháng 3 năm 2020 \\r\\n | \\r\\n\n"
                + "Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ, UBND tỉnh xây dựng Kế hoạch như sau:\n"
                + "1. Mục tiêu chung\nCải thiện tình trạng dinh dưỡng trên địa bàn tỉnh Cao Bằng.\n");
        assertThat(e.issuePlace()).isEqualTo("Cao Bằng");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG");
        assertThat(FieldRepairs.unescaped("a \\r\\n b")).isEqualTo("a \\r\\n b");
    }

    @Test
    void aStandingBoardUnderItsUnionTakesTheFullerNameTheTextGivesIt() {
        Extraction e = read("HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN THƯỜNG VỤ\n\nĐộc lập – Tự do – Hạnh phúc\n\n"
                + "Số 15/KH-BTV\n\nNam Định, ngày 02 tháng 3 năm 2021\n\nKẾ HOẠCH\n\nTổ chức các hoạt động kỷ niệm ngày 8/3\n\n"
                + "Thực hiện Kế hoạch số 10/KH-BTV ngày 10/1/2021 của Ban Thường vụ Hội LHPN tỉnh Nam Định về công tác năm 2021;\n");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Hội LHPN tỉnh Nam Định");
        assertThat(e.parentIssuer()).isEqualTo("HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH");
    }

    @Test
    void aSchoolsLibraryTakesItsNameWithTheSchoolButNeverAnotherSchools() {
        String head = "TRƯỜNG TH AN BÌNH\n\nPHÒNG THƯ VIỆN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n"
                + "Số: 03 -KH/TV\n\nAn Bình, ngày 10 tháng 4 năm 2021\n\nKẾ HOẠCH TỔ CHỨC NGÀY SÁCH\n\n";
        assertThat(read(head + "Thư viện trường Tiểu học An Bình xây dựng kế hoạch như sau:\n").issuers())
                .containsExactly("Thư viện trường Tiểu học An Bình");
        assertThat(read(head + "Học tập Thư viện trường Tiểu học Hòa Bình, thư viện xây dựng kế hoạch như sau:\n").issuers())
                .containsExactly("PHÒNG THƯ VIỆN");
    }

    @Test
    void anAbbreviationStandsForTheInitialsOfTheWordsOnEitherSide() {
        assertThat(HeaderUnits.prefixMatch(List.of("Hội", "LHPN", "Hà", "Nội", "chỉ"), List.of("HỘI", "LIÊN", "HIỆP", "PHỤ", "NỮ", "HÀ", "NỘI"))).isEqualTo(4);
        assertThat(HeaderUnits.prefixMatch(List.of("trường", "Tiểu", "học", "Lương", "Yên"), List.of("TRƯỜNG", "TH", "LƯƠNG", "YÊN"))).isEqualTo(5);
        assertThat(HeaderUnits.prefixMatch(List.of("trường", "Tiểu", "học", "Lương", "Sơn"), List.of("TRƯỜNG", "TH", "LƯƠNG", "YÊN"))).isZero();
    }

    @Test
    void aUnitLineInMixedCaseUnderTheAnchorsIsTheIssuerAndTheKindLineBelowItOpensTheTitle() {
        Extraction e = read("Chương trình công tác đội năm học 2019 – 2020\n\nHỘI ĐỒNG ĐỘI HUYỆN BỐ TRẠCH                    ĐỘI TNTP HỒ CHÍ MINH\n\n"
                + "Liên đội trường TH Hoàn Lão\n\nKế hoạch\n\nCông tác Đội và phong trào thiếu nhi năm học 2019 – 2020\n\n"
                + "Thực hiện Chương trình công tác Đội năm học 2019 – 2020 của Hội đồng Đội tỉnh Quảng Bình;\n");
        assertThat(e.issuers()).containsExactly("Liên đội trường TH Hoàn Lão");
        assertThat(e.parentIssuer()).isEqualTo("HỘI ĐỒNG ĐỘI HUYỆN BỐ TRẠCH");
        assertThat(e.title()).isEqualTo("Công tác Đội và phong trào thiếu nhi năm học 2019 – 2020");
        assertThat(HeaderUnits.unitLineInMixedCase("Trường học an toàn, thân thiện")).isFalse();
    }

    @Test
    void aPageMarkerGluedBeforeTheSchoolsLineDoesNotHideItAboveItsDepartment() {
        Extraction e = read("Thuận lợi: - Năm học 2012- 2013 là năm học tiếp tục đổi mới quản lý\n"
                + "Trang 1Trường THCS Lê Lợi CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔ: XÃ HỘI Độc lập – Tự do – Hạnh phúc.\n"
                + "KẾ HOẠCH TỔ XÃ HỘI NĂM HỌC 2012 - 2013\n- Căn cứ vào phương hướng, nhiệm vụ năm học 2012-2013 của trường THCS Lê Lợi\n");
        assertThat(e.issuers()).containsExactly("TỔ XÃ HỘI");
        assertThat(e.parentIssuer()).isEqualTo("Trường THCS Lê Lợi");
    }

    @Test
    void aColumnCellClosedByAFullStopWithTheNumberRunIntoItIsStillTheColumn() {
        Extraction e = read("PHÒNG GIÁO DỤC & ĐÀO TẠO QUẬN 3\nTRƯỜNG THCS\nLÊ QUÝ ĐÔN.\nSố 05 KH - TV\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập – Tự\ndo – Hạnh phúc\nQuận 3, ngày 28 tháng 9 năm 2016\n|\nKẾ\nHOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10\n1.\nTổng vệ sinh thư viện\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG THCS LÊ QUÝ ĐÔN");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GIÁO DỤC & ĐÀO TẠO QUẬN 3");
        assertThat(HeaderUnits.stopless("Thực hiện kế hoạch.")).isEqualTo("Thực hiện kế hoạch.");
        assertThat(HeaderUnits.cell("TRƯỜNG THPT SƠN DƯƠNG SỐ 2")).isEqualTo("TRƯỜNG THPT SƠN DƯƠNG SỐ 2");
    }

    @Test
    void theSymbolsLastWordRightOfTheNumberIsNoPartOfTheColumnsName() {
        Extraction e = read("PHÒNG GD & ĐT\nCẦU NGANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG PHỔ THÔNG DTNT Độc lập - Tự do - Hạnh phúc\n"
                + "THCS HUYỆN CẦU NGANG\nSố: 12 /QĐ – DTNT THCS Cầu Ngang, ngày 09 tháng 10 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành\n"
                + "Quy chế làm việc\nCăn cứ Điều lệ trường trung học;\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG PHỔ THÔNG DTNT THCS HUYỆN CẦU NGANG");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD & ĐT CẦU NGANG");
    }

    @Test
    void aNameInCapitalsNeverTakesTheMixedCaseWordAfterItButTakesItsNumberedDistrict() {
        Extraction e = read("ỦY BAN NHÂN DÂN\nHUYỆN CÁI NƯỚC\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 15/QĐ-UBND\nCái Nước, ngày 02 tháng 3 năm 2013\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
                + "ỦY BAN NHÂN DÂN HUYỆN CÁI NƯỚC Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN HUYỆN CÁI NƯỚC");
        assertThat(Issuers.fuller("ỦY BAN NHÂN DÂN", null, "QUYẾT ĐỊNH\nỦY BAN NHÂN DÂN QUẬN 5\nCăn cứ …")).isEqualTo("ỦY BAN NHÂN DÂN QUẬN 5");
    }

    @Test
    void aNamesFirstWordAloneOnTheLineAboveIsPartOfIt() {
        Extraction e = read("VĂN\nPHÒNG CHÍNH PHỦ\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 120/TB-VPCP\nHà Nội, ngày 19 tháng 06 năm 2019\n"
                + "THÔNG BÁO\nKết luận của Phó Thủ tướng tại cuộc họp\n");
        assertThat(e.issuers()).containsExactly("VĂN PHÒNG CHÍNH PHỦ");
    }

    @Test
    void debrisAroundAChosenNameIsDropped() {
        assertThat(HeaderUnits.tidy("• BỘ GIÁO DỤC VÀ ĐÀO TẠO")).isEqualTo("BỘ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(HeaderUnits.tidy("THỦ TƯỚNG CHÍNH PHỦ ——")).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
        assertThat(HeaderUnits.tidy("HỘI KHUYẾN HỌC <sub>")).isEqualTo("HỘI KHUYẾN HỌC");
        assertThat(HeaderUnits.tidy("Ban Chỉ đạo phong trào (BCĐ)")).isEqualTo("Ban Chỉ đạo phong trào");
        assertThat(HeaderUnits.tidy("TRƯỜNG MẦM NON SƠN CA GIAI ĐOẠN")).isEqualTo("TRƯỜNG MẦM NON SƠN CA");
        assertThat(HeaderUnits.tidy("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")).isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
    }

    @Test
    void aNameIsNeverCompletedWithThePlaceOfTheDateCellGluedAfterIt() {
        assertThat(Issuers.fuller("Chi Đoàn Giáo Viên", null, "Độc lập – Tự do – Hạnh Phúc ____ Chi Đoàn Giáo Viên Tiên yên, ngày 30 tháng 8 năm 2010"))
                .isEqualTo("Chi Đoàn Giáo Viên");
        assertThat(Issuers.fuller("Sở Giáo dục và Đào tạo", null, "Sở Giáo dục và Đào tạo Nam Định hướng dẫn các trường"))
                .isEqualTo("Sở Giáo dục và Đào tạo Nam Định");
    }

    @Test
    void unitsStackedAboveAKindLineBelowAPagesChromeAreTheColumn() {
        StringBuilder page = new StringBuilder("Liên kết website\nThống kê truy cập\nHôm nay : 11\nTháng 10 : 39\nNăm 2021 : 1.179\n"
                + "A- A A+ | Tăng tương phản\n\nSƠ KẾT HOẠT ĐỘNG CÔNG ĐOÀN\n\nCÔNG ĐOÀN\n\nCĐ PHÒNG GIÁO DỤC YÊN DŨNG\n\n"
                + "CĐ TRƯỜNG THCS TƯ MẠI\n\n\u00a0\n\nBÁO CÁO\n\nSƠ KẾT THI ĐUA CHÀO MỪNG NGÀY 20/11\n\n");
        page.append("Hòa chung không khí thi đua, Ban chấp hành CĐ trường THCS Tư Mại đã tổ chức phát động thi đua.\n");
        Extraction e = read(page.toString());
        assertThat(e.parentIssuer()).isEqualTo("CĐ PHÒNG GIÁO DỤC YÊN DŨNG");
        assertThat(HeaderUnits.stackAboveKind(new TextLines("SƠ KẾT NĂM HỌC\nBÁO CÁO\nTình hình\n"))).isEmpty();
    }

    @Test
    void aHeaderCopiedWithoutDiacriticsAndAnOrnamentUnderItIsWrittenAsTheTextWritesItElsewhere() {
        Extraction e = read("Tải bản đầy đủ (.pdf) (11 trang)\n\nBO Y TE\n\noOo\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n\nsá##j5BYT-KCB\n\n"
                + "V/v hướng dẫn thực hiện nhiệm vụ\n\nKính gửi: Các Sở Y tế\nCác Sở thực hiện nhiệm vụ năm 2019 theo chỉ đạo của Bộ Y tế như sau:\n");
        assertThat(e.issuers()).containsExactly("BỘ Y TẾ");
        assertThat(HeaderUnits.ornament("---o0o---")).isTrue();
        assertThat(HeaderUnits.ornament("TỔ TOÁN")).isFalse();
    }

    @Test
    void theOfficeServingTheDelegationTheCouncilAndTheCommitteeIsOneBody() {
        assertThat(HeaderShapes.officeOfBoth("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh")).isTrue();
        assertThat(HeaderShapes.officeOfBoth("Văn phòng HĐND và UBND huyện")).isTrue();
        assertThat(HeaderShapes.officeOfBoth("Văn phòng Tỉnh ủy và UBND tỉnh")).isFalse();
        Extraction e = read("Lịch tiếp công dân năm 2022 tại Trụ sở Tiếp công dân tỉnh\n"
                + "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh thông báo lịch tiếp công dân năm 2022 như sau:\n1/. Tháng 01/2022:\n");
        assertThat(e.issuers()).containsExactly("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh");
    }
}
