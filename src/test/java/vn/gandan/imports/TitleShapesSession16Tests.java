package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 16: the title failures of the retired held-out parts 2, 5 and 6 (documents the extractor was not written for),
 * each shape written here as a short text of our own — where a title ends (a salutation spelt "Kính gởi", recipients
 * after the subject, "với yêu cầu …", the principal's enacting line, "do Bộ trưởng … ban hành", a title in capitals run on
 * into the first sentence), what is no title (a library's chrome line, an issuer alone), titles that were not found (a
 * kind line carrying its own number, "Đó là nội dung tại Chỉ thị số …", a page headline naming kind and issuer), and anchors
 * in running text that sent the title search into the body (motto words in a sentence, "Tuy nhiên, ngày …").
 */
class TitleShapesSession16Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static String bound(String found) {
        return TitleSignals.bound(found).text();
    }

    @Test
    void aSalutationSpeltKinhGoiEndsTheSubjectOfALetter() {
        Extraction e = read("""
                UBND TỈNH AN GIANG                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ GIÁO DỤC VÀ ĐÀO TẠO                Độc lập - Tự do - Hạnh phúc
                Số: 512/SGDĐT-GDTrH                   Long Xuyên, ngày 20 tháng 10 năm 2010

                V/v Hướng dẫn Hội thi giáo viên
                dạy giỏi cấp tỉnh năm học 2010-2011
                Kính gởi: - Các Phòng Giáo dục và Đào tạo;
                - Các đơn vị trực thuộc
                Ngày 20/7/2010, Bộ Giáo dục và Đào tạo đã ban hành Điều lệ Hội thi giáo viên dạy giỏi; Sở hướng dẫn bổ sung một số điểm
                thực hiện thống nhất trong toàn tỉnh từ năm học 2010-2011 như sau:
                """);
        assertThat(e.title()).isEqualTo("V/v Hướng dẫn Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2010-2011");
    }

    @Test
    void aKindLineCarryingItsOwnNumberTakesTheTitleFromTheLineBelow() {
        Extraction e = read("""
                THỦ TƯỚNG CHÍNH PHỦ
                -------
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 1234/QĐ-TTg
                Hà Nội, ngày 03 tháng 12 năm 2018

                QUYẾT ĐỊNH 1234/QĐ-TTg

                PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP GIAI ĐOẠN 2018 – 2025

                Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP GIAI ĐOẠN 2018 – 2025");
        assertThat(e.number()).isEqualTo(1234);
    }

    @Test
    void aDocumentLibrarysChromeLineIsNoTitleAndThePageHeadlineGivesIt() {
        assertThat(TitleSignals.bound("Chia sẻ: Nguyễn Văn An | Ngày: | Loại File: DOC | Số trang:7").refusal()).isEqualTo("page chrome");
        assertThat(TitleSignals.bound("Tác giả: An | Ngày đăng: 12/3 | Lượt xem: 80").refusal()).isEqualTo("page chrome");
        assertThat(bound("Quy định về việc bồi dưỡng nghiệp vụ quản lý giáo dục | Sở Giáo dục")).isNotNull();
    }

    @Test
    void aNewsSentenceNamingOnlyTheIssuerGivesNoTitleButKeepsTheDate() {
        Extraction e = read("""
                Công văn số 381/SGDĐT-VP ngày 28/02/2020 của Sở Giáo dục và Đào tạo.

                - Các trường trung học phổ thông tổ chức dạy và học trở lại vào ngày 02/3/2020.
                """);
        assertThat(e.title()).isNull();
        assertThat(e.number()).isEqualTo(381);
        assertThat(e.issueDate().day()).isEqualTo(28);
    }

    @Test
    void theIssuerNamedBeforeTheSubjectIsNoPartOfIt() {
        assertThat(bound("của Ban Chỉ đạo huyện về phối hợp hoạt động công tác dân vận năm 2022"))
                .isEqualTo("về phối hợp hoạt động công tác dân vận năm 2022");
        assertThat(bound("của các em học sinh về an toàn giao thông")).startsWith("của các em");
    }

    @Test
    void whatTheDocumentRequiresAfterACommaIsNoPartOfTheSubject() {
        assertThat(bound("về việc tăng cường công tác dân vận của cơ quan hành chính nhà nước, với yêu cầu xác định công tác dân vận là nhiệm vụ"
                + " của cả hệ thống chính trị")).isEqualTo("về việc tăng cường công tác dân vận của cơ quan hành chính nhà nước");
        assertThat(bound("về phong trào thi đua với yêu cầu mới của thời kỳ hội nhập"))
                .isEqualTo("về phong trào thi đua với yêu cầu mới của thời kỳ hội nhập");
    }

    @Test
    void theRecipientsNamedAfterTheSubjectStayOut() {
        assertThat(bound("về việc Tổ chức tuần lễ hưởng ứng học tập suốt đời gửi Thường trực Hội Khuyến học các tỉnh, thành phố"))
                .isEqualTo("về việc Tổ chức tuần lễ hưởng ứng học tập suốt đời");
        assertThat(bound("V/v hướng dẫn gửi hồ sơ xét tuyển lớp 10")).isEqualTo("V/v hướng dẫn gửi hồ sơ xét tuyển lớp 10");
    }

    @Test
    void thePrincipalsEnactingLineEndsTheTitle() {
        assertThat(bound("Về việc: Thành lập Ban chỉ đạo thực hiện Quy chế công khai của nhà trường HIỆU TRƯỞNG TRƯỜNG THCS TÂN HIỆP A5"))
                .isEqualTo("Về việc: Thành lập Ban chỉ đạo thực hiện Quy chế công khai của nhà trường");
    }

    @Test
    void aPrincipalInATitleInCapitalsIsItsSubjectNotItsEnactingLine() {
        assertThat(bound("VỀ VIỆC BỔ NHIỆM HIỆU TRƯỞNG TRƯỜNG THCS AN PHÚ")).isEqualTo("VỀ VIỆC BỔ NHIỆM HIỆU TRƯỞNG TRƯỜNG THCS AN PHÚ");
    }

    @Test
    void whatIsSentAfterGuiInTheSubjectStays() {
        assertThat(bound("V/v hướng dẫn gửi các sản phẩm dự thi về Sở")).isEqualTo("V/v hướng dẫn gửi các sản phẩm dự thi về Sở");
        assertThat(bound("về việc hướng dẫn tổ chức kỳ thi gửi các sở, ngành")).isEqualTo("về việc hướng dẫn tổ chức kỳ thi");
    }

    @Test
    void aKindLineCarryingItsOwnNumberAndDateTakesTheTitleFromTheLineBelow() {
        Extraction e = read("""
                BỘ GIÁO DỤC VÀ ĐÀO TẠO
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 31/2005/QĐ-BGDĐT
                Hà Nội, ngày 20 tháng 10 năm 2005

                QUYẾT ĐỊNH SỐ 31/2005/QĐ-BGDĐT NGÀY 20 THÁNG 10 NĂM 2005
                BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO CÁC LỚP MẦM NON ĐỘC LẬP

                Căn cứ Nghị định số 86/2002/NĐ-CP ngày 05/11/2002 của Chính phủ;
                """);
        assertThat(e.title()).isEqualTo("BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO CÁC LỚP MẦM NON ĐỘC LẬP");
    }

    @Test
    void aCapitalsLineAloneAboveTheBasesIsTheTitleUnlessItNamesAUnit() {
        Extraction e = read("""
                ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020

                Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ Tỉnh ủy về công tác tuyên giáo năm 2020, Ban Tuyên giáo
                Tỉnh ủy đề nghị các địa phương, đơn vị tập trung tuyên truyền tốt các nội dung sau:
                """);
        assertThat(e.title()).isEqualTo("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020");
        Extraction unit = read("""
                ỦY BAN NHÂN DÂN XÃ AN PHÚ

                Thực hiện Kế hoạch số 12/KH-UBND ngày 21/01/2020 của Ủy ban nhân dân huyện về công tác tuyên truyền năm 2020, Ủy ban
                nhân dân xã đề nghị các ấp tập trung tuyên truyền tốt các nội dung sau:
                """);
        assertThat(unit.title()).isNull();
    }

    @Test
    void aLegalLibrarysIssuingTailIsNoPartOfTheTitle() {
        assertThat(bound("về việc ban hành Quy định điều kiện tối thiểu cho các lớp mầm non độc lập do Bộ trưởng Bộ Giáo dục và Đào tạo ban hành"))
                .isEqualTo("về việc ban hành Quy định điều kiện tối thiểu cho các lớp mầm non độc lập");
        assertThat(bound("về việc ban hành Quy chế do Ủy ban nhân dân tỉnh ban hành kèm theo"))
                .isEqualTo("về việc ban hành Quy chế do Ủy ban nhân dân tỉnh ban hành kèm theo");
    }

    @Test
    void aTitleInCapitalsRunOnIntoTheFirstSentenceEndsWhereTheSentenceBegins() {
        assertThat(bound("VỀ NHIỆM VỤ CHỦ YẾU NĂM HỌC 2017-2018 CỦA NGÀNH GIÁO DỤC TỈNH BÌNH PHƯỚC Năm học 2016-2017, toàn ngành Giáo dục"
                + " tỉnh đã triển khai thực hiện các nhóm nhiệm vụ chủ yếu và đạt được một số kết quả"))
                .isEqualTo("VỀ NHIỆM VỤ CHỦ YẾU NĂM HỌC 2017-2018 CỦA NGÀNH GIÁO DỤC TỈNH BÌNH PHƯỚC");
        assertThat(bound("KẾ HOẠCH HOẠT ĐỘNG HÈ NĂM 2023 Trường Tiểu học An Phú")).isEqualTo("KẾ HOẠCH HOẠT ĐỘNG HÈ NĂM 2023 Trường Tiểu học An Phú");
    }

    @Test
    void aNewsLeadGivingTheContentOfADocumentNamesIt() {
        Extraction e = read("""
                Phát động mạnh mẽ phong trào thi đua

                Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc phát động phong trào thi đua phòng, chống dịch.

                Theo đó, các sở, ngành tổ chức phát động phong trào thi đua trong toàn tỉnh.
                """);
        assertThat(e.title()).isEqualTo("về việc phát động phong trào thi đua phòng, chống dịch");
        assertThat(e.number()).isEqualTo(3);
        assertThat(e.symbol()).isEqualTo("CT-UBND");
        assertThat(e.issuers()).containsExactly("Chủ tịch UBND tỉnh"); // named after the number when the sentence's subject names none
    }

    @Test
    void aPageHeadlineNamingKindAndIssuerWithoutNumberGivesTheTitle() {
        Extraction e = read("""
                Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc tiếp tục đổi mới công tác dân vận trong cơ quan hành chính nhà nước.
                Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
                1. Các sở, ban, ngành tiếp tục quán triệt các văn bản của Trung ương.
                """);
        assertThat(e.title()).isEqualTo("về việc tiếp tục đổi mới công tác dân vận trong cơ quan hành chính nhà nước");
    }

    @Test
    void mottoWordsInRunningTextAreNoHeaderAnchor() {
        Extraction e = read("""
                Công văn V/v lấy ý kiến dự thảo Quy chế dân chủ ở cơ sở xã An Bình

                Luật Thực hiện dân chủ ở cơ sở đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khóa XV thông qua tại Kỳ họp thứ 4.

                Thực hiện trách nhiệm của UBND xã được giao trong Luật, Ủy ban nhân dân xã An Bình đã xây dựng dự thảo Quy chế.
                """);
        assertThat(e.title()).isEqualTo("V/v lấy ý kiến dự thảo Quy chế dân chủ ở cơ sở xã An Bình");
    }

    @Test
    void aBareDocLapInsideATitleInCapitalsIsNoMotto() {
        Extraction e = read("""
                BỘ GIÁO DỤC VÀ ĐÀO TẠO
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 31/2005/QĐ-BGDĐT
                Hà Nội, ngày 20 tháng 10 năm 2005

                QUYẾT ĐỊNH
                BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO NHÓM TRẺ ĐỘC LẬP CÓ NHIỀU KHÓ KHĂN

                Căn cứ Nghị định số 86/2002/NĐ-CP ngày 05/11/2002 của Chính phủ;
                """);
        assertThat(e.title()).isEqualTo("BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO NHÓM TRẺ ĐỘC LẬP CÓ NHIỀU KHÓ KHĂN");
        assertThat(e.issuers()).containsExactly("BỘ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(e.issuePlace()).isEqualTo("Hà Nội");
    }

    @Test
    void aConnectiveBeforeADateInASentenceIsNoPlaceAndTheDateNoAnchor() {
        Extraction e = read("""
                UBND tỉnh Hà Tĩnh vừa có Thông báo số 364/TB-UBND về việc thay đổi ngày tiếp công dân định kỳ tháng 10 năm 2016.

                Thông báo nêu rõ, phiên tiếp công dân định kỳ của lãnh đạo tỉnh quy định vào ngày 15 hàng tháng.

                Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ hai ngày 17 tháng 10 năm 2016.
                """);
        assertThat(e.title()).isEqualTo("về việc thay đổi ngày tiếp công dân định kỳ tháng 10 năm 2016");
        assertThat(e.issuePlace()).isNull();
        assertThat(e.number()).isEqualTo(364);
    }

    @Test
    void aNewsSentenceOfAUnitBuildingAPlanLedByItsYearOrWhatItCarriesOutGivesTheSubject() {
        Extraction year = read("""
                Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2022

                Năm 2022, Ban Dân vận Tỉnh ủy xây dựng kế hoạch tiếp tục nâng cao hiệu quả công tác dân vận ở cơ sở.
                """);
        assertThat(year.title()).isEqualTo("tiếp tục nâng cao hiệu quả công tác dân vận ở cơ sở");
        Extraction carried = read("""
                Thực hiện Chương trình công tác Đoàn năm 2018, Chi đoàn Văn phòng UBND tỉnh xây dựng và thực hiện kế hoạch thăm, tặng quà cho học sinh nghèo năm học 2018 - 2019, với mục tiêu là động viên các em đến trường.
                """);
        assertThat(carried.title()).isEqualTo("thăm, tặng quà cho học sinh nghèo năm học 2018 - 2019");
        Extraction meeting = read("""
                Năm 2022, Ban Dân vận Tỉnh ủy tổ chức hội nghị triển khai kế hoạch công tác dân vận.
                """);
        assertThat(meeting.title()).isNull();
    }

    @Test
    void aNewsLeadCitingTheDocumentWithTheoNamesItAndEndsItsSubjectAtTheComma() {
        Extraction e = read("""
                Học sinh Thái Bình tựu trường ngày 11/8

                Theo Quyết định số 1443 ngày 27/6/2014 của UBND tỉnh về việc phê duyệt kế hoạch thời gian năm học 2014 - 2015, học sinh tựu trường vào ngày 11/8.
                """);
        assertThat(e.number()).isEqualTo(1443);
        assertThat(e.issueDate().day()).isEqualTo(27);
        assertThat(e.title()).isEqualTo("về việc phê duyệt kế hoạch thời gian năm học 2014 - 2015"); // s18: a "Theo …" phrase ends at its comma (the gold's reading)
        Extraction whole = read("""
                Theo Quyết định số 1443 ngày 27/6/2014 của UBND tỉnh về việc phê duyệt kế hoạch thời gian năm học 2014 - 2015.
                """);
        assertThat(whole.title()).isEqualTo("về việc phê duyệt kế hoạch thời gian năm học 2014 - 2015");
    }
}
