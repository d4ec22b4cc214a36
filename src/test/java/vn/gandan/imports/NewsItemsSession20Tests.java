package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 20: documents without a header block — the news and portal shapes held-out 10 (retired into tuning data) showed,
 * each as a short text of our own, with the refusals that keep look-alikes out.
 */
class NewsItemsSession20Tests {

    private static Extraction read(String text) {
        return Extractor.extract("news.txt", text);
    }

    // ---- the sentence that names the document ----

    @Test
    void aSymbolTypedWithSpacesRoundItsDashIsOneSymbolAndTheRecipientsBeforeTheSubjectAreSkipped() {
        Extraction e = read("Chủ tịch UBND huyện tiếp công dân vào ngày 10 hằng tháng\n\n"
                + "HNTV - UBND huyện Hòa An vừa có Thông báo số 05/TB - UBND ngày 04 tháng 01 năm 2023 đến các cơ quan, đơn vị về lịch tiếp công dân "
                + "của Chủ tịch UBND huyện trong năm 2023.\n\nTheo đó, Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10 hằng tháng.\n");
        assertThat(e.number()).isEqualTo(5);
        assertThat(e.symbol()).isEqualTo("TB-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(4, 1, 2023));
        assertThat(e.title()).isEqualTo("về lịch tiếp công dân của Chủ tịch UBND huyện trong năm 2023");
        assertThat(e.issuers()).containsExactly("UBND huyện Hòa An");
    }

    @Test
    void aPlaceBeforeTheDocumentsDateIsNoPartOfItsSymbolAndAnOfficesRelayClauseEndsTheSubject() {
        Extraction e = read("UBND TỈNH YÊU CẦU TRIỂN KHAI ĐIỀU LỆ TRƯỜNG\n\n"
                + "Văn phòng Ủy ban nhân dân tỉnh đã ban hành Công văn số 845/VPUBND-KGVX Cao Bằng, ngày 12 tháng 5 năm 2021 về việc triển khai "
                + "Điều lệ trường trung học truyền đạt ý kiến trên đến các đơn vị biết, thực hiện.\n");
        assertThat(e.number()).isEqualTo(845);
        assertThat(e.symbol()).isEqualTo("VPUBND-KGVX");
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 5, 2021));
        assertThat(e.title()).isEqualTo("về việc triển khai Điều lệ trường trung học");
    }

    @Test
    void aUnitThatBuildsANumberedPlanAfterTheBasesItCarriesOutIsTheSubjectOfTheLastClause() {
        Extraction e = read("Thực hiện Điều lệ Đoàn; Thực hiện Kế hoạch số 12-KH/ĐTN ngày 02/10/2023 của Ban chấp hành Đoàn huyện về việc tổ chức "
                + "đại hội chi đoàn; Đoàn xã Tân Phú đã xây dựng Kế hoạch số 18-KH/ĐTN về việc tổ chức Đại hội các chi đoàn nhiệm kỳ 2023-2024 , "
                + "ngày 20/10/2023 chọn ấp Tân Hòa làm đại hội điểm.\n");
        assertThat(e.number()).isEqualTo(18);
        assertThat(e.symbol()).isEqualTo("KH/ĐTN");
        assertThat(e.issuers()).containsExactly("Đoàn xã Tân Phú");
        assertThat(e.title()).isEqualTo("về việc tổ chức Đại hội các chi đoàn nhiệm kỳ 2023-2024");
    }

    @Test
    void whatALetterAsksOfItsRecipientsIsNoSubject() {
        Extraction e = read("Nhằm hưởng ứng cuộc thi, ngày 10/8/2018, Trung ương Đoàn TNCS Hồ Chí Minh đã ban hành Công văn số 1225-CV/TWĐTN-BTG "
                + "đề nghị Ban Biên tập các đơn vị báo chí, Ban thường vụ các tỉnh đoàn triển khai một số nội dung cụ thể như sau:\n");
        assertThat(e.number()).isEqualTo(1225);
        assertThat(e.title()).isNull();
        assertThat(NewsItems.subjectOnly("đề nghị các trường tổ chức ngày hội")).isNull();
        assertThat(NewsItems.subjectOnly("đề nghị xét tặng danh hiệu thi đua năm 2018")).isEqualTo("đề nghị xét tặng danh hiệu thi đua năm 2018");
    }

    @Test
    void aDateThatNamesACitedDocumentDoesNotEndTheSubject() {
        assertThat(NewsItems.subjectOnly("về thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư"))
                .isEqualTo("về thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư");
    }

    @Test
    void aSourceTagWithoutItsDashStillLeadsADatedSentenceAndTheBodyOnWhoseBehalfItWasSignedIsTheIssuer() {
        Extraction e = read("PNVN Ngày 12/10 thay mặt Đoàn Chủ tịch, Phó Chủ tịch Hội LHPNVN Trần Thị Hoa đã ký văn bản số 905/ĐCT-TG "
                + "về việc gia hạn cuộc thi viết về công tác Hội.\n");
        assertThat(e.issuers()).containsExactly("Đoàn Chủ tịch");
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 10, null));
        assertThat(e.number()).isEqualTo(905);
    }

    @Test
    void aMeetingThatSignsARegulationOfCooperationGivesItsSubject() {
        assertThat(NewsLead.title(java.util.List.of("Hòa An: Ký kết quy chế phối hợp",
                "Chiều ngày 12/5, Ban Dân vận Huyện ủy - Thường trực HĐND huyện tổ chức hội nghị ký kết quy chế phối hợp thực hiện công tác dân vận.")))
                .isEqualTo("phối hợp thực hiện công tác dân vận");
        assertThat(NewsLead.title(java.util.List.of("Chiều ngày 12/5, Ban Dân vận Huyện ủy tổ chức hội nghị quán triệt quy chế dân chủ ở cơ sở.")))
                .isNull();
    }

    // ---- the page headline ----

    @Test
    void thePageHeadlineThatGaveTheTitleGivesTheKind() {
        Extraction e = read("Tình hình công khai lịch tiếp công dân\n\nBáo cáo tình hình, kết quả công tác tiếp công dân của lãnh đạo UBND tỉnh tháng 6/2020\n"
                + "Ngày đăng 03/07/2020 | 09:52 | View count: 120\n\nTrong tháng 6/2020, lãnh đạo UBND các huyện đã tiếp 40 lượt công dân.\n");
        assertThat(e.title()).isEqualTo("tình hình, kết quả công tác tiếp công dân của lãnh đạo UBND tỉnh tháng 6/2020");
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
    }

    @Test
    void aHeadlineRunOnIntoItsLeadLosesTheLeadAndTheLeadsClosingBracketNamesTheDocument() {
        Extraction e = read("Kế hoạch tổ chức tiếp công dân phục vụ bầu cử đại biểu Quốc hội khóa XVI\n"
                + "UBND tỉnh ban hành kế hoạch tổ chức tiếp công dân phục vụ bầu cử đại biểu Quốc hội khóa XVI (Kế hoạch số 52/KH-UBND ngày 04/3/2026).\n"
                + "Theo đó, yêu cầu các sở, ban, ngành tổ chức tốt công tác tiếp công dân.\n");
        assertThat(e.title()).isEqualTo("tổ chức tiếp công dân phục vụ bầu cử đại biểu Quốc hội khóa XVI");
        assertThat(e.number()).isEqualTo(52);
        assertThat(e.symbol()).isEqualTo("KH-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(4, 3, 2026));
    }

    @Test
    void aBracketNamingAnotherKindOrNoDateIsNotThePagesDocument() {
        assertThat(NewsItems.bracketed(java.util.List.of("UBND tỉnh ban hành kế hoạch tổ chức hội thi (Quyết định số 12/QĐ-UBND ngày 04/3/2026)."),
                "KE_HOACH")).isNull();
        assertThat(NewsItems.bracketed(java.util.List.of("UBND tỉnh ban hành kế hoạch tổ chức hội thi (Kế hoạch số 52/KH-UBND)."), "KE_HOACH")).isNull();
        assertThat(NewsItems.bracketed(java.util.List.of("UBND tỉnh ban hành kế hoạch tổ chức hội thi (văn bản số 52/UBND-VX ngày 04/3/2026)."),
                "KE_HOACH")).isNull();
    }

    @Test
    void aTitleWithoutARunOnLeadStaysWhole() {
        assertThat(NewsItems.withoutRunOnLead("về việc Ủy ban nhân dân xã ban hành kế hoạch")).isEqualTo("về việc Ủy ban nhân dân xã ban hành kế hoạch");
        assertThat(NewsItems.withoutRunOnLead("tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024")).isEqualTo("tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024");
    }

    @Test
    void aHeadlineThatIsNotTheTitlesGivesNoKind() {
        assertThat(NewsItems.headlineKind(java.util.List.of("Báo cáo tình hình, kết quả công tác tiếp công dân tháng 6/2020"), "Kế hoạch khác")).isNull();
        assertThat(NewsItems.headlineKind(java.util.List.of("Báo cáo tình hình, kết quả công tác tiếp công dân tháng 6/2020"), null)).isNull();
    }

    // ---- a notice told by its verb ----

    @Test
    void aUnitTellingWhatItNotifiesGivesTheUnitAndTheSubject() {
        Extraction e = read("Bản in\n\nGiáo dục\n\nThứ Hai, 7/1/2019 10:12\n\nGiám đốc Sở tiếp công dân 1 ngày/tháng\n\n"
                + "GD&TĐ - Sở GD&ĐT Hà Nam vừa thông báo lịch tiếp công dân của Sở GD&ĐT năm 2019.\n\n"
                + "Theo đó, Giám đốc Sở tiếp công dân định kỳ vào ngày thứ 5 tuần thứ 2 hàng tháng.\n");
        assertThat(e.issuers()).containsExactly("Sở GD&ĐT Hà Nam");
        assertThat(e.title()).isEqualTo("lịch tiếp công dân của Sở GD&ĐT năm 2019");
        assertThat(e.number()).isNull();
        assertThat(e.issueDate().day()).isNull();
    }

    @Test
    void aNoticeOfWhatANamedPlanSetsOutGivesWayToThePlan() {
        assertThat(NewsItems.notice("Sở GDĐT Đồng Nai thông báo lịch tựu trường năm học 2025-2026 với học sinh lớp 1 vào ngày 22/8\n"
                + "Sở Giáo dục và Đào tạo tỉnh Đồng Nai vừa công bố kế hoạch thời gian cho năm học 2025-2026.")).isNull();
    }

    @Test
    void aNoticeThatAnnouncesWhatFollowsIsThePageItselfSoItsOwnLineStaysTheTitle() {
        assertThat(NewsItems.notice("Văn phòng HĐND và UBND huyện Hòa An thông báo lịch tiếp công dân năm 2022 như sau:")).isNull();
    }

    @Test
    void aNoticeWithoutSubjectIsRefused() {
        assertThat(NewsItems.notice("Ủy ban nhân dân xã Hòa Bình thông báo đến toàn thể nhân dân được biết, cụ thể như sau về nhiều việc")).isNull();
    }

    // ---- where a lead may be ----

    @Test
    void aDocumentNamedInsideAReportsSectionIsNotThePagesDocument() {
        Extraction e = read("Liên kết website\n\nBÁO CÁO Công tác tiếp công dân quý III năm 2023\n\nNgày cập nhật 13/09/2023\n\n"
                + "Ủy ban nhân dân xã Hòa Bình báo cáo công tác tiếp công dân quý III năm 2023 như sau:\n\nI. TÌNH HÌNH KHIẾU NẠI, TỐ CÁO\n\n"
                + "Ngay từ đầu năm UBND xã đã ban hành thông báo số 01/TB-UBND ngày 03/01/2023 về lịch tiếp công dân định kỳ của Chủ tịch UBND xã.\n");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isNull();
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
        assertThat(e.title()).isEqualTo("Công tác tiếp công dân quý III năm 2023");
    }

    @Test
    void aNewsLeadAboveTheSectionsStillNamesItsDocument() {
        Extraction e = read("Ngày 12/3/2024, Ban Dân vận Huyện ủy đã ban hành Kế hoạch số 45-KH/BDVHU về tổ chức Ngày hội Dân vận khéo năm 2024.\n\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức của cán bộ.\n");
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("KH/BDVHU");
    }
}
