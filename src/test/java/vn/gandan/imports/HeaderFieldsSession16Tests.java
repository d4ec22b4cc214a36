package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 16: shapes of the number, symbol, place, date, kind and period found in the held-out parts retired into tuning
 * data (2, 5, 6), each as a short text of our own — and the refusals that keep a sentence's date, a cited school year or a
 * cell of the other column out of the fields.
 */
class HeaderFieldsSession16Tests {

    private static final String LEFT = "UỶ BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n";
    private static final String BODY = "\nKẾ HOẠCH\nTổ chức đối thoại với Nhân dân năm 2024\n\nCăn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;\n";

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static Extraction header(String numberAndDateLine) {
        return read(LEFT + numberAndDateLine + "\n" + BODY);
    }

    // ---- a date inside a sentence is no header date ----

    @Test
    void aSentenceOpeningWithAConnectiveAndADateIsNoPlaceAndDate() {
        Extraction e = read("UBND tỉnh Bình An vừa có Thông báo số 364/TB-UBND về việc thay đổi ngày tiếp công dân định kỳ tháng 10.\n\n"
                + "Thông báo nêu rõ, phiên tiếp công dân định kỳ được tổ chức vào ngày 15 hàng tháng.\n\n"
                + "Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ Hai.\n");
        assertThat(e.issuePlace()).isNull();
        assertThat(e.issueDate()).isNotEqualTo(new DateParts(15, 10, 2016));
        assertThat(e.number()).isEqualTo(364);
        assertThat(e.symbol()).isEqualTo("TB-UBND");
    }

    @Test
    void aDateThatRunsOnIntoWordsInLowerCaseIsASentenceNotAHeaderCell() {
        assertThat(FieldShapes.dateInSentence("An Bình", " trùng vào ngày thứ bảy")).isTrue();
        assertThat(FieldShapes.dateInSentence("Theo đó", "")).isTrue();
        assertThat(FieldShapes.dateInSentence("An Bình", "")).isFalse();
        assertThat(FieldShapes.dateInSentence("Hà Nội", " THÔNG TƯ Quy định về việc bồi dưỡng")).isFalse();
    }

    @Test
    void aHeaderRunOntoOneLineKeepsItsDateBeforeTheKindInCapitals() {
        Extraction e = read("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 28/2014/TT-BGDĐT "
                + "Hà Nội, ngày 26 tháng 8 năm 2014 THÔNG TƯ Quy định về việc bồi dưỡng cán bộ quản lý giáo dục Căn cứ Luật Giáo dục;\n");
        assertThat(e.issuePlace()).isEqualTo("Hà Nội");
        assertThat(e.issueDate()).isEqualTo(new DateParts(26, 8, 2014));
    }

    // ---- a numbered district or ward is a place ----

    @Test
    void aNumberedDistrictOrWardIsThePlace() {
        Extraction e = header("Số: 80/KH-ĐTN\tQuận 6, ngày 16 tháng 10 năm 2019");
        assertThat(e.issuePlace()).isEqualTo("Quận 6");
        assertThat(e.issueDate()).isEqualTo(new DateParts(16, 10, 2019));
        assertThat(header("Số: 80/KH-ĐTN\tPhường 3, ngày 16 tháng 10 năm 2019").issuePlace()).isEqualTo("Phường 3");
    }

    @Test
    void aNumberedDistrictOnALineOfItsOwnBelowTheBodyIsThePlaceAndDate() {
        FieldShapes.Dated own = FieldShapes.dateLine(java.util.List.of("Nội dung kế hoạch …", "Quận 10, ngày 02 tháng 3 năm 2021"));
        assertThat(own).isNotNull();
        assertThat(own.place()).isEqualTo("Quận 10");
        assertThat(own.date()).isEqualTo(new DateParts(2, 3, 2021));
    }

    // ---- a symbol whose last part is typed after a space ----

