package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 19: the issuer in the fullest form the text gives it, and the issuer of a news item told after a dateline dash —
 * each shape written here as a short text of our own. An abbreviated name takes the text's spelled-out name only where that
 * name acts on a document (subject of an issuing verb, or the header's enacting line), with the locality the text attaches;
 * a spelled-out name that is only a place or the author of a cited document leaves the header's form; a news subject takes
 * its standing board only when the text names the board as the one that drew up the document, and never under a header.
 */
class IssuerFullFormSession19Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static List<String> completed(List<String> issuers, boolean headed, String text) {
        return FullestForm.complete(new IssuerSignals.Decision(issuers, null, 0.6), headed, new TextLines(text)).issuers();
    }

    @Test
    void aSchoolsAbbreviatedHeaderNameIsSpelledOutByTheBodyWhereTheSchoolDrawsUpThePlan() {
        Extraction e = read("PHÒNG GD&ĐT HUYỆN AN LẠC\nTRƯỜNG MN SAO MAI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 21/KH-MNSM\n\nAn Lạc, ngày 05 tháng 9 năm 2023\n\nKẾ HOẠCH\nThực hiện quy chế dân chủ năm học 2023-2024\n\n"
                + "Căn cứ Kế hoạch số 88/KH-PGDĐT ngày 01/9/2023 của Phòng GD&ĐT huyện An Lạc;\n"
                + "Trường mầm non Sao Mai xây\ndựng kế hoạch thực hiện quy chế dân chủ như sau:\nI. MỤC ĐÍCH\n");
        assertThat(e.issuers()).containsExactly("Trường mầm non Sao Mai");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT HUYỆN AN LẠC");
    }

    @Test
    void theEnactingLineSpellsOutTheSchoolsName() {
        assertThat(completed(List.of("TRƯỜNG TH AN BÌNH"), true, "UBND HUYỆN X\nTRƯỜNG TH AN BÌNH\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n"
                + "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC AN BÌNH\nCăn cứ Luật Giáo dục;\n")).containsExactly("TRƯỜNG TIỂU HỌC AN BÌNH");
    }

    @Test
    void aSpelledOutNameThatIsOnlyAPlaceOrTheAuthorOfACitedDocumentLeavesTheHeadersForm() {
        String text = "TRƯỜNG TH NHÂN HÒA\nKẾ HOẠCH\nCăn cứ Nghị quyết Hội nghị viên chức năm học 2024-2025, ngày 28/9/2024, của Trường Tiểu học"
                + " Nhân Hòa;\n2. Địa điểm: Tại trường Tiểu học Nhân Hòa\n";
        assertThat(completed(List.of("TRƯỜNG TH NHÂN HÒA"), true, text)).containsExactly("TRƯỜNG TH NHÂN HÒA");
    }

    @Test
    void aNewsSubjectsAbbreviationIsSpelledOutWithTheLocalityTheTextAttaches() {
        String text = "Sở GDĐT Hòa Bình thông báo lịch tựu trường.\n\nSở Giáo dục và Đào tạo (GDĐT) tỉnh Hòa Bình vừa công bố kế hoạch thời gian"
                + " năm học 2025-2026. Theo đó, học sinh tựu trường ngày 25/8.\n";
        assertThat(completed(List.of("Sở GDĐT"), false, text)).containsExactly("Sở Giáo dục và Đào tạo tỉnh Hòa Bình");
    }

    @Test
    void anAbbreviationTheTextNeverWritesOutStaysAsWritten() {
        assertThat(completed(List.of("UBND tỉnh"), false, "UBND tỉnh xây dựng Kế hoạch hành động như sau:\n1. Mục tiêu\n"))
                .containsExactly("UBND tỉnh");
    }

    @Test
    void aNewsSubjectTakesItsStandingBoardWhenTheBoardDrewUpThePlan() {
        String text = "Huyện đoàn Sông Lam tổ chức Hội trại thanh niên.\n\nThực hiện Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy. "
                + "Ban Thường vụ Huyện đoàn Sông Lam xây dựng Kế hoạch tổ chức Hội trại Thanh niên nhằm chào mừng kỷ niệm.\n";
        assertThat(completed(List.of("Huyện đoàn Sông Lam"), false, text)).containsExactly("Ban Thường vụ Huyện đoàn Sông Lam");
    }

    @Test
    void aBoardThatHoldsAMeetingOrAHeadersIssuerIsNeverTakenForTheBoard() {
        String meeting = "Ban Thường vụ Đảng ủy phường Hòa Lạc tổ chức Hội nghị triển khai Kế hoạch số 01-KH/ĐU của Đảng ủy phường Hòa Lạc.\n";
        assertThat(completed(List.of("Đảng ủy phường Hòa Lạc"), false, meeting)).containsExactly("Đảng ủy phường Hòa Lạc");
        String header = "HUYỆN ĐOÀN SÔNG LAM\nKẾ HOẠCH\nBan Thường vụ Huyện đoàn Sông Lam xây dựng Kế hoạch tổ chức Hội trại.\n";
        assertThat(completed(List.of("HUYỆN ĐOÀN SÔNG LAM"), true, header)).containsExactly("HUYỆN ĐOÀN SÔNG LAM");
    }

    @Test
    void aNewsLeadAfterADatelineDashNamesTheUnitThatIssuedThePlan() {
        Extraction e = read("Phát động phong trào thi đua năm 2024\n\n12/03/2024 - 07:15\n\n - Ban Tuyên giáo Tỉnh ủy Hà Nam vừa ban hành Kế hoạch"
                + " tổ chức cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh.\n\nTheo đó, cuộc thi diễn ra từ tháng 4 đến tháng 6.\n");
        assertThat(e.issuers()).containsExactly("Ban Tuyên giáo Tỉnh ủy Hà Nam");
    }

    @Test
    void aBulletWithoutTheNewsAdverbIsNoNewsLead() {
        Extraction e = read("Phát động phong trào thi đua năm 2024\n\n - Ban chỉ đạo ban hành kế hoạch kiểm tra.\n\n - Các tổ chuyên môn thực hiện.\n");
        assertThat(e.issuers()).isEmpty();
    }

    @Test
    void anOfficeWithoutLocalityTakesTheLocalityOfTheBodysOwnSubjectHoweverItAbbreviatesTheName() {
        String text = "UBND TX. BÌNH AN\nPHÒNG GIÁO DỤC-ĐÀO TẠO\nSố: 15/TB-PGDĐT\nTHÔNG BÁO\nVề việc nghỉ Lễ\n"
                + "Thực hiện thông báo số 65/TB-SGDĐT của Sở Giáo dục và Đào tạo;\nPhòng GD & ĐT thị xã Bình An thông báo việc nghỉ Lễ như sau:\n";
        assertThat(completed(List.of("PHÒNG GIÁO DỤC-ĐÀO TẠO"), true, text)).containsExactly("Phòng GD & ĐT thị xã Bình An");
    }

    @Test
    void aPlacedNameThatDoesNotActLeavesTheIssuerAlone() {
        String text = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nKính gửi: Hiệu trưởng các trường\nCán bộ Phòng Giáo dục và Đào tạo huyện Bình An được nghỉ.\n";
        assertThat(completed(List.of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), true, text)).containsExactly("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void aHeadersBareBoardIsNamedWithItsOrganisationWhereItDrawsUpThePlan() {
        String text = "HỘI LIÊN HIỆP PHỤ NỮ HÀ NAM\nBAN THƯỜNG VỤ\nSố 12/KH-BTV\nKẾ HOẠCH\nTuyên truyền Đại hội\n"
                + "Thực hiện Kế hoạch số 88/KH-ĐCT; Ban Thường vụ Hội LHPN Hà Nam xây dựngkế hoạch tuyên truyền như sau:\n";
        IssuerSignals.Decision who = FullestForm.complete(new IssuerSignals.Decision(List.of("BAN THƯỜNG VỤ"), "HỘI LIÊN HIỆP PHỤ NỮ HÀ NAM", 0.85),
                true, new TextLines(text));
        assertThat(who.issuers()).containsExactly("Ban Thường vụ Hội LHPN Hà Nam");
        assertThat(who.parent()).isEqualTo("HỘI LIÊN HIỆP PHỤ NỮ HÀ NAM");
    }

    @Test
    void aDecisionPrintedWithoutItsHeaderNamesItsIssuerInTheEnactingLine() {
        Extraction e = read("QUY CHẾ PHỐI HỢP NĂM HỌC 2024-2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP NĂM HỌC 2024-2025\n"
                + "- Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;\nTHỦ TRƯỞNG CƠ QUAN TRƯỜNG TIỂU HỌC AN PHÚ\nQUYẾT ĐỊNH\n"
                + "Điều 1: Ban hành kèm theo Quyết định này quy chế phối hợp.\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC AN PHÚ");
    }

    @Test
    void anEnactingOfficeWithoutABodyGivesNoIssuer() {
        assertThat(FullestForm.enacted(new TextLines("QUYẾT ĐỊNH\nHIỆU TRƯỞNG\nCăn cứ Luật Giáo dục;\n"))).isNull();
    }

    @Test
    void onBehalfOfABodyAfterANewsLeadNamesTheBodyNotTheSignersOffices() {
        Extraction e = read("Định hướng sắp xếp các hội\n\n(PLVN) - Vừa qua, thay mặt Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam,"
                + " bà Trần Thị Lan, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam đã ký ban hành Hướng dẫn 07/HD-MTTW-BTT về việc"
                + " sắp xếp các hội quần chúng.\n");
        assertThat(e.issuers()).containsExactly("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
    }

    @Test
    void anOfficeTakesALocalityNamedWithoutItsLevelOnlyWhenTheHeaderKnowsThatPlace() {
        String text = "UBND HUYỆN TÂN YÊN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nKẾ HOẠCH\nThực hiện nhiệm vụ pháp chế\n"
                + "Phòng GD&ĐT Tân Yên xây dựng kế hoạch thực hiện nhiệm vụ pháp chế như sau:\n";
        IssuerSignals.Decision who = new IssuerSignals.Decision(List.of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), "UBND HUYỆN TÂN YÊN", 0.85);
        assertThat(FullestForm.complete(who, true, "Tân Yên", new TextLines(text)).issuers()).containsExactly("Phòng GD&ĐT Tân Yên");
        IssuerSignals.Decision elsewhere = new IssuerSignals.Decision(List.of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), "UBND HUYỆN LỤC NAM", 0.85);
        assertThat(FullestForm.complete(elsewhere, true, "Lục Nam", new TextLines(text)).issuers()).containsExactly("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void onBehalfOfABodyAfterASourceTagsDashNamesTheBody() {
        Extraction e = read("Tin mới\n\n(Mặt trận) - Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Nguyễn Văn An đã ký ban hành Quyết định số 99-QĐ/TW"
                + " ngày 06/9/2023 về chức năng, nhiệm vụ của cơ quan.\n");
        assertThat(e.issuers()).containsExactly("Bộ Chính trị");
    }

    @Test
    void aNewsSubjectNamingTwoBodiesJoinedByVaIsAJointIssue() {
        assertThat(completed(List.of("Đoàn Thanh niên Bộ Y tế và Tỉnh Đoàn Hà Nam"), false, "…"))
                .containsExactly("Đoàn Thanh niên Bộ Y tế", "Tỉnh Đoàn Hà Nam");
        assertThat(completed(List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy"), false, "…")).containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy");
    }

    @Test
    void aPortalsEditorialBoardPresentingAResolutionIsNoIssuerNorACongressItsBaseCites() {
        Extraction e = read("Ban biên tập giới thiệu toàn văn Nghị quyết số 12-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về phát triển du lịch.\n\n"
                + "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển du lịch\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII,"
                + " nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển du lịch như sau:\n");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void aSteeringCommitteeNamedByItsTaskAndSchoolDrawsUpAPlanWithoutHeader() {
        assertThat(FullestForm.drawnUpBy(new TextLines("Căn cứ Kế hoạch số 287/KH-UBND ngày 21/8/2017 của UBND quận;\n"
                + "Căn cứ tình hình thực tế của nhà trường. Ban chỉ đạo “Y tế trường học” trường tiểu học An Khánh xây dựng kế hoạch"
                + " chăm sóc sức khỏe cho học sinh năm học 2017-2018 như sau:\nI. Mục tiêu\n")))
                .isEqualTo("Ban chỉ đạo “Y tế trường học” trường tiểu học An Khánh");
        assertThat(FullestForm.drawnUpBy(new TextLines("Các tổ chuyên môn xây dựng kế hoạch tháng.\nNhà trường xây dựng kế hoạch năm học.\n"))).isNull();
        assertThat(FullestForm.drawnUpBy(new TextLines("Căn cứ tình hình thực tế. Ban giám hiệu nhà trường xây dựng kế hoạch như sau:\n"))).isNull();
    }

    @Test
    void aNameGluedInTheHeaderIsSpelledOutByTheBodyThatWritesItApart() {
        String text = "HỘI ĐỒNG ĐỘI XÃ AN HÒA\nLIÊN ĐỘI TRƯỜNG TH ANHÒA\nKẾ HOẠCH\nTổ chức Đại hội cháu ngoan Bác Hồ\n"
                + "Nay Liên Đội trường Tiểu học An Hòa xây dựng kế hoạch tổ chức Đại hội như sau:\n";
        assertThat(completed(List.of("LIÊN ĐỘI TRƯỜNG TH ANHÒA"), true, text)).containsExactly("Liên Đội trường Tiểu học An Hòa");
    }

    @Test
    void aBoardHoldingAMeetingOnItsBodysOwnNumberedPlanGivesTheBodyAsIssuer() {
        String text = "Chiều 10-7, Ban Thường vụ Đảng ủy phường Hòa Lạc tổ chức Hội nghị triển khai Kế hoạch tổ chức Đại hội.\n"
                + "Cụ thể, Kế hoạch số 01-KH/ĐU, ngày 9-7-2025 của Đảng ủy “về tổ chức đại hội các chi bộ”.\n";
        assertThat(completed(List.of("Ban Thường vụ Đảng ủy phường Hòa Lạc"), false, text)).containsExactly("Đảng ủy phường Hòa Lạc");
        String drawn = "Ban Thường vụ Đảng ủy phường Hòa Lạc ban hành Kế hoạch số 01-KH/ĐU, ngày 9-7-2025 của Đảng ủy về đại hội.\n";
        assertThat(completed(List.of("Ban Thường vụ Đảng ủy phường Hòa Lạc"), false, drawn)).containsExactly("Ban Thường vụ Đảng ủy phường Hòa Lạc");
    }

    @Test
    void anOfficeHolderNotifyingInPersonIsTheIssuerWithoutTheTermOfOffice() {
        Extraction e = read("Ngày đăng: 21/01/2021 - Lượt xem: 87\n\nThông báo lịch tiếp công dân của Chủ tịch HĐND huyện Bảo Lạc\n\n"
                + "Chủ tịch HĐND huyện Bảo Lạc khóa XIX, nhiệm kỳ 2016-2021 thông báo lịch tiếp công dân như sau:\n\n1. Thời gian:\n");
        assertThat(e.issuers()).containsExactly("Chủ tịch HĐND huyện Bảo Lạc");
        assertThat(FullestForm.officeHolder(new TextLines("Chủ tịch nước thông báo.\n"))).isNull();
    }

    @Test
    void aSuperiorWithoutLocalityTakesTheOneTheTextGivesItUnlessTheTextGivesTwo() {
        String one = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG MN AN LẠC\nBÁO CÁO\nThực hiện Công văn số 12/PGDĐT của Phòng Giáo dục & Đào tạo huyện Yên Thế;\n";
        IssuerSignals.Decision who = new IssuerSignals.Decision(List.of("TRƯỜNG MN AN LẠC"), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", 0.85);
        assertThat(FullestForm.complete(who, true, new TextLines(one)).parent()).isEqualTo("Phòng Giáo dục & Đào tạo huyện Yên Thế");
        String two = one + "Căn cứ Hướng dẫn số 3/PGDĐT của Phòng Giáo dục và Đào tạo huyện Tân Yên;\n";
        assertThat(FullestForm.complete(who, true, new TextLines(two)).parent()).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void aHeadlineNamingItsDocumentByNumberAndBodiesGivesEachBodyEvenWithGarbledDiacritics() {
        assertThat(FullestForm.numberedHeadline(new TextLines("KẾT LỦẬN 130-KL/TW CỦÀ BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRỈỂN KHAI SẮP XẾP BỘ MÁY\n"
                + "Tại phiên họp ngày 28/2/2025 …\n"))).containsExactly("BỘ CHÍNH TRỊ", "BAN BÍ THƯ");
        assertThat(FullestForm.numberedHeadline(new TextLines("Kế hoạch 110/KH-UBND của tỉnh về giáo dục\n"))).isEmpty();
    }
}
