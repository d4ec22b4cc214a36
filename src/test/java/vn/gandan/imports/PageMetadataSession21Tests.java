package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 21: the metadata portals, legal libraries and e-office viewers print about the document they show ({@link PageMetadata}),
 * read in each site's form with one vocabulary of keys, and weighed against the document's own header: the header's word
 * stands, the metadata fills what the text leaves out. Short texts of our own, with the refusals that keep look-alikes out.
 */
class PageMetadataSession21Tests {

    private static Extraction read(String text) {
        return Extractor.extract("page.txt", text);
    }

    private static PageMetadata.Meta meta(String text) {
        return PageMetadata.read(text.lines().toList());
    }

    private static final String BODY = "\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
            + "1. Mục đích\n\nNâng cao chất lượng công tác.\n";

    // ---- the reader: every site's form of the same keys ----

    @Test
    void keyColonValueLinesWithSeveralPairsOnALine() {
        PageMetadata.Meta m = meta("Số hiệu: 186/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Hà Giang Người ký: Lê Văn An\n"
                + "Ngày ban hành: 26/01/2018 Ngày hiệu lực: Đang cập nhật\n");
        assertThat(m.number()).isEqualTo(186);
        assertThat(m.symbol()).isEqualTo("QĐ-UBND");
        assertThat(m.date()).isEqualTo(new DateParts(26, 1, 2018));
        assertThat(m.kind()).isEqualTo("quyet dinh");
    }

    @Test
    void aProvinceWhereTheIssuerKeyStandsIsNoIssuer() {
        PageMetadata.Meta m = meta("Số hiệu: | 03/2017/QĐ-UBND | Loại văn bản: | Quyết định |\nNơi ban hành: | Tỉnh Hà Giang | Người ký: | Lê Văn An |\n");
        assertThat(m.issuer()).isNull();
        assertThat(m.issuerText()).isEqualTo("Tỉnh Hà Giang");
    }

    @Test
    void valuesGluedToTheNextKeyAreCutAtItsColon() {
        PageMetadata.Meta m = meta("  Cơ quan ban hành:Bộ Giáo dục và Đào tạoSố công báo:Đang cập nhật\n"
                + "  Số hiệu:1449/QĐ-BGDĐTNgày đăng công báo:Đang cập nhật\n  Ngày ban hành:02/06/2020Hết hiệu lực:Đang cập nhật\n");
        assertThat(m.issuer()).isEqualTo("Bộ Giáo dục và Đào tạo");
        assertThat(m.number()).isEqualTo(1449);
        assertThat(m.symbol()).isEqualTo("QĐ-BGDĐT");
        assertThat(m.date()).isEqualTo(new DateParts(2, 6, 2020));
    }

    @Test
    void keyValueLinesWithoutColonBulletedListsAndSpelledDates() {
        assertThat(meta("Số kí hiệu Số: 218 /BC-UBND\nNgày ban hành 24/06/2022\n").symbol()).isEqualTo("BC-UBND");
        PageMetadata.Meta m = meta("  • Số hiệu văn bản: 02/2011/TTLT-BNV\n  • Ngày ban hành: ngày 28 tháng 01 năm 2011\n");
        assertThat(m.number()).isEqualTo(2);
        assertThat(m.date()).isEqualTo(new DateParts(28, 1, 2011));
    }

