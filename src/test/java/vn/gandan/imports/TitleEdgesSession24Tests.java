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
}
