package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 19: the title failures of the retired held-out 9 (and held-out 8 and the s18 dev batches), each shape written here
 * as a short text of our own: a title in capitals broken inside its year range ("… 2021 -" / "2025", "… 2021" / "- 2025"), a
 * title whose period line or unit line below it was dropped ("Năm học : 2016 - 2017", "Năm học 2020-2021 HIỆU TRƯỞNG …", a
 * school's name over a blank line above the enacting principal), a news lead run on into ", với những nội dung cụ thể như
 * sau", a schedule ("Lịch tiếp công dân …") whose line is the document's title — and the refusals and old readings that guard them.
 */
class TitleShapesSession19Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH HÒA BÌNH
            Số: 120/QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hòa Bình, ngày 10 tháng 12 năm 2020
            """;

    @Test
    void aCapitalsTitleBrokenAfterTheDashOfItsYearRangeGoesOnOverTheSecondYear() {
        Extraction e = read(HEADER + """
                QUYẾT ĐỊNH
                VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN TỈNH HÒA BÌNH GIAI ĐOẠN 2021 -
                2025
                ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN TỈNH HÒA BÌNH GIAI ĐOẠN 2021 - 2025");
    }

    @Test
    void aCapitalsTitleBrokenBeforeTheDashOfItsYearRangeGoesOnOverTheSecondYear() {
        Extraction e = read(HEADER.replace("120/QĐ-UBND", "45/KH-UBND") + """
                KẾ HOẠCH
                THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2021
                - 2025
                Thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertThat(e.title()).isEqualTo("THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2021 - 2025");
    }

    @Test
    void aYearAloneUnderATitleThatClosedOnNoRangeStaysOut() {
        Extraction e = read(HEADER.replace("120/QĐ-UBND", "45/KH-UBND") + """
                KẾ HOẠCH
                TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TỈNH
                2021
                Thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:
                """);
        assertThat(e.title()).isEqualTo("TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TỈNH");
    }

    @Test
    void aSchoolYearLineWithAColonUnderTheKindLineBelongsToTheTitle() {
        Extraction e = read("""
                Phòng GD&ĐT Kim Động Cộng hòa xã hội chủ nghĩa Việt Nam
                Trường THCS Toàn Thắng Độc lập – Tự do – Hạnh phúc
                KẾ HOẠCH TỔ XÃ HỘI
                Năm học : 2019 - 2020
                * Những căn cứ để xây dựng kế hoạch :
                - Công văn số 1113/SGD&ĐT-GDTrH ngày 06/9/2019 của Sở Giáo dục và Đào tạo.
                """);
        assertThat(e.title()).isEqualTo("TỔ XÃ HỘI Năm học : 2019 - 2020");
    }

    @Test
    void aSchoolYearLineWithAColonUnderATitleInRunningCaseStaysOutAsTheSeedsHaveIt() {
        Extraction e = read("""
                TRƯỜNG MẦM NON HOA SEN
                KẾ HOẠCH
                Thực hiện quy chế dân chủ trong trường học

                Năm học: 2022-2023
                Căn cứ Kế hoạch số 12/KH-GDĐT ngày 3 tháng 3 năm 2022 của Phòng Giáo dục và Đào tạo;
                """);
        assertThat(e.title()).isEqualTo("Thực hiện quy chế dân chủ trong trường học");
    }

    @Test
    void aSchoolYearGluedToThePrincipalsEnactingLineGivesItsYearsToTheTitle() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN QUẬN 3
                TRƯỜNG TRUNG HỌC CƠ SỞ LÊ LỢI
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 12 /QĐ-LL Quận 3, ngày 5 tháng 9 năm 2021
                QUYẾT ĐỊNH
                Về việc thành lập Tổ kiểm tra nội bộ trường học
                Năm học 2021-2022 HIỆU TRƯỞNG TRƯỜNG THCS LÊ LỢI
                Căn cứ Luật Giáo dục;
                """);
        assertThat(e.title()).isEqualTo("Về việc thành lập Tổ kiểm tra nội bộ trường học Năm học 2021-2022");
    }

    @Test
    void aSchoolsNameOverABlankLineAboveThePrincipalsEnactingLineBelongsToTheTitle() {
        Extraction e = read("""
                PHÒNG GD&ĐT HUYỆN NGA SƠN

                TRƯỜNG TIỂU HỌC NGA THỦY

                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

                Độc lập - Tự do - Hạnh phúc

                Số: 21/QĐ-THNT

                Nga Thủy, ngày 4 tháng 3 năm 2021

                QUYẾT ĐỊNH

                Ban hành Quy chế chi tiêu nội bộ

                Trường Tiểu học Nga Thủy

                HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC NGA THỦY

                Căn cứ Luật Giáo dục năm 2019;
                """);
        assertThat(e.title()).isEqualTo("Ban hành Quy chế chi tiêu nội bộ Trường Tiểu học Nga Thủy");
    }

    @Test
    void aMixedCaseTitleDoesNotTakeTheUnitLineOfABodyBelowIt() {
        Extraction e = read("""
                PHÒNG GD&ĐT HUYỆN NGA SƠN

                TRƯỜNG TIỂU HỌC NGA THỦY

                Số: 22/KH-THNT

                Nga Thủy, ngày 4 tháng 3 năm 2021

                KẾ HOẠCH

                Tổ chức ngày hội đọc sách

                Trường Tiểu học Nga Thủy xây dựng kế hoạch như sau:

                I. MỤC ĐÍCH
                """);
        assertThat(e.title()).isEqualTo("Tổ chức ngày hội đọc sách");
    }

    @Test
    void aNewsLeadsPlanEndsBeforeTheContentsItAnnounces() {
        Extraction comma = read("""
                Vui Tết Trung thu 2022 tại các nhà văn hóa thôn
                Đăng lúc: 08:11:03 20/09/2022 (GMT+7)
                Ngày 15/8 âm lịch, tại các nhà văn hóa thôn trên địa bàn xã đồng loạt tổ chức vui Tết Trung thu cho các em thiếu nhi

                Thực hiện chương trình công tác Đoàn năm 2022;

                Ban Chấp hành Đoàn xã xây dựng kế hoạch tổ chức vui Tết Trung thu cho thiếu nhi xã Yên Lạc năm 2022, với những nội dung cụ thể như sau:

                - Tổ chức các hoạt động vui tươi, an toàn.
                """);
        assertThat(comma.title()).isEqualTo("tổ chức vui Tết Trung thu cho thiếu nhi xã Yên Lạc năm 2022");
        Extraction bare = read("""
                Skip to main content
                HĐND XÃ YÊN LẠC TỔ CHỨC PHIÊN GIẢI TRÌNH

                Sau khi thống nhất tại phiên họp đầu tháng 9 năm 2023. Thường trực Hội đồng nhân dân xã xây dựng Kế hoạch tổ chức phiên họp giải trình về công tác thu gom rác thải với các nội dung cụ thể như sau:

                - Nội dung thứ nhất: việc thu gom rác thải.
                """);
        assertThat(bare.title()).isEqualTo("tổ chức phiên họp giải trình về công tác thu gom rác thải");
    }

    @Test
    void aScheduleOfCitizenReceptionsIsTitledByItsOwnLine() {
        Extraction alone = read("""
                Lịch tiếp công dân năm 2022 tại Trụ sở Tiếp công dân huyện
                Văn phòng HĐND và UBND huyện thông báo lịch tiếp công dân năm 2022 như sau:
                1/. Tháng 01/2022:
                07 giờ 30 ngày 06/01/2022 Chủ tịch UBND huyện;
                """);
        assertThat(alone.title()).isEqualTo("Lịch tiếp công dân năm 2022 tại Trụ sở Tiếp công dân huyện");
        Extraction underNotice = read("""
                Thông báo lịch tiếp công dân định kỳ
                LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ
                CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
                       Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;
                       Văn phòng HĐND và UBND huyện thông báo lịch tiếp công dân như sau:
                1. Tiếp công dân định kỳ: vào ngày 05 và 20 hàng tháng.
                """);
        assertThat(underNotice.title()).isEqualTo("LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH");
        Extraction underHeadline = read("""
                image banner
                Lịch Tiếp công dân năm 2023
                Lượt xem: 120
                Lịch tiếp công dân của Chủ tịch UBND xã Yên Lạc năm 2023
                Thực hiện Luật Tiếp công dân năm 2013, Chủ tịch UBND xã Yên Lạc đã ban hành Quyết định số 05/QĐ-UBND ngày 14/01/2019 về việc ban hành Nội quy tiếp công dân tại Trụ sở UBND xã Yên Lạc.
                * Thời gian tiếp công dân định kỳ của Chủ tịch UBND xã: thứ Năm hàng tuần.
                """);
        assertThat(underHeadline.title()).isEqualTo("Lịch tiếp công dân của Chủ tịch UBND xã Yên Lạc năm 2023");
    }

    @Test
    void aScheduleNamedInsideABodySentenceIsNoTitle() {
        Extraction e = read("""
                UBND xã Yên Lạc tổ chức hội nghị tiếp xúc cử tri

                Sáng 5/6, UBND xã Yên Lạc tổ chức hội nghị tiếp xúc cử tri. Lịch tiếp công dân của xã được niêm yết tại trụ sở.
                """);
        assertThat(e.title()).isNotEqualTo("Lịch tiếp công dân của xã được niêm yết tại trụ sở");
    }
    @Test
    void aTitleInAPageRunOntoOneLineEndsAtTheDashedRuleUnderIt() {
        Extraction e = read("""
                Tuyên Quang là tỉnh miền núi phía Bắc ...
                12
                TỈNH ỦY TUYÊN QUANG * Số 88-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM Tuyên Quang, ngày 12 tháng 5 năm 2020 BÁO CÁO Sơ kết 5 năm thực hiện Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển du lịch giai đoạn 2016 - 2020 ----- Tuyên Quang là tỉnh miền núi phía Bắc, có diện tích tự nhiên 5.867 km 2, dân số hơn 780 nghìn người, gồm 22 dân tộc cùng sinh sống.
                """);
        assertThat(e.title()).isEqualTo("Sơ kết 5 năm thực hiện Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển du lịch giai đoạn 2016 - 2020");
    }
    @Test
    void aRegulationsHeadlineAboveTheDecisionIssuingItGivesTheDecisionsTitle() {
        Extraction e = read("""
                QUY CHẾ LÀM VIỆC CỦA HỘI ĐỒNG TRƯỜNG TRUNG HỌC CƠ SỞ AN HÒA NĂM HỌC 2023-2024
                QUYẾT ĐỊNH
                BAN HÀNH QUY CHẾ LÀM VIỆC CỦA HỘI ĐỒNG TRƯỜNG TRUNG HỌC CƠ SỞ AN HÒA NĂM HỌC 2023-2024
                - Căn cứ Luật Giáo dục năm 2019;
                HIỆU TRƯỞNG TRƯỜNG THCS AN HÒA
                """);
        assertThat(e.title()).isEqualTo("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA HỘI ĐỒNG TRƯỜNG TRUNG HỌC CƠ SỞ AN HÒA NĂM HỌC 2023-2024");
        Extraction plan = read("""
                KẾ HOẠCH TỔ CHỨC HỘI THI VĂN NGHỆ CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM NĂM 2023
                Căn cứ Kế hoạch năm học 2023-2024 của nhà trường;
                QUYẾT ĐỊNH
                """);
        assertThat(plan.title()).isEqualTo("TỔ CHỨC HỘI THI VĂN NGHỆ CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM NĂM 2023");
    }
    @Test
    void aKindTheSymbolSpellsByItsInitialsIsNoPartOfTheTitle() {
        String page = """
                PHÒNG GD & ĐT KIẾN XƯƠNG
                TRƯỜNG MẦM NON BÌNH MINH
                Số: 02/%s - TrMN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập – Tự do – Hạnh phúc
                Bình Minh, ngày 12 tháng 01 năm 2018
                PHƯƠNG HƯỚNG CHIẾN LƯỢC PHÁT TRIỂN TRƯỜNG MẦM NON BÌNH MINH
                GIAI ĐOẠN 2018 - 2023
                PHẦN I: MỞ ĐẦU
                """;
        assertThat(read(page.formatted("PHCL")).title()).isEqualTo("PHÁT TRIỂN TRƯỜNG MẦM NON BÌNH MINH GIAI ĐOẠN 2018 - 2023");
        assertThat(read(page.formatted("KH")).title()) // no symbol of the kind: the line stays whole
                .isEqualTo("PHƯƠNG HƯỚNG CHIẾN LƯỢC PHÁT TRIỂN TRƯỜNG MẦM NON BÌNH MINH GIAI ĐOẠN 2018 - 2023");
    }
    @Test
    void aPageWithABlankLineUnderEveryLineIsSearchedForItsKindLineByItsLinesNotItsBlanks() {
        Extraction e = read("""
                Liên kết website

                Thống kê truy cập

                Hôm nay : 25

                Tháng 11 : 140

                Năm 2020 : 2.310

                A- A A+ | Tăng tương phản Giảm tương phản

                TỔNG KẾT HOẠT ĐỘNG ĐỘI

                LIÊN ĐỘI TRƯỜNG THCS AN LẠC

                BÁO CÁO

                TỔNG KẾT PHONG TRÀO KẾ HOẠCH NHỎ

                (Đợt 1, năm học 2020 - 2021)

                Thực hiện kế hoạch của Hội đồng Đội huyện, Liên đội đã phát động phong trào kế hoạch nhỏ trong toàn trường.
                """);
        assertThat(e.title()).isEqualTo("TỔNG KẾT PHONG TRÀO KẾ HOẠCH NHỎ (Đợt 1, năm học 2020 - 2021)");
    }

    @Test
    void aBracketedLineThatIsAnAnnexNoteStaysOutOfATitleInCapitals() {
        Extraction e = read(HEADER.replace("120/QĐ-UBND", "12/QC-UBND") + """
                QUY CHẾ
                LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NHIỆM KỲ 2021 - 2026

                (Ban hành kèm theo Quyết định số 120/QĐ-UBND ngày 10/12/2020)

                Chương I
                """);
        assertThat(e.title()).isEqualTo("LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH NHIỆM KỲ 2021 - 2026");
    }

    @Test
    void anIssuerInCapitalsUnderTheKindLineIsNoPartOfTheTitle() {
        Extraction e = read("""
                Ban biên tập giới thiệu toàn văn Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển du lịch
                NGHỊ QUYẾT
                CỦA BAN THƯỜNG VỤ TỈNH ỦY
                về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới
                —–
                Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:
                """);
        assertThat(e.title()).isEqualTo("về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới");
    }

    @Test
    void aSubjectInQuotationMarksIsGivenWithoutThem() {
        Extraction e = read("""
                PHÒNG GD - ĐT TÂN YÊN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TRƯỜNG THCS NGỌC THIỆN               Độc lập - Tự do - Hạnh Phúc
                Số:    /QĐ-THCS
                Ngọc Thiện, ngày 5 tháng 9 năm 2019
                QUYẾT ĐỊNH
                “V/v Thành lập Ban kiểm tra nội bộ trường học năm học 2019– 2020”
                HIỆU TRƯỞNG TRƯỜNG THCS NGỌC THIỆN
                - Căn cứ Điều lệ trường trung học cơ sở;
                """);
        assertThat(e.title()).isEqualTo("V/v Thành lập Ban kiểm tra nội bộ trường học năm học 2019– 2020");
    }

    @Test
    void thePagesBasesDoNotUseUpTheParagraphsWhereAPlanIsToldOf() {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            page.append("Căn cứ Hướng dẫn số ").append(i).append("/PGD&ĐT ngày 8/9/2018 của Phòng GD&ĐT về việc thực hiện nhiệm vụ năm học;\n\n");
        }
        page.append("Ban chỉ đạo y tế trường học trường mầm non Hoa Mai xây dựng kế hoạch phòng chống dịch bệnh cho trẻ năm học 2018-2019 với các nội dung sau:\n\n");
        page.append("I. Mục tiêu: bảo vệ sức khỏe cho trẻ.\n");
        assertThat(read(page.toString()).title()).isEqualTo("phòng chống dịch bệnh cho trẻ năm học 2018-2019");
    }
    @Test
    void aKindWordInRunningCaseAloneOnItsLineIsTheKindLineAboveTheTitle() {
        Extraction e = read("""
                Chương trình công tác Đội năm học 2019 – 2020
                HỘI ĐỒNG ĐỘI HUYỆN LỆ THỦY                    ĐỘI TNTP HỒ CHÍ MINH
                Liên đội trường TH Hồng Thủy
                Kế hoạch
                Công tác Đội và phong trào thiếu nhi năm học 2019 – 2020
                Thực hiện Chương trình công tác Đội và phong trào thiếu nhi năm học 2019 – 2020 của Hội đồng Đội tỉnh Quảng Bình;
                """);
        assertThat(e.title()).isEqualTo("Công tác Đội và phong trào thiếu nhi năm học 2019 – 2020");
        Extraction cell = read("""
                Tiêu đề văn bản | Kế hoạch số 15/KH-UBND vv Thực hiện chuyển đổi số trong các trường học năm 2021
                Số hiệu | 15/KH-UBND | Cơ quan ban hành | UBND huyện Yên Dũng |
                Loại tài liệu | Kế hoạch | Người ký | Phó Chủ tịch |
                """);
        assertThat(cell.title()).doesNotStartWith("Tiêu đề văn bản");
    }
    @Test
    void aKindWordBrokenOverTwoLinesIsReadAsOneKindLine() {
        Extraction e = read("""
                PHÒNG GIÁO DỤC & ĐÀO TẠO QUẬN 9
                TRƯỜNG THCS
                PHƯỚC BÌNH.
                Số 03 KH - TV
                |
                CỘNG HÒA XÃ
                HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập – Tự
                do – Hạnh phúc
                Phước Bình, ngày 28 tháng 10 năm 2017
                |
                KẾ
                HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 11
                1.
                Tổng vệ sinh thư viện, sắp xếp lại bàn
                ghế, kho sách.
                """);
        assertThat(e.title()).isEqualTo("HOẠT ĐỘNG THƯ VIỆN THÁNG 11");
    }

    @Test
    void theMottoIsNeverATitle() {
        assertThat(TitleSignals.bound("Độc lập – Tự do – Hạnh phúc").text()).isNull();
        assertThat(TitleSignals.bound("do – Hạnh phúc").text()).isNull();
        assertThat(TitleSignals.bound("BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO NHÓM TRẺ ĐỘC LẬP").text()).isNotNull();
    }
    @Test
    void aConclusionNamedByItsKindWordAndIssuerGivesItsSubject() {
        assertThat(TitleSignals.bound("kết luận của Ban Thường vụ Tỉnh ủy về chủ trương tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024").text())
                .isEqualTo("về chủ trương tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024");
    }
}