    @Test
    void aWebPagesTableCellsSeparatedByTabsOrValuesOnTheLineBelowTheirKey() {
        PageMetadata.Meta m = meta("Số ký hiệu\t39/2023/QĐ-UBND\tNgày ban hành\t20/12/2023\nCơ quan ban hành     Ủy ban nhân dân tỉnh Cà Mau\n");
        assertThat(m.symbol()).isEqualTo("2023/QĐ-UBND");
        assertThat(m.date()).isEqualTo(new DateParts(20, 12, 2023));
        assertThat(m.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Cà Mau");
        PageMetadata.Meta below = meta("Số hiệu:\n148/SGDĐT-TCHC\nNgày ban hành:\n05/02/2020\nTrích yếu:\nVề việc tăng cường kỷ luật hành chính\n");
        assertThat(below.number()).isEqualTo(148);
        assertThat(below.date()).isEqualTo(new DateParts(5, 2, 2020));
        assertThat(below.title()).isEqualTo("Về việc tăng cường kỷ luật hành chính");
    }

    @Test
    void keysWithoutColonAfterALineStartingWithAKeyAndBulletedValuesBelow() {
        PageMetadata.Meta m = meta("Số ký hiệu 685/BGDĐT-KHTC Ngày ban hành 26/02/2016\nLoại văn bản Công văn Ngày có hiệu lực 26/02/2016\n");
        assertThat(m.number()).isEqualTo(685);
        assertThat(m.date()).isEqualTo(new DateParts(26, 2, 2016));
        assertThat(meta("Số / ký hiệu 01/2016/QH14\nHình thức văn bản Luật\n").symbol()).isEqualTo("2016/QH14");
        assertThat(meta(" • Ngày ban hành:\n • 23/09/2021\n").date()).isEqualTo(new DateParts(23, 9, 2021));
    }

    @Test
    void aPageListingSeveralDocumentsByKeysNamesNoneOfThem() {
        assertThat(meta("Số hiệu: 12/KH-THCS\nNgày ban hành: 23/09/2021\nSố hiệu: 11/KH-THCS\nNgày ban hành: 20/09/2021\n"))
                .isEqualTo(PageMetadata.Meta.NONE);
        assertThat(meta("Số hiệu: | 328/KH-UBND |\nNgày ban hành: | 29/09/2022 |\nSố hiệu: | 328/KH-UBND |\n").number())
                .as("the same block printed twice").isEqualTo(328);
    }

    @Test
    void aSearchFiltersKeyOverItsListOfOptionsGivesNoValue() {
        PageMetadata.Meta m = meta("Cơ quan ban hành\nUBND tỉnh Hà Giang\nTỉnh ủy Hà Giang\nSở Giáo dục và Đào tạo Hà Giang\nLoại văn bản\nThông tư\n"
                + "Chỉ thị\nSố ký hiệu văn bản 123\n481/QĐ-UBND\nNgày ban hành\n20/03/2019\nNgày hiệu lực\n20/03/2019\n");
        assertThat(m.issuer()).isNull();
        assertThat(m.kind()).isNull();
        assertThat(m.number()).as("a stray value on the key's line: the value below").isEqualTo(481);
        assertThat(m.date()).isEqualTo(new DateParts(20, 3, 2019));
    }

    @Test
    void theFullHeadlineNamingTheIssuerOutranksTheLibrarysShortOne() {
        Extraction e = read("Nghị quyết 146/2025/NQ-HĐND Hà Tĩnh biện pháp bảo đảm thực hiện dân chủ cơ sở\n\n  • Thuộc tính\n  • Nội dung\n\n"
                + "Nghị quyết 146/2025/NQ-HĐND của Hội đồng nhân dân tỉnh Hà Tĩnh quy định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở\n"
                + "Cơ quan ban hành: Hội đồng nhân dân tỉnh Hà TĩnhSố công báo:Đang cập nhật\nSố hiệu:146/2025/NQ-HĐNDNgày đăng công báo:Đang cập nhật\n"
                + "Ngày ban hành:18/04/2025Ngày hết hiệu lực:Đang cập nhật\n");
        assertThat(e.symbol()).as("the next key glued on is no part of the symbol").isEqualTo("2025/NQ-HĐND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(18, 4, 2025));
        assertThat(e.issuers()).containsExactly("Hội đồng nhân dân tỉnh Hà Tĩnh");
        assertThat(e.title()).isEqualTo("quy định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở");
    }

    @Test
    void aListTableOfOneDocumentIsReadByItsCellsShapesEvenGlued() {
        PageMetadata.Meta m = meta("Số hiệu Ngày BH Đơn vị BH Trích yếu  \n19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤCTHÔNG TƯ 19 Tải về\n");
        assertThat(m.number()).isEqualTo(19);
        assertThat(m.symbol()).isEqualTo("2018/TT-BGDĐT");
        assertThat(m.date()).isEqualTo(new DateParts(10, 10, 2018));
        assertThat(m.issuer()).isEqualTo("BỘ GIÁO DỤC");
        assertThat(m.title()).as("a kind word and a number are no subject").isNull();
    }

    @Test
    void aListTableOfSeveralDocumentsNamesNoneOfThem() {
        PageMetadata.Meta m = meta("STT | Tên văn bản | Số hiệu | Ngày ban hành |\n---|---|---|---|\n"
                + "1 | V/v xét tặng danh hiệu năm 2020 | 240/SGDĐT-TCHC | 27/12/2019 |\n2 | Hướng dẫn tham gia cuộc thi | 1406/SGDĐT-TCHC | 17/09/2019 |\n");
        assertThat(m.number()).isNull();
        assertThat(m.date()).isNull();
    }

    @Test
    void keyWordsInRunningTextOrASearchBoxAreNoMetadata() {
        assertThat(meta("Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...\n"
                + "Đề nghị ghi rõ số hiệu: 12/KH-UBND của văn bản.\nTìm kiếm văn bản : Nơi ban hành :\n")).isEqualTo(PageMetadata.Meta.NONE);
    }

    @Test
    void aKeyInTheDocumentsBodyIsNoPageMetadata() {
        assertThat(meta("KẾ HOẠCH\nKiểm tra nội bộ năm học 2021-2022\nCăn cứ Kế hoạch số 12/KH-PGD ngày 02/9/2021;\nI. MỤC ĐÍCH\n"
                + "Số hiệu: 15/KH-THCS\nNgày ban hành: 05/9/2021\n")).isEqualTo(PageMetadata.Meta.NONE);
        PageMetadata.Meta block = meta("NGHỊ QUYẾT\nVề việc thành lập thành phố\nCăn cứ Luật Tổ chức Chính phủ;\nĐiều 1. Thành lập thành phố.\n"
                + "Số hiệu: | 27/NQ-CP |\nLoại văn bản: | Nghị quyết |\nNgày ban hành: | 02/07/2010 |\n");
        assertThat(block.number()).as("a library's whole block below the text").isEqualTo(27);
        assertThat(block.date()).isEqualTo(new DateParts(2, 7, 2010));
    }

    // ---- weighed against the document ----

    @Test
    void aPortalsAttachmentTableGivesWhatTheTextLeavesOut() {
        Extraction e = read("Tập tin đính kèm\n| Tiêu đề văn bản | Công văn Hướng dẫn thực hiện nhiệm vụ thống kê giáo dục năm học 2021-2022 | ||\n"
                + "| Số hiệu | 415/PGD&ĐT ngày 24/9/2021 | Cơ quan ban hành | Phòng Giáo dục và Đào tạo Hiệp Hòa |\n"
                + "| Phạm vi | Các đơn vị trường học | Ngày ban hành | |\n| Loại tài liệu | Hướng dẫn | Người ký | Trưởng phòng - Phạm Văn Hà |\n");
        assertThat(e.number()).isEqualTo(415);
        assertThat(e.symbol()).isEqualTo("PGD&ĐT");
        assertThat(e.issueDate()).as("the date in the number's cell").isEqualTo(new DateParts(24, 9, 2021));
        assertThat(e.docKind()).as("a symbol naming no kind: a letter").isEqualTo("CONG_VAN");
        assertThat(e.title()).isEqualTo("Hướng dẫn thực hiện nhiệm vụ thống kê giáo dục năm học 2021-2022");
        assertThat(e.issuers()).containsExactly("Phòng Giáo dục và Đào tạo Hiệp Hòa");
    }

    @Test
    void aLibraryPageCompletesTheOrganOnlyCellItsDateAndPlaceCutAndTitleFromItsHeadline() {
        Extraction e = read("Quyết định 39/2023/QĐ-UBND Cà Mau Quy định quản lý chức danh người hoạt động không chuyên trách\n- Thuộc tính\n- Nội dung\n"
                + "thuộc tính Quyết định 39/2023/QĐ-UBND\nCơ quan ban hành: | Ủy ban nhân dân tỉnh Cà Mau | Số công báo: | Đang cập nhật |\n"
                + "Số hiệu: | 39/2023/QĐ-UBND | Ngày đăng công báo: | Đang cập nhật |\nLoại văn bản: | Quyết định | Người ký: | Nguyễn Minh Luân |\n"
                + "Ngày ban hành: | 20/12/2023 | Ngày hết hiệu lực: | Đang cập nhật |\n"
                + "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 39/2023/QĐ-UBND | Cà Mau\n");
        assertThat(e.number()).isEqualTo(39);
        assertThat(e.issueDate()).isEqualTo(new DateParts(20, 12, 2023));
        assertThat(e.issuePlace()).isEqualTo("Cà Mau");
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân tỉnh Cà Mau");
        assertThat(e.title()).isEqualTo("Quy định quản lý chức danh người hoạt động không chuyên trách");
    }

    @Test
    void theHeadersOwnNumberDateAndTitleStandOverTheMetadatas() {
        Extraction e = read("Nghị quyết số 19/2011/NQ-HĐND ngày 29/07/2011 của Hội đồng nhân dân tỉnh Nghệ An Thực hiện nhiệm vụ năm 2011\n"
                + "- Số hiệu văn bản: 19/2011/NQ-HĐND\n- Cơ quan ban hành: Tỉnh Nghệ An\n- Ngày ban hành: 28-07-2011\n"
                + "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 19/2011/NQ-HĐND | Nghệ An, ngày 29 tháng 7 năm 2011 |\n"
                + "NGHỊ QUYẾT\nVỀ THỰC HIỆN NHIỆM VỤ NĂM 2011\n" + BODY);
        assertThat(e.issueDate()).isEqualTo(new DateParts(29, 7, 2011));
        assertThat(e.issuers()).containsExactly("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN");
        assertThat(e.title()).isEqualTo("VỀ THỰC HIỆN NHIỆM VỤ NĂM 2011");
    }

    @Test
    void aMetadataDateOfAnotherNumberNeverDatesTheHeader() {
        Extraction e = read("Số hiệu: 40/2023/QĐ-UBND\nNgày ban hành: 21/12/2023\n"
                + "ỦY BAN NHÂN DÂN TỈNH CÀ MAU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 39/2023/QĐ-UBND |\nQUYẾT ĐỊNH\nBan hành quy định quản lý" + BODY);
        assertThat(e.number()).isEqualTo(39);
        assertThat(e.issueDate().year()).isNull();
    }

    @Test
    void aJointCircularsTitleFromTheHeadlineAfterTheLastIssuerItNames() {
        PageMetadata.Meta m = meta("  • Cơ quan ban hành: Bộ Nội vụ, Văn phòng Chính phủ\n");
        List<String> lines = List.of("  • Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa Chủ nhiệm Văn Phòng Chính Phủ và Bộ trưởng"
                + " Bộ Nội vụ Hướng dẫn về chức năng, nhiệm vụ của Văn phòng Ủy ban nhân dân tỉnh (Văn bản hết hiệu lực)");
        assertThat(PageMetadata.pageTitle(lines, 2, "2011/TTLT-VPCP-BNV", m)).isEqualTo("Hướng dẫn về chức năng, nhiệm vụ của Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(PageMetadata.pageTitle(lines, 3, "2011/TTLT-VPCP-BNV", m)).as("another number").isNull();
        assertThat(PageMetadata.pageTitle(lines, 2, "2011/TTLT-VPCP-BNV", meta("Cơ quan ban hành: Sở Nội vụ\n")))
                .as("no issuer the headline names: no cut").isNull();
    }

    // ---- page chrome ----

    @Test
    void aLinksCallToActionIsNoTitle() {
        assertThat(PageChrome.callToAction("Bấm vào đây để xem chi tiết!")).isTrue();
        assertThat(PageChrome.callToAction("Xem chi tiết tại file đính kèm")).isTrue();
        assertThat(PageChrome.callToAction("Tải về tại đây")).isTrue();
        assertThat(PageChrome.callToAction("Xem xét, giải quyết kiến nghị của cử tri tại đây")).as("over the words of a subject").isFalse();
        assertThat(PageChrome.callToAction("Xây dựng thư viện trường đạt chuẩn")).isFalse();
        Extraction e = read("triển khai Cuộc thi viết chính luận năm 2023 trên địa bàn huyện\n\nBan Chỉ đạo huyện ban hành Công văn số 25-CV/BCĐ"
                + " ngày 27/02/2023 tổ chức triển khai Kế hoạch và phát động cuộc thi.\n\nBấm vào đây để xem chi tiết!\n");
        assertThat(e.title()).isNotEqualTo("Bấm vào đây để xem chi tiết!");
    }
}
