package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 20: shapes of the number, symbol, date and place of documents WITH a header block, found failing in the retired
 * held-out 10 or in copies of the tuning texts given a realistic shape (a comma-less date cell, an en dash inside a
 * symbol), each as a short text of our own — with the refusals that keep look-alikes out.
 */
class HeaderFieldsSession20Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String BODY = "\n\nCăn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2022 của UBND huyện;\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
            + "1. Mục đích\n\nNâng cao chất lượng hoạt động của nhà trường.\n";

    // ---- a portal's registry row above a header laid out one cell per line ----

    @Test
    void aRegistryRowAboveTheHeaderLeavesTheHeadersOwnNumberCell() {
        Extraction e = read("Báo cáo kết quả tháng 6 năm 2022\n\nSố kí hiệu Số: 218 /BC-UBND\nNgày ban hành 24/06/2022\n"
                + "Ngày bắt đầu hiệu lực 24/06/2022\nThể loại Văn bản\nLĩnh vực Văn bản chỉ đạo điều hành\nCơ quan ban hành Khác\n"
                + "Người ký Nguyễn Văn An\n\nNội dung\n\nỦY BAN NHÂN DÂN\n     XÃ HÒA AN\n\n\nSố: 218 /BC-UBND\n \n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\nHòa An, ngày  24 tháng 6  năm 2022\nBÁO CÁO\n"
                + "Kết quả thực hiện nhiệm vụ tháng 6 năm 2022" + BODY);
        assertThat(e.number()).isEqualTo(218);
        assertThat(e.symbol()).isEqualTo("BC-UBND");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN XÃ HÒA AN");
        assertThat(e.issueDate()).isEqualTo(new DateParts(24, 6, 2022));
    }

    @Test
    void aPageTitleNumberFarAboveAMottoWithoutNumberCellGivesNoOtherNumber() {
        Extraction e = read("Thông tư Số: 28/2014/TT-BGDĐT\n\n" + "Tải về\n\n".repeat(8) + "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 26 tháng 8 năm 2014\n\nTHÔNG TƯ\n"
                + "Quy định chế độ làm việc" + BODY);
        assertThat(e.number()).isNull();
        assertThat(e.issueDate()).isEqualTo(new DateParts(26, 8, 2014));
    }

    // ---- a download site's preview of the header, cut with "[.]", below its chrome ----

    @Test
    void aPreviewCutWithEllipsisBelowPageChromeIsNotTheHeader() {
        Extraction e = read("1. Trang chủ\n\nTHÔNG TIN TÀI LIỆU\n\nSố trang 19\n\nNội dung\n\n"
                + "UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO Số 424/SGDĐT TĐKT V/v hướng dẫn tổng kết CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập"
                + " Tự do Hạnh p[.]\n\nUBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 424/SGDĐT-TĐKT Sơn La, ngày"
                + " 05 tháng 4 năm 2018 Độc lập - Tự do - Hạnh phúc V/v hướng dẫn tổng kết công tác thi đua khen thưởng năm học 2017-2018"
                + " Kính gửi: Các đơn vị trực thuộc Sở; Căn cứ Quyết định số 36/2017/QĐ-UBND ngày 04/11/2017 của UBND tỉnh.\n");
        assertThat(e.number()).isEqualTo(424);
        assertThat(e.symbol()).isEqualTo("SGDĐT-TĐKT");
        assertThat(e.parentIssuer()).isEqualTo("UBND TỈNH SƠN LA");
    }

    // ---- a comma-less date cell after an anchor ----

    @Test
    void aDateCellWithoutCommaAfterTheMottoIsRead() {
        Extraction e = read("UBND QUẬN HÀ ĐÔNG\nTRƯỜNG MN VĂN PHÚC\nSố: 11 /KH - MNVP\n|\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập – Tự do – Hạnh phúc\nHà Đông ngày 30 tháng 01 năm 2020\n|\nKẾ HOẠCH\nPhòng chống dịch bệnh" + BODY);
        assertThat(e.issuePlace()).isEqualTo("Hà Đông");
        assertThat(e.issueDate()).isEqualTo(new DateParts(30, 1, 2020));
    }

    @Test
    void aDateCellWithoutCommaAfterTheSymbolIsRead() {
        Extraction e = read("PHÒNG GD&ĐT HÒA AN\nTRƯỜNG MẦM NON LONG THƯỢNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 144 /BC-MGLT Long Thượng ngày 10 tháng 05 năm 2023\n\nBÁO CÁO\nKết quả tổ chức ngày hội" + BODY);
        assertThat(e.number()).isEqualTo(144);
        assertThat(e.symbol()).isEqualTo("BC-MGLT");
        assertThat(e.issuePlace()).isEqualTo("Long Thượng");
        assertThat(e.issueDate()).isEqualTo(new DateParts(10, 5, 2023));
    }

    @Test
    void aCommaIsPutBackOnlyBeforeAWholeDateOpeningTheCell() {
        assertThat(DateCells.commaless("Thành phố Hồ Chí Minh ngày 19 tháng 8 năm 2025")).isEqualTo("Thành phố Hồ Chí Minh, ngày 19 tháng 8 năm 2025");
        assertThat(DateCells.commaless("————— Hà Nội ngày 28 tháng 06 năm 2016")).isEqualTo("————— Hà Nội, ngày 28 tháng 06 năm 2016");
        // a citation's date: running text before it, or no place between the symbol and "ngày"
        assertThat(DateCells.commaless("của UBND tỉnh Lai Châu ngày 30 tháng 7 năm 2021")).isEqualTo("của UBND tỉnh Lai Châu ngày 30 tháng 7 năm 2021");
        assertThat(DateCells.commaless("ngày 05 tháng 8 năm 2025 của Bộ")).isEqualTo("ngày 05 tháng 8 năm 2025 của Bộ");
        // a blank day or month is no whole date
        assertThat(DateCells.commaless("Hà Nội ngày tháng 8 năm 2025")).isEqualTo("Hà Nội ngày tháng 8 năm 2025");
    }

    @Test
    void aCitationAfterASymbolInTheBodyGivesNoPlace() {
        Extraction e = read("UBND HUYỆN HÒA AN\nTRƯỜNG THCS HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 15/KH-THCS\n\nKẾ HOẠCH\nTổ chức ngày hội đọc sách\n\nCăn cứ Công văn số 4555/BGDĐT-GDPT ngày 05 tháng 8 năm 2025 của Bộ;\n");
        assertThat(e.issuePlace()).isNull();
        assertThat(e.issueDate().day()).isNull();
    }

    // ---- an en dash typed inside a symbol ----

    @Test
    void anEnDashInsideASymbolJoinsItsBlocks() {
        Extraction e = read("THỦ TƯỚNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 1155/QĐ–TTg\n\n"
                + "Hà Nội, ngày 28 tháng 06 năm 2016\n\nQUYẾT ĐỊNH\nPhê duyệt đề án" + BODY);
        assertThat(e.symbol()).isEqualTo("QĐ–TTg");
        Extraction mixed = read("UBND HUYỆN HÒA AN\nTRƯỜNG MN TRỊNH XÁ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 110/BC–MNTrX\n\nTrịnh Xá, ngày 10 tháng 5 năm 2016\n\nBÁO CÁO\nKết quả năm học" + BODY);
        assertThat(mixed.symbol()).isEqualTo("BC–MNTrX");
    }

    @Test
    void aSpacedEnDashBeforeAPlaceIsNoPartOfTheSymbol() {
        Extraction e = read("UBND HUYỆN HÒA AN\nTRƯỜNG THCS HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 15/KH-THCS – Hòa An, ngày 19 tháng 04 năm 2022\n\nKẾ HOẠCH\nTổ chức ngày hội đọc sách" + BODY);
        assertThat(e.symbol()).isEqualTo("KH-THCS");
        assertThat(e.issuePlace()).isEqualTo("Hòa An");
    }

    // ---- a record (biên bản) dated by its meeting ----

    @Test
    void aRecordWithoutDateCellIsDatedByTheMeetingItMinutes() {
        Extraction e = read("TRƯỜNG THPT HÒA AN. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. BAN ĐẠI DIỆN CMHS. Độc lập - Tự do - Hạnh phúc. BIÊN BẢN"
                + " (V/v họp cha mẹ học sinh lớp 10a2 đầu năm học 2017 – 2018 ) I/. Thời gian, địa điểm: Vào lúc ……. giờ …. phút, ngày 19"
                + " tháng 8 năm 2017, tại phòng học số 3. II/. Thành phần tham dự: …\n");
        assertThat(e.issueDate()).isEqualTo(new DateParts(19, 8, 2017));
    }

    @Test
    void aDocumentThatIsNoRecordIsNotDatedByAMeetingSentence() {
        Extraction e = read("TRƯỜNG THPT HÒA AN\n\nKẾ HOẠCH\nTổ chức họp cha mẹ học sinh\n\nVào lúc 8 giờ ngày 19 tháng 8 năm 2017, nhà trường tổ"
                + " chức họp cha mẹ học sinh.\n");
        assertThat(e.issueDate()).isEqualTo(new DateParts(null, null, null));
        assertThat(FieldCues.recorded("BIÊN BẢN\nHọp tổ chuyên môn\nThành phần: toàn tổ.\n")).isNull();
    }

    // ---- a blank number cell alone, its symbol on a line below ----

    @Test
    void aBlankNumberCellAloneTakesTheSymbolOnALineBelow() {
        Extraction e = read("UBND XÃ QUẢNG ĐIỀN\nTRƯỜNG THCS TRẦN THÚC NHẪN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Quảng Điền, ngày 06 tháng 01 năm 2026\nSố:\n/BC-TTN\nBÁO CÁO SƠ KẾT HOẠT ĐỘNG THƯ VIỆN HỌC KỲ I\nNĂM HỌC 2025 - 2026" + BODY);
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isEqualTo("BC-TTN");
        Extraction across = read("VĂN PHÒNG CHÍNH PHỦ\nSố:\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n/TTr-VPCP\n\n"
                + "Hà Nội, ngày\n\ntháng\n\nnăm 2016\n\nDỰ THẢO\n\nTỜ TRÌNH\nVề dự thảo Nghị định ban hành Quy chế làm việc" + BODY);
        assertThat(across.symbol()).isEqualTo("TTr-VPCP");
        assertThat(across.issuers()).containsExactly("VĂN PHÒNG CHÍNH PHỦ"); // the draft's stamp is no part of the unit
    }

    @Test
    void aNumberCellWrappedAfterItsColonIsOneCell() {
        Extraction e = read("UBND HUYỆN CAM LÂM\nTRƯỜNG MẦM NON MỸ HƯNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số:\n149/KH-MNMH\n\nMỹ Hưng, ngày 07 tháng 9 năm 2018\n\nKẾ HOẠCH\nTổ chức ngày hội đến trường" + BODY);
        assertThat(e.number()).isEqualTo(149);
        assertThat(e.symbol()).isEqualTo("KH-MNMH");
        assertThat(e.title()).isEqualTo("Tổ chức ngày hội đến trường");
    }

    @Test
    void aSymbolLineBelowBodyTextIsNotTakenForTheBlankNumber() {
        java.util.List<String> raw = java.util.List.of("Số:", "Kính gửi các đơn vị trực thuộc", "/KH-UBND");
        assertThat(HeaderGaps.symbolBelow(raw, 0, raw.size())).isEqualTo(-1);
        java.util.List<String> filled = java.util.List.of("Số: 12", "/KH-UBND");
        assertThat(HeaderGaps.symbolBelow(filled, 0, filled.size())).isEqualTo(-1);
    }

    // ---- a school year in brackets or joined by a slash ----

    @Test
    void aSchoolYearInBracketsOrWithASlashIsTheSchoolYear() {
        Extraction e = read("CĐGD QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCĐ TRƯỜNG THPT TÂN LÂM Độc lập – Tự do – Hạnh phúc\n\n"
                + "Tân Lâm, ngày 27/5/ 2009\n\nBÁO CÁO\nTổng kết hoạt động công đoàn năm học (2008-2009)" + BODY);
        assertThat(e.period().kind()).isEqualTo("SCHOOL_YEAR");
        assertThat(e.period().value()).isEqualTo("2008-2009");
        Extraction slash = read(header("KẾ HOẠCH", "Hoạt động thư viện năm học 2020/2021"));
        assertThat(slash.period().value()).isEqualTo("2020-2021");
    }

    private static String header(String kindLine, String title) {
        return "UBND HUYỆN HÒA AN\nTRƯỜNG THCS HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/KH-THCS\n\n"
                + "Hòa An, ngày 19 tháng 09 năm 2020\n\n" + kindLine + "\n" + title + BODY;
    }

    // ---- a date cell wrapped after the place's comma ----

    @Test
    void aDateCellWrappedAfterThePlacesCommaIsOneCell() {
        Extraction e = read("UBND HUYỆN HÒA AN\nTRƯỜNG THCS HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 15/KH-THCS\n\nThành phố Hồ Chí Minh,\nngày 19 tháng 04 năm 2022\n\nKẾ HOẠCH\nTổ chức ngày hội đọc sách" + BODY);
        assertThat(e.issuePlace()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(e.issueDate()).isEqualTo(new DateParts(19, 4, 2022));
        Extraction afterSymbol = read("UBND HUYỆN HÒA AN\nTRƯỜNG MẦM NON LONG THƯỢNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n\nSố: 144 /BC-MGLT Long Thượng,\nngày 10 tháng 05 năm 2023\n\nBÁO CÁO\nKết quả tổ chức" + BODY);
        assertThat(afterSymbol.issuePlace()).isEqualTo("Long Thượng");
        assertThat(afterSymbol.issueDate()).isEqualTo(new DateParts(10, 5, 2023));
    }

    @Test
    void aPlacesCommaEndingALineJoinsOnlyADateCellsRest() {
        java.util.List<String> raw = java.util.List.of("Hà Nội,", "", "ngày 05 tháng 3 năm 2021");
        assertThat(DateCells.placeOpen("Hà Nội,", raw, 0, raw.size())).isTrue();
        java.util.List<String> sentence = java.util.List.of("Hà Nội,", "Kính gửi: các đơn vị");
        assertThat(DateCells.placeOpen("Hà Nội,", sentence, 0, sentence.size())).isFalse();
        java.util.List<String> lower = java.util.List.of("các trường trên địa bàn,", "ngày 05 tháng 3 năm 2021");
        assertThat(DateCells.placeOpen("các trường trên địa bàn,", lower, 0, lower.size())).isFalse();
    }
}
