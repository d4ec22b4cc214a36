package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24: the edges of a title on pages without a kind-line title — the identity a post's headline, a record row or a
 * library's naming puts in front of the subject ("Kế hoạch 25/KH-PGDĐT ngày … về việc …", "Công văn 12-CV/BTG năm 2024 về …",
 * "số 45/SGDĐT-VP V/v …", "… ban hành bởi X về …"), and what wraps or follows it (brackets round the whole, a page's download
 * link, the qualifier of a kind line "KẾ HOẠCH HÀNH ĐỘNG"). Short texts of our own, with the shapes that must stay as they are.
 */
class TitleEdgesSession24Tests {

    private static String title(String found) {
        return TitleSignals.bound(found).text();
    }

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aKindWordAndItsNumberWithoutSoInFrontOfTheSubjectAreTheIdentity() {
        TitleSignals.Decision d = TitleSignals.bound("Kế hoạch 25/KH-PGDĐT ngày 12/10/2019 về việc tổ chức hội thi giáo viên dạy giỏi cấp huyện");
        assertThat(d.text()).isEqualTo("về việc tổ chức hội thi giáo viên dạy giỏi cấp huyện");
        assertThat(d.named().number()).isEqualTo(25);
        assertThat(d.named().symbol()).isEqualTo("KH-PGDĐT");
        assertThat(d.named().date().day()).isEqualTo(12);
        assertThat(title("Công văn số 7/UBND-VX về việc rà soát hộ nghèo năm 2020")).isEqualTo("về việc rà soát hộ nghèo năm 2020");
    }

    @Test
    void aLibrarysYearAfterTheSymbolGoesWithTheIdentity() {
        assertThat(title("Công văn 12-CV/BTG năm 2024 về định hướng tuyên truyền tháng 5")).isEqualTo("về định hướng tuyên truyền tháng 5");
        assertThat(title("Kế hoạch 40-KH/BDV năm 2024 Tổ chức hội nghị đối thoại với đoàn viên")).isEqualTo("Tổ chức hội nghị đối thoại với đoàn viên");
    }

    @Test
    void aKindWordBeforeAYearOrACountIsNoIdentity() {
        assertThat(title("Kế hoạch năm 2020 của Liên đội Trường Tiểu học Hòa Bình")).isEqualTo("Kế hoạch năm 2020 của Liên đội Trường Tiểu học Hòa Bình");
        assertThat(title("năm 2025 Tổ chức hội thi văn nghệ chào mừng ngày 20/11")).isEqualTo("năm 2025 Tổ chức hội thi văn nghệ chào mừng ngày 20/11");
    }

    @Test
    void aVvSubjectAfterTheNumberIsNoPartOfTheSymbol() {
        assertThat(title("số 45/SGDĐT-VP V/v Hướng dẫn công tác thi đua năm học 2019-2020")).isEqualTo("V/v Hướng dẫn công tác thi đua năm học 2019-2020");
        assertThat(title("số 12/TTLT-BGD ĐT-BNV về việc xếp lương giáo viên")).isEqualTo("về việc xếp lương giáo viên");
    }

    @Test
    void whomAPageSaysItWasIssuedByIsNoPartOfTheTitle() {
        assertThat(title("số 10/NQ-TU ngày 02/3/2021 ban hành bởi Tỉnh ủy Hà Nam về phát triển du lịch đến năm 2025"))
                .isEqualTo("về phát triển du lịch đến năm 2025");
        assertThat(title("Quy chế ban hành bởi nhà trường năm học 2020-2021")).isEqualTo("Quy chế ban hành bởi nhà trường năm học 2020-2021");
    }

    @Test
    void bracketsRoundTheWholeTitleUnderTheKindLineAreDropped() {
        assertThat(title("(Ban hành Quy định về công tác kiểm tra nội bộ trường học)")).isEqualTo("Ban hành Quy định về công tác kiểm tra nội bộ trường học");
        assertThat(title("Hội thi (vòng 2) giáo viên chủ nhiệm giỏi cấp trường")).isEqualTo("Hội thi (vòng 2) giáo viên chủ nhiệm giỏi cấp trường");
        assertThat(title("(Thu) (Chi) quỹ hoạt động của Hội cha mẹ học sinh")).isEqualTo("(Thu) (Chi) quỹ hoạt động của Hội cha mẹ học sinh");
    }

    @Test
    void aPagesDownloadLinkAfterTheSubjectIsNoPartOfIt() {
        assertThat(title("về định hướng hoạt động văn hóa, văn nghệ **TẢI VỀ**")).isEqualTo("về định hướng hoạt động văn hóa, văn nghệ");
        assertThat(title("về tổ chức ngày hội đọc sách Tải về")).isEqualTo("về tổ chức ngày hội đọc sách");
    }

    @Test
    void aNewsSentenceNamingTheDocumentWithItsYearGivesTheSubjectAfterIt() {
        Extraction e = read("""
                Ngày 3/5/2024, Ban Tuyên giáo Huyện ủy Đông Hải ban hành Công văn 12-CV/BTG năm 2024 về định hướng tuyên truyền tháng 5 **TẢI VỀ**
                Theo đó, các chi bộ tập trung tuyên truyền các ngày lễ lớn trong tháng.
                """);
        assertThat(e.title()).isEqualTo("về định hướng tuyên truyền tháng 5");
        assertThat(e.number()).isEqualTo(12);
        Extraction capital = read("""
                Ngày 19/11/2024, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch 40-KH/BDV năm 2024 Tổ chức hội nghị đối thoại với đoàn viên thanh niên.
                Theo đó, hội nghị được tổ chức trong quý IV.
                """);
        assertThat(capital.title()).isEqualTo("Tổ chức hội nghị đối thoại với đoàn viên thanh niên");
    }

