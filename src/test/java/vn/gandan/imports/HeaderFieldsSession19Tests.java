package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 19: shapes of the number, symbol, date, place and kind found failing in the retired held-out 9 (first seen by
 * the extractor as a held-out part), each as a short text of our own — with the refusals that keep look-alikes out.
 */
class HeaderFieldsSession19Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static String header(String unit, String numberLine, String dateLine, String kindLine, String title) {
        return "UBND HUYỆN HÒA AN\n" + unit + "\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + numberLine + "\n\n"
                + dateLine + "\n\n" + kindLine + "\n\n" + title + "\n\nCăn cứ Kế hoạch số 12/KH-PGDĐT ngày 02/3/2022 của Phòng GD&ĐT;\n\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao chất lượng hoạt động của nhà trường.\n";
    }

    // ---- the number line ----

    @Test
    void aNumberLineThatLostItsVowelStillGivesNumberAndSymbol() {
        Extraction e = read(header("TRƯỜNG THCS HÒA AN", "S: 2579/Q Đ-UBND", "Hòa An, ngày 08 tháng 11 năm 2010", "QUYẾT ĐỊNH",
                "Về việc phê duyệt kế hoạch phổ cập giáo dục"));
        assertThat(e.number()).isEqualTo(2579);
        assertThat(e.symbol()).isEqualTo("QĐ-UBND");
    }

    @Test
    void aCapitalSAloneInRunningTextIsNoNumberLine() {
        Extraction e = read(header("TRƯỜNG THCS HÒA AN", "", "Hòa An, ngày 08 tháng 11 năm 2010", "KẾ HOẠCH",
                "Tổ chức ngày hội đọc sách") + "\nDiện tích S: 120 m2 của thư viện.\n");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isNull();
    }

    @Test
    void aSymbolWrittenAfterSlashDashIsKeptAsWritten() {
        Extraction e = read(header("TRƯỜNG TH&THCS THÁI THÀNH", "Số: 01/-TH&THCSTT", "Thái Thành, ngày 26 tháng 9 năm 2020", "QUYẾT ĐỊNH",
                "Ban hành quy chế phối hợp giữa Công đoàn và Nhà trường"));
        assertThat(e.number()).isEqualTo(1);
        assertThat(e.symbol()).isEqualTo("-TH&THCSTT");
    }

    @Test
    void aSymbolAfterTheNumberWithoutSlashEndingTheLineIsRead() {
        Extraction e = read("PHÒNG GIÁO DỤC & ĐÀO TẠO QUẬN 2\nTRƯỜNG THCS NGUYỄN THỊ ĐỊNH\nSố 02 KH - TV\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập – Tự do – Hạnh phúc\nNguyễn Thị Định, ngày 28 tháng 9 năm 2016\n|\nKẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10\n"
                + "1. Tổng vệ sinh thư viện.\n");
        assertThat(e.number()).isEqualTo(2);
        assertThat(e.symbol()).isEqualTo("KH-TV");
    }

    @Test
    void aNumberFollowedByWordsInRunningTextIsNoSymbol() {
        Extraction e = read(header("TRƯỜNG THCS HÒA AN", "", "Hòa An, ngày 08 tháng 11 năm 2010", "KẾ HOẠCH",
                "Tổ chức ngày hội đọc sách") + "\nSố 02 KH - TV nói trên được gửi kèm để tham khảo\n");
        assertThat(e.number()).isNull();
    }

    // ---- the date and place cell ----

    @Test
    void anImpossibleMonthIsNotShown() {
        Extraction e = read(header("TRƯỜNG TH LƯƠNG YÊN", "Số: 02/KH-TVLY", "Lương Yên, ngày 30 tháng 0 năm 2020", "KẾ HOẠCH",
                "Tổ chức ngày hội đọc sách"));
        assertThat(e.issueDate()).isEqualTo(new DateParts(30, null, 2020));
        assertThat(FieldRepairs.valid(new DateParts(0, 13, 2020))).isEqualTo(new DateParts(null, null, 2020));
        assertThat(FieldRepairs.valid(new DateParts(31, 12, 2020))).isEqualTo(new DateParts(31, 12, 2020));
    }

    @Test
    void aSpunOrdinalDayIsTheDay() {
        Extraction e = read(header("TRƯỜNG TH HÒA AN", "Số: 1271/HD-TH", "Hà Nội, ngày thứ 7 tháng 08 năm 2017", "HƯỚNG DẪN",
                "Tổ chức và hoạt động của Ban thanh tra nhân dân"));
        assertThat(e.issuePlace()).isEqualTo("Hà Nội");
        assertThat(e.issueDate()).isEqualTo(new DateParts(7, 8, 2017));
    }

    @Test
    void aCommunesLetterIsPartOfItsPlace() {
        Extraction e = read(header("TRƯỜNG THCS MỸ AN HƯNG A", "Số: 15/KH-THCS", "Mỹ An Hưng A, ngày 19 tháng 04 năm 2022", "KẾ HOẠCH",
                "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2022"));
        assertThat(e.issuePlace()).isEqualTo("Mỹ An Hưng A");
    }

    @Test
    void aPageHeadlineAboveTheHeaderIsNoUnitOfIt() {
        Extraction e = read("TỔ CHỨC NGÀY SÁCH VÀ VĂN HÓA ĐỌC VIỆT NAM NĂM 2022\n\n" + header("TRƯỜNG THCS MỸ AN HƯNG A", "Số: /KH-THCS",
                "Mỹ An Hưng A, ngày 19 tháng 04 năm 2022", "KẾ HOẠCH", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2022"));
        assertThat(e.issuers()).containsExactly("TRƯỜNG THCS MỸ AN HƯNG A");
        assertThat(e.parentIssuer()).isEqualTo("UBND HUYỆN HÒA AN");
    }

    @Test
    void aUnitGluedBeforeAFourWordPlaceIsStillCut() {
        assertThat(HeaderSegments.placeTrim("Chi Đoàn Giáo Viên Bình liêu")).isGreaterThan(0);
        assertThat(HeaderSegments.placeTrim("Mỹ An Hưng A")).isZero();
    }

    @Test
    void aCopyWithEscapedLineBreaksReadsItsPlaceAndDate() {
        Extraction e = read("\\r\\n ỦY BAN NHÂN DÂN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
                + "\\r\\n Số: 54/KH-UBND \\r\\n | \\r\\n \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \\r\\n | \\r\\n\n"
                + "\\r\\n\\r\\n\\r\\nThực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019 của Thủ tướng Chính phủ, UBND tỉnh xây dựng"
                + " Kế hoạch như sau:\n");
        assertThat(e.number()).isEqualTo(54);
        assertThat(e.issuePlace()).isEqualTo("Lạng Sơn");
        assertThat(e.issueDate()).isEqualTo(new DateParts(27, 3, 2020));
    }

    @Test
    void oneEscapeInATextIsLeftAlone() {
        String text = "Đường dẫn C:\\new\\report.txt được gửi kèm.";
        assertThat(FieldRepairs.unescaped(text)).isSameAs(text);
    }

    @Test
    void aCoversPlaceAndMonthLineDatesAReportWithoutHeaderDate() {
        Extraction e = read("SỞ GIÁO DỤC VÀ ĐÀO TẠO KIÊN GIANG\n\nBÁO CÁO ĐÁNH GIÁ NGOÀI\n\nTRƯỜNG TIỂU HỌC KIM ĐỒNG\n\n"
                + "Kiên Giang, tháng 5/2015\n\nI. TỔNG QUAN\n\nTrường được thành lập năm 1990.\n");
        assertThat(e.issuePlace()).isEqualTo("Kiên Giang");
        assertThat(e.issueDate()).isEqualTo(new DateParts(null, 5, 2015));
    }

    @Test
    void aMonthInsideASentenceIsNoDateLine() {
        Extraction e = read("SỞ GIÁO DỤC VÀ ĐÀO TẠO KIÊN GIANG\n\nBÁO CÁO ĐÁNH GIÁ NGOÀI\n\n"
                + "Đoàn đánh giá làm việc tại Kiên Giang, tháng 5/2015 theo lịch của Sở.\n\nTháng 13/2015\n");
        assertThat(e.issueDate()).isEqualTo(DateParts.BLANK);
        assertThat(e.issuePlace()).isNull();
    }

    // ---- the kind ----

    @Test
    void aJointPlansKindLineUnderOneIssuerIsAJointPlan() {
        Extraction e = read(header("TRƯỜNG TH LƯƠNG THẾ VINH", "Số: 21/KH-THLTV", "Sơn Trà, ngày 25 tháng 3 năm 2022",
                "KẾ HOẠCH PHỐI HỢP TỔ CHỨC NGÀY SÁCH VIỆT NAM", "NĂM HỌC 2021-2022"));
        assertThat(e.docKind()).isEqualTo("KE_HOACH_PHOI_HOP");
    }

    @Test
    void aPlanWhoseTitleOnlyMentionsCoordinationStaysAPlan() {
        Extraction e = read(header("TRƯỜNG TH LƯƠNG THẾ VINH", "Số: 21/KH-THLTV", "Sơn Trà, ngày 25 tháng 3 năm 2022", "KẾ HOẠCH",
                "Thực hiện quy chế phối hợp giữa nhà trường và Công đoàn"));
        assertThat(e.docKind()).isEqualTo("KE_HOACH");
        assertThat(FieldRepairs.jointKind("KE_HOACH", "KẾ HOẠCH TỔ CHỨC HỘI THI PHỐI HỢP")).isEqualTo("KE_HOACH");
        assertThat(FieldRepairs.jointKind("BAO_CAO", "KẾ HOẠCH PHỐI HỢP")).isEqualTo("BAO_CAO");
    }

    @Test
    void aJointPlanSignedInANewsLeadIsAJointPlanDatedByTheSigning() {
        Extraction e = read("Giới trẻ\n\nĐoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình ký kết phối hợp hoạt động\n\nXuân Tùng\n"
                + "TPO - Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình vừa ký kết kế hoạch phối hợp, thể hiện quyết tâm đồng hành cùng tuổi trẻ.\n\n"
                + "Ngày 5/2, anh Bùi Hoàng Tùng - Ủy viên Ban Thường vụ T.Ư Đoàn, Bí thư Đoàn Thanh niên Chính phủ và anh Trần Ngọc Nam - "
                + "Bí thư Tỉnh Đoàn Ninh Bình ký kết Kế hoạch phối hợp giữa Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình.\n");
        assertThat(e.docKind()).isEqualTo("KE_HOACH_PHOI_HOP");
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 2, null));
    }

    @Test
    void aPlanDeployedInANewsLeadIsNoJointPlan() {
        assertThat(FieldRepairs.jointKindTold("KE_HOACH", List.of("Ngày 5/2, Tỉnh Đoàn triển khai kế hoạch phối hợp của Trung ương Đoàn.")))
                .isEqualTo("KE_HOACH");
        assertThat(FieldRepairs.jointKindTold("KE_HOACH", List.of("Tỉnh Đoàn và Sở Giáo dục vừa ký kết kế hoạch phối hợp.")))
                .isEqualTo("KE_HOACH_PHOI_HOP");
    }

    @Test
    void aKindLineOnItsOwnBelowPageChromeGivesTheKind() {
        Extraction e = read("Liên kết website\nThống kê truy cập\nHôm nay : 11\n\nSƠ KẾT HOẠT ĐỘNG CÔNG ĐOÀN\n\nCÔNG ĐOÀN\n\n"
                + "CĐ TRƯỜNG THCS HOÀNG LƯƠNG\n\nBÁO CÁO\n\nSƠ KẾT THI ĐUA CHÀO MỪNG CÁC NGÀY LỄ LỚN\n\nHòa chung với không khí thi đua, "
                + "Ban chấp hành CĐ trường đã tổ chức phát động thi đua.\n");
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
    }

    @Test
    void kindLinesOfTwoKindsGiveNoKind() {
        assertThat(FieldShapes.kindLineAlone(List.of("BÁO CÁO", "Nội dung", "KẾ HOẠCH"), 40)).isNull();
        assertThat(FieldShapes.kindLineAlone(List.of("Báo cáo", "BÁO CÁO tổng kết năm học"), 40)).isNull();
        assertThat(FieldShapes.kindLineAlone(List.of("Trang chủ", "BÁO CÁO TỔNG KẾT NĂM HỌC 2016-2017"), 40)).isEqualTo("BAO_CAO");
        assertThat(FieldShapes.kindLineAlone(List.of("Trang chủ", "BÁO CÁO"), 40)).isEqualTo("BAO_CAO");
    }

    // ---- a page presenting a document's full text ----

    @Test
    void aPagePresentingAFullTextTakesItsNumberSymbolAndDate() {
        Extraction e = read("Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo "
                + "xây dựng thị xã Sông Cầu.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo xây dựng thị xã Sông Cầu\n\n"
                + "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:\n");
        assertThat(e.number()).isEqualTo(10);
        assertThat(e.symbol()).isEqualTo("NQ/TU");
        assertThat(e.issueDate()).isEqualTo(new DateParts(18, 8, 2021));
    }

    @Test
    void aDocumentCitedWithoutFullTextIsNotThePages() {
        assertThat(FieldRepairs.fullText(List.of("Thực hiện Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy, "
                + "UBND thị xã ban hành kế hoạch."))).isNull();
        assertThat(FieldRepairs.fullText(List.of("Tin 1", "Tin 2", "Tin 3", "Xem toàn văn Nghị quyết số 10-NQ/TU tại đây"))).isNull();
    }

    // ---- a page's headline naming a Party document by its dash-joined number ----

    @Test
    void aPartyHeadlinesNumberIsReadEvenWithRespunLetters() {
        Extraction e = read("KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ TRỈỂN KHÀÌ NGHĨÊN CỨƯ SẮP XẾP TỔ CHỨC BỘ MÁỲ\n"
                + "Tạĩ phĩên họp ngàỷ 28/2/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo, Bộ Chính trị, Ban Bí thư có ý kiến như sau:\n");
        assertThat(e.number()).isEqualTo(127);
        assertThat(e.symbol()).isEqualTo("KL/TW");
    }

    @Test
    void aHeadlineWithoutAKindWordGivesNoNumber() {
        assertThat(FieldRepairs.partyHeadline(List.of("Tỉnh ủy Gia Lai 127-KL/TW về sắp xếp bộ máy"))).isNull();
        assertThat(FieldRepairs.partyHeadline(List.of("Đảng bộ", "xã", "An Phú", "Kết luận 127-KL/TW về sắp xếp bộ máy"))).isNull();
        assertThat(FieldRepairs.partyHeadline(List.of("Nghị quyết số 18-NQ/TW về tinh gọn bộ máy")))
                .isEqualTo(new FieldRepairs.Named(18, "NQ/TW"));
    }
}
