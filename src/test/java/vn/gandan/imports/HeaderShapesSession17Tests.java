package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 17: the structural shapes of the retired held-out 7's failures (and of the new dev batches), each as a short text
 * of our own — with the guards that keep the older readings (a header's place and date, a joint subject, a news lead's own
 * date, a "của X về …" headline).
 */
class HeaderShapesSession17Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    // ---- a "place" without any capital is a sentence's words, not a header's place ----

    @Test
    void aCauseClauseBeforeADateIsNoPlaceAndTheNewsSentenceGivesTheFields() {
        Extraction e = read("UBND huyện vừa ban hành Thông báo số 118/TB-UBND ngày 14/5/2023 về việc lùi lịch tiếp công dân tháng 5/2023.\n\n"
                + "Theo lịch, Chủ tịch UBND huyện tiếp công dân vào ngày 15 hằng tháng.\n\n"
                + "Do lịch công tác thay đổi, ngày 12/5/2023, UBND huyện có văn bản đề nghị các xã thông báo cho người dân.\n");
        assertThat(e.issuePlace()).isNull();
        assertThat(e.number()).isEqualTo(118);
        assertThat(e.symbol()).isEqualTo("TB-UBND");
        assertThat(e.issueDate()).isEqualTo(new DateParts(14, 5, 2023));
        assertThat(e.title()).isEqualTo("về việc lùi lịch tiếp công dân tháng 5/2023");
    }

    @Test
    void aPlaceIsAProperName() {
        assertThat(HeaderShapes.placeWithoutCapital("lịch công tác thay đổi")).isTrue();
        assertThat(HeaderShapes.placeWithoutCapital("Tân Phú")).isFalse();
        assertThat(HeaderShapes.placeWithoutCapital("xã Tân Phú")).isFalse();
        assertThat(HeaderShapes.placeWithoutCapital("Quận 6")).isFalse();
    }

    @Test
    void aHeaderPlaceAndDateStillRead() {
        Extraction e = read("UỶ BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 12/KH-UBND\tAn Bình, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\nTổ chức đối thoại với Nhân dân năm 2024\n\nCăn cứ Luật Thực hiện dân chủ ở cơ sở;\n");
        assertThat(e.issuePlace()).isEqualTo("An Bình");
        assertThat(e.issueDate()).isEqualTo(new DateParts(3, 4, 2024));
    }

    // ---- the office of both councils is one body ----

    @Test
    void theOfficeOfTheCouncilAndTheCommitteeIsOneIssuer() {
        assertThat(HeaderShapes.officeOfBoth("Văn phòng HĐND và UBND huyện Tân Hưng")).isTrue();
        assertThat(HeaderShapes.officeOfBoth("Văn phòng Đoàn ĐBQH và HĐND tỉnh")).isTrue();
        assertThat(NewsSentence.units("Văn phòng HĐND và UBND huyện")).containsExactly("Văn phòng HĐND và UBND huyện");
    }

    @Test
    void twoBodiesJoinedByVaStillSplit() {
        assertThat(HeaderShapes.officeOfBoth("UBND huyện và Ban Dân vận Huyện ủy")).isFalse();
        assertThat(NewsSentence.units("UBND huyện và Ban Dân vận Huyện ủy")).containsExactly("UBND huyện", "Ban Dân vận Huyện ủy");
    }

    // ---- a person who signs is no issuing body ----

    @Test
    void aPersonWhoSignsGivesWayToTheBodyTheDocumentIsOf() {
        Extraction e = read("(TTXVN) - Ngày 12-4, đồng chí Trần Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã ký ban hành "
                + "Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng cháy, chữa cháy.\n\n"
                + "Chỉ thị yêu cầu các cấp ủy quán triệt nội dung đến cán bộ, đảng viên.\n");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Tỉnh ủy");
        assertThat(e.issueDate()).isEqualTo(new DateParts(12, 4, null));
        assertThat(e.number()).isEqualTo(15);
        assertThat(e.symbol()).isEqualTo("CT/TU");
        assertThat(e.title()).isEqualTo("về tăng cường lãnh đạo công tác phòng cháy, chữa cháy");
    }

    @Test
    void aPersonWithoutTheDocumentsBodyGivesNoIssuer() {
        assertThat(HeaderShapes.personSubject("đồng chí Trần Văn Nam, Phó Bí thư Tỉnh ủy")).isTrue();
        assertThat(HeaderShapes.personSubject("UBND tỉnh")).isFalse();
        assertThat(HeaderShapes.personSubject("Ban Thường vụ Tỉnh ủy")).isFalse();
    }

    // ---- a news act's date right before its subject; recipients named at length ----

    @Test
    void aHeadlineRunOnIntoTheLeadKeepsTheLeadsDateAndTheSubjectAfterALongListOfRecipients() {
        Extraction e = read("Nhiều tỉnh cho học sinh nghỉ học tránh bão Ngày 7-10, Bộ Nông nghiệp và Môi trường đã có công điện gửi chủ tịch "
                + "UBND 9 tỉnh, thành phố, gồm Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi và "
                + "các bộ, ngành liên quan về việc chủ động ứng phó với áp thấp nhiệt đới. Theo đó, các địa phương theo dõi chặt chẽ.\n");
        assertThat(e.issuers()).containsExactly("Bộ Nông nghiệp và Môi trường");
        assertThat(e.issueDate()).isEqualTo(new DateParts(7, 10, null));
        assertThat(e.title()).isEqualTo("về việc chủ động ứng phó với áp thấp nhiệt đới");
    }

    @Test
    void aDateBeforeTheSubjectNeedsTheSentencesCapitalNgay() {
        assertThat(HeaderShapes.dateBefore("… tránh bão Ngày 7-10, ")).isEqualTo(new DateParts(7, 10, null));
        assertThat(HeaderShapes.dateBefore("… kể từ ngày 7-10, ")).isNull();
    }

    // ---- a paragraph opening with the document's full name, without its subject ----

    @Test
    void aParagraphNamingTheDocumentAndItsIssuerWithoutSubjectGivesTheFieldsButNoTitle() {
        Extraction e = read(" date 2025-03 Tờ trình số 21 -TTr/HNDT ngày 05/3/2025 của Ban Thường vụ Hội Nông dân tỉnh kính gửi Thường trực "
                + "Tỉnh ủy nêu rõ: Thực hiện chủ trương sắp xếp tổ chức bộ máy, Hội đã rà soát các ban chuyên môn.\n\n"
                + "Ban Thường vụ Hội Nông dân tỉnh xin được đề xuất như sau.\n");
        assertThat(e.number()).isEqualTo(21);
        assertThat(e.symbol()).isEqualTo("TTr/HNDT");
        assertThat(e.issueDate()).isEqualTo(new DateParts(5, 3, 2025));
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Hội Nông dân tỉnh");
        assertThat(e.title()).isNull();
    }

    @Test
    void aHeadlineWithItsSubjectStillGivesTheTitle() {
        Extraction e = read("Kế hoạch số 45-KH/BDVTU ngày 10/3/2025 của Ban Dân vận Tỉnh ủy về việc tổ chức Hội thi Dân vận khéo năm 2025\n\n"
                + "Ban Dân vận Tỉnh ủy ban hành kế hoạch nhằm lan tỏa các mô hình hay.\n");
        assertThat(e.issuers()).containsExactly("Ban Dân vận Tỉnh ủy");
        assertThat(e.title()).isEqualTo("về việc tổ chức Hội thi Dân vận khéo năm 2025");
    }

    // ---- a page's posting line under its headline ----

    @Test
    void aPostingLineWithItsWeekdayIsNoPartOfTheTitle() {
        Extraction e = read("Thông báo nghỉ học 01 ngày (12/10/2024) để phòng tránh bão\nThứ bảy – 11/10/2024 20:15\n"
                + "Thực hiện chỉ đạo của Sở Giáo dục và Đào tạo, nhà trường thông báo cho học sinh nghỉ học.\n");
        assertThat(e.title()).doesNotContain("Thứ bảy").endsWith("phòng tránh bão");
    }

    // ---- round two (the new dev batches, read after their unseen score) ----

    @Test
    void aPersonNamedAfterACauseClauseGivesWayToTheBanSheHeads() {
        Extraction e = read("Ngày 2/11, trước những thiệt hại do bão số 13, bà Trần Thị Lan, Phó Chủ tịch Ủy ban MTTQ tỉnh - Trưởng Ban Vận động "
                + "cứu trợ tỉnh đã ký ban hành Thông báo số 12 về việc tiếp nhận ủng hộ đồng bào bị thiệt hại.\n\nThông báo nêu rõ các tài khoản tiếp nhận.\n");
        assertThat(e.issuers()).containsExactly("Ban Vận động cứu trợ tỉnh");
        assertThat(e.title()).isEqualTo("về việc tiếp nhận ủng hộ đồng bào bị thiệt hại");
    }

    @Test
    void aSignersOfficeThatHeadsNoBanGivesNoBody() {
        assertThat(HeaderShapes.bodyOfLastOffice("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư")).isEqualTo("Ban Bí thư");
        assertThat(HeaderShapes.bodyOfLastOffice("Phó Chủ tịch UBND tỉnh")).isNull();
        assertThat(HeaderShapes.personOffices("Thay mặt UBND tỉnh, ông Lê Văn Hai, Phó Chủ tịch")).isNull();
    }

    @Test
    void aShortNameNoteIsNoPartOfTheBodysName() {
        assertThat(HeaderShapes.withoutShortNameNote("Ban Chấp hành Đảng bộ huyện Bảo Lạc (sau đây viết tắt là Huyện ủy)"))
                .isEqualTo("Ban Chấp hành Đảng bộ huyện Bảo Lạc");
        assertThat(UnitNames.clip("Ban Chấp hành Đảng bộ huyện Bảo Lạc (sau đây gọi tắt là Huyện ủy)")).isEqualTo("Ban Chấp hành Đảng bộ huyện Bảo Lạc");
    }

    @Test
    void theEnactingAuthoritysLineAloneIsNoTitle() {
        Extraction e = read("Trang chủ | Văn bản\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/QĐ-UBND | Bình An, ngày 2 tháng 3 năm 2015 |\n"
                + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kế hoạch.\n");
        assertThat(e.title()).isNull();
        assertThat(e.number()).isEqualTo(45);
        assertThat(HeaderShapes.enactingLineOnly("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH")).isTrue();
        assertThat(HeaderShapes.enactingLineOnly("BỔ NHIỆM HIỆU TRƯỞNG TRƯỜNG THCS AN PHÚ")).isFalse();
    }

    @Test
    void aDraftsMarkIsNoUnit() {
        assertThat(UnitNames.clip("DỰ THẢO")).isNull();
    }

    @Test
    void aPageHeadlineOfAKindAndItsSubjectGivesTheTitle() {
        Extraction e = read("Thứ Hai, 05/02/2024\nNgày đăng: 05/02/2024 - Lượt xem: 120\n\nThông báo lịch tiếp công dân của Chủ tịch UBND xã An Phú năm 2024\n\n"
                + "Chủ tịch UBND xã An Phú thông báo lịch tiếp công dân như sau:\n\n1. Thời gian: ngày 15 hằng tháng.\n");
        assertThat(e.title()).isEqualTo("lịch tiếp công dân của Chủ tịch UBND xã An Phú năm 2024");
    }

    @Test
    void aBodyLineNamingItsOwnKindIsNoHeadline() {
        assertThat(HeaderShapes.kindHeadline(java.util.List.of("Kế hoạch này được phổ biến đến toàn thể cán bộ, giáo viên"))).isNull();
        assertThat(HeaderShapes.kindHeadline(java.util.List.of("Thông báo số 12 về việc nghỉ học"))).isNull();
        assertThat(HeaderShapes.kindHeadline(java.util.List.of("Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường."))).isNull();
    }

    // ---- round three (s17d_, read after its unseen score) ----

    @Test
    void aDownloadLinksLabelIsNoHeadline() {
        assertThat(HeaderShapes.kindHeadline(java.util.List.of("Thông báo tiếp công dân - Tải văn bản"))).isNull();
        assertThat(HeaderShapes.kindHeadline(java.util.List.of("Kế hoạch tổ chức Hội thi giáo viên dạy giỏi năm học 2024 - 2025")))
                .isEqualTo("tổ chức Hội thi giáo viên dạy giỏi năm học 2024 - 2025");
    }
}