    @Test
    void aKindLineWithItsActionQualifierAloneLeavesTheTitleToTheLinesBelow() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN
                TỈNH HÀ NAM
                -------
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 45/KH-UBND
                Hà Nam, ngày 2 tháng 3 năm 2021

                KẾ HOẠCH HÀNH ĐỘNG

                THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XX

                Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX;
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertThat(e.title()).isEqualTo("THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XX");
    }
    @Test
    void aGuidingVerbOpeningTheSubjectOfALetterIsKept() {
        assertThat(TitleSignals.boundVerbLed("hướng dẫn nội dung tuyên truyền tháng 5/2016", null, "CV/ĐU").text())
                .isEqualTo("hướng dẫn nội dung tuyên truyền tháng 5/2016");
        assertThat(TitleSignals.boundVerbLed("hướng dẫn việc học tập chuyên đề năm 2014", null, "HD/BTGTW").text())
                .isEqualTo("việc học tập chuyên đề năm 2014");
        assertThat(TitleSignals.boundVerbLed("hướng dẫn việc học tập chuyên đề năm 2014", "Hướng dẫn", null).text())
                .isEqualTo("việc học tập chuyên đề năm 2014");
        assertThat(TitleSignals.boundVerbLed("kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ", "Thông báo", null).text())
                .isEqualTo("về công tác cán bộ");
        Extraction e = read("""
                Ngày 06/5, Đảng ủy Sở Tư pháp ban hành văn bản số 45-CV/ĐU hướng dẫn nội dung tuyên truyền tháng 5/2016.
                Theo đó, các chi bộ tập trung tuyên truyền các ngày lễ lớn trong tháng.
                """);
        assertThat(e.title()).isEqualTo("hướng dẫn nội dung tuyên truyền tháng 5/2016");
    }

    @Test
    void aNewsItemNarratingAnEventGivesTheDocumentItCarriesOut() {
        Extraction e = read("""
                Ngày hội đọc sách năm 2022
                Ngày đăng: 24/03/2022 - 14:40
                Thực hiện Kế hoạch số 15-KH/TĐTN ngày 19/02/2022 của Ban Thường vụ Huyện đoàn về tổ chức Ngày hội đọc sách chào mừng ngày 26/3;
                Được sự đồng ý của Ban giám hiệu, ngày 22/3/2022 Liên đội trường Tiểu học Hòa Bình tổ chức Ngày hội đọc sách cho học sinh toàn trường.
                Ngày hội được tổ chức trong không khí vui tươi.
                """);
        assertThat(e.title()).isEqualTo("về tổ chức Ngày hội đọc sách chào mừng ngày 26/3");
        assertThat(e.number()).isEqualTo(15);
        assertThat(e.symbol()).isEqualTo("KH/TĐTN");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Huyện đoàn");
        Extraction after = read("""
                Thực hiện Kế hoạch liên tịch số 12-KHLT/CĐ về Tổ chức Hội nghị viên chức, năm học 2022-2023 của Trường Tiểu học An Lạc
                Vào lúc 14 giờ ngày 07 tháng 10 năm 2022, trường Tiểu học An Lạc đã long trọng tổ chức Hội nghị viên chức năm học 2022 - 2023.
                """);
        assertThat(after.title()).isEqualTo("về Tổ chức Hội nghị viên chức, năm học 2022-2023");
        assertThat(after.issuers()).containsExactly("Trường Tiểu học An Lạc");
    }

    @Test
    void aCarriedOutLineAboveThePagesOwnPlanIsNoSubjectAndOfSeveralDocumentsTheFirstIsCarriedOut() {
        String ownPlan = """
                Thực hiện Kế hoạch số 15-KH/TĐTN ngày 19/02/2022 của Ban Thường vụ Huyện đoàn về tổ chức Ngày hội đọc sách;
                Liên đội trường Tiểu học Hòa Bình xây dựng kế hoạch tổ chức Ngày hội đọc sách như sau:
                1. Thời gian: ngày 22/3/2022, tổ chức tại sân trường.
                """;
        assertThat(CarriedOut.find(java.util.List.of(ownPlan.split("\n")))).isNull();
        String several = """
                Thực hiện Công văn số 57/UBND-NC ngày 3/2/2023 của UBND tỉnh về việc triển khai Luật; Kế hoạch số 76/KH-UBND ngày 16/3/2023 của UBND thành phố về việc thi hành Luật
                Ngày 20/3/2023, UBND phường tổ chức hội nghị lấy ý kiến Nhân dân.
                """;
        // several documents carried out: the first the lead names is the item's (CarriedOut's rule, kept when the two readers of
        // this shape were made one at the merge of session 24)
        assertThat(CarriedOut.find(java.util.List.of(several.split("\n")))).extracting(WebHeadline.Headline::number).isEqualTo(57);
    }
    @Test
    void aBodySentenceEnactingADocumentByAnotherNumberGivesNoTitle() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 86/BC-UBND | Hải Dương, ngày 6 tháng 9 năm 2017 |
                Thực hiện Công văn số 148/BTP-PBGDPL ngày 10/5/2017 của Bộ Tư pháp về hướng dẫn sơ kết, Ủy ban nhân dân tỉnh báo cáo kết quả như sau:
                I. KẾT QUẢ THỰC HIỆN
                1. Công tác chỉ đạo
                Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 755/KH-UBND ngày 07/11/2013 triển khai thực hiện Luật Phổ biến, giáo dục pháp luật trên địa bàn tỉnh.
                """);
        assertThat(e.number()).isEqualTo(86);
        assertThat(e.title()).isNull();
    }
}