    @Test
    void aSymbolsLastBlockOfCapitalsAfterASpaceBelongsToIt() {
        assertThat(header("Số: 161/KH-BCĐ QCDC\tAn Bình, ngày 19 tháng 9 năm 2023").symbol()).isEqualTo("KH-BCĐ QCDC");
        Extraction e = read("PHÒNG GD&ĐT ĐAM RÔNG TRƯỜNG THCS LIÊNG TRANG Số: 09/TTr – THCS LT CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                + "Độc lập – Tự do – Hạnh phúc Đạ Tông, ngày 28 tháng 03 năm 2011 TỜ TRÌNH V/v Đề nghị quy hoạch đất trường\n");
        assertThat(e.symbol()).isEqualTo("TTr–THCS LT");
        assertThat(e.number()).isEqualTo(9);
    }

    @Test
    void aUnitWordACellOfTheOtherColumnOrALongWordAfterTheSymbolIsNotPartOfIt() {
        assertThat(FieldShapes.symbolTail("KH-UBND", " PHÒNG")).isEmpty();
        assertThat(FieldShapes.symbolTail("KH-UBND", " UBND")).isEmpty();
        assertThat(FieldShapes.symbolTail("KH-UBND", " TRƯỜNGTHCS")).isEmpty();
        assertThat(FieldShapes.symbolTail("KH-UBND", " Về việc")).isEmpty();
        assertThat(header("Số: 45/KH-UBND\tQCDC\tAn Bình, ngày 19 tháng 9 năm 2023").symbol()).isEqualTo("KH-UBND");
    }

    // ---- a page's title above the document's own header ----

    @Test
    void aPageTitleNamingTheNumberAboveTheHeaderDoesNotHideTheHeadersDate() {
        StringBuilder page = new StringBuilder("Thông tư Số: 28/2014/TT-BGDĐT\n\nChia sẻ: Người dùng | Ngày: | Loại File: DOC\n");
        for (int i = 0; i < 16; i++) {
            page.append("\nlượt xem ").append(i);
        }
        page.append("\n\nBỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n")
                .append("Số: 28/2014/TT-BGDĐT\tHà Nội, ngày 26 tháng 8 năm 2014\n\nTHÔNG TƯ\nQuy định về việc bồi dưỡng cán bộ quản lý\n\nCăn cứ Luật Giáo dục;\n");
        Extraction e = read(page.toString());
        assertThat(e.number()).isEqualTo(28);
        assertThat(e.issuePlace()).isEqualTo("Hà Nội");
        assertThat(e.issueDate()).isEqualTo(new DateParts(26, 8, 2014));
    }

    // ---- the period the title names outranks a school year cited in the body ----

    @Test
    void theYearTheTitleNamesOutranksASchoolYearInTheOpeningSentence() {
        Extraction e = read(LEFT + "Số: 225/KH-UBND\tAn Bình, ngày 16 tháng 5 năm 2024\n\nKẾ HOẠCH\nTổ chức các hoạt động hè cho thiếu nhi năm 2024\n\n"
                + "Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024, chương trình công tác Đội năm học 2023 - 2024, "
                + "Ủy ban nhân dân xã ban hành Kế hoạch tổ chức các hoạt động hè cho thiếu nhi năm 2024 như sau:\n");
        assertThat(e.period().kind()).isEqualTo("YEAR");
        assertThat(e.period().value()).isEqualTo("2024");
    }

    @Test
    void aSchoolYearOnAShortLineUnderTheTitleStillGivesThePeriod() {
        Extraction e = read(LEFT + "Số: 12/KH-UBND\tAn Bình, ngày 16 tháng 9 năm 2024\n\nKẾ HOẠCH\nTổ chức hội khỏe Phù Đổng năm 2024\nNăm học 2024 - 2025\n\n"
                + "Căn cứ Luật Giáo dục;\n");
        assertThat(e.period().kind()).isEqualTo("SCHOOL_YEAR");
        assertThat(e.period().value()).isEqualTo("2024-2025");
        Extraction plain = read(LEFT + "Số: 12/KH-UBND\tAn Bình, ngày 16 tháng 9 năm 2024\n\nKẾ HOẠCH\nTổ chức hội khỏe Phù Đổng\n\n"
                + "Thực hiện nhiệm vụ năm học 2024 - 2025 của ngành giáo dục và kế hoạch của Phòng Giáo dục và Đào tạo huyện, trường xây dựng kế hoạch như sau:\n");
        assertThat(plain.period().kind()).isEqualTo("SCHOOL_YEAR");
    }

    // ---- a kind no kind line names, read from the shapes that name it ----

    @Test
    void aKindWordRunTogetherWithTheDateBeforeItAndTheTitleAfterItIsTheKind() {
        Extraction e = read("UBND HUYỆN AN BÌNH PHÒNG GIÁO DỤC & ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                + "An Bình, ngày 07 tháng 12 năm2010BÁOCÁOKIỂMTRA THỰC HIỆN XÂY DỰNGTRƯỜNG ĐẠTCHUẨN - Thực hiện theo Thông tư 06/2010/TT-BGDĐT;\n");
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
    }

    @Test
    void aPagesHeadlineOpeningWithTheKindAndTheSubjectIsTheKind() {
        Extraction e = read("Chi tiết tin - Xã An Bình\n\nCông văn V/v lấy ý kiến dự thảo Quy chế dân chủ ở cơ sở xã An Bình\n\n"
                + "Ủy ban nhân dân xã An Bình đề nghị các cơ quan, ban ngành, đoàn thể xã tham gia ý kiến vào dự thảo Quy chế.\n");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
    }

    @Test
    void aLettersSubjectBelowPageChromeMakesItALetter() {
        Extraction e = read("Xuất bản thông tin\n\nTin mới\n\nNội dung:\n\n\nChuyên mục\n\nV/v chủ trương lập Quy hoạch tỉnh An Bình thời kỳ 2021 - 2030\n\n"
                + "Xét đề nghị của Sở Kế hoạch và Đầu tư về việc chấp thuận chủ trương lập Quy hoạch tỉnh.\n");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
    }

    @Test
    void aDocumentNamingItsOwnKindInItsBodyIsOfThatKind() {
        Extraction e = read("Ban Thường vụ Đoàn trường đề nghị các chi đoàn thông báo đến đoàn viên mặc đồng phục vào thứ Hai đầu tuần.\n\n"
                + "Thời gian thực hiện: tất cả các thứ Hai đầu tuần từ khi công văn này ban hành.\n");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
    }

    @Test
    void aTextAddressedWithKinhGuiAndNoKindLineIsALetter() {
        Extraction e = read("Hỗ trợ giáo dục miền núi năm học 2016-2017\n\nKính gửi: Công đoàn Giáo dục các huyện, thành phố.\n"
                + "Ban Thường vụ Công đoàn ngành đề nghị Công đoàn Giáo dục huyện, thành phố triển khai thực hiện tốt một số nội dung.\n");
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
    }

    @Test
    void twoKindsNamedInTheBodyOrAKindLineLeaveTheKindAsItWas() {
        assertThat(read("Nhà trường xây dựng kế hoạch như sau.\n\nKế hoạch này thay thế công văn này.\n").docKind()).isEqualTo("KE_HOACH");
        assertThat(read(LEFT + "Số: 12/KH-UBND\tAn Bình, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nTổ chức hội nghị\n\nKính gửi: các trường.\n")
                .docKind()).isEqualTo("KE_HOACH");
    }

    // ---- a number and a symbol without the slash ----

    @Test
    void aNumberCellWithItsSymbolAfterASpaceAndNoSlashIsRead() {
        Extraction e = read("HĐ Đ HUYỆN AN BÌNH\n\nLIÊN ĐỘI LÝ TỰ TRỌNG\n\n          Số : 13  KHLĐ\n\nAn Bình, ngày 02 tháng 01 năm 2019.\n\n"
                + "KẾ HOẠCH TỔ CHỨC CHƯƠNG TRÌNH XUÂN YÊU THƯƠNG\n\nThực hiện chương trình công tác Đội năm học 2018-2019.\n");
        assertThat(e.number()).isEqualTo(13);
        assertThat(e.symbol()).isEqualTo("KHLĐ");
        assertThat(e.issueDate()).isEqualTo(new DateParts(2, 1, 2019));
    }

    // ---- a decision named by its own annex ----

    @Test
    void aDecisionCopiedWithoutItsNumberTakesItFromItsAnnex() {
        Extraction e = read("QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP GIỮA THỦ TRƯỞNG VÀ CÔNG ĐOÀN\n- Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015;\n"
                + "QUYẾT ĐỊNH\nĐiều 1: Ban hành kèm theo Quyết định này quy chế phối hợp.\nNơi nhận:\n- Lưu.\n"
                + "QUY CHẾ PHỐI HỢP GIỮA THỦ TRƯỞNG VÀ CÔNG ĐOÀN\n"
                + "Kèm theo Quyết định số: 236 /QĐ-THHM ngày 11 tháng 9 năm 2024 của Hiệu trưởng Trường Tiểu học An Bình\n");
        assertThat(e.number()).isEqualTo(236);
        assertThat(e.symbol()).isEqualTo("QĐ-THHM");
        assertThat(e.issueDate()).isEqualTo(new DateParts(11, 9, 2024));
    }

    @Test
    void aRegulationWhoseAnnexLineNamesTheDecisionHasNoNumberOfItsOwn() {
        assertThat(FieldShapes.annexing(java.util.List.of("QUY CHẾ", "Dân chủ trong trường học",
                "(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 05/3/2021 của Hiệu trưởng)"), "quy che")).isNull();
    }

    // ---- a news item presenting the document it is about ----

    @Test
    void aNewsItemPresentingTheDocumentItIsAboutGivesItsNumber() {
        Extraction e = read("Phát động phong trào thi đua phòng, chống dịch\n\nĐó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh "
                + "về việc phát động phong trào thi đua toàn dân tham gia phòng, chống dịch Covid-19.\n");
        assertThat(e.number()).isEqualTo(3);
        assertThat(e.symbol()).isEqualTo("CT-UBND");
    }

    @Test
    void aSentenceIssuingTheDocumentOutranksTheOnePresentingIt() {
        Extraction e = read("Thu chi đầu năm học\n\nKhông quy định mức ủng hộ bình quân. Đây là các nội dung nêu tại văn bản số 1510/UBND-GDĐT hướng dẫn công tác thu chi.\n\n"
                + "Ông Ngô Văn An – Phó Chủ tịch UBND huyện An Bình đã ký hướng dẫn số 1510/UBND-GDĐT ngày 27/8/2021, về việc hướng dẫn công tác quản lý thu, chi.\n");
        assertThat(e.number()).isEqualTo(1510);
        assertThat(e.issueDate()).isEqualTo(new DateParts(27, 8, 2021));
    }
}
