package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes of the session 13 new development batch (the corpus batch split with heldout6), each written here as a short text of our own: a news sentence read by
 * its parts (date with or without the comma and the year, adverbs before the verb, "văn bản" for a letter, no "số",
 * a "gửi …" phrase before the subject, "thay mặt …" naming the unit), and a portal's bulleted list of other
 * documents that is never the header.
 */
class HeaderShapesSession13DevTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aNewsSentenceWithoutTheCommaAfterItsDate() {
        Extraction e = read("""
                Tăng cường phòng, chống dịch trên địa bàn
                Ngày 03/5/2021 Ủy ban nhân dân huyện ban hành Chỉ thị số 07/CT-UBND về việc tăng cường phòng, chống dịch trên địa bàn huyện
                """);
        assertThat(e.number()).isEqualTo(7);
        assertThat(e.symbol()).isEqualTo("CT-UBND");
        assertThat(e.issueDate().day()).isEqualTo(3);
        assertThat(e.issueDate().month()).isEqualTo(5);
        assertThat(e.issueDate().year()).isEqualTo(2021);
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân huyện");
        assertThat(e.title()).isEqualTo("về việc tăng cường phòng, chống dịch trên địa bàn huyện");
    }

    @Test
    void aNumberWithoutSymbolAndADateWithoutYear() {
        Extraction e = read("""
                Ngày 9/9, Ban Thường vụ Huyện ủy đã ban hành Nghị quyết số 21 về việc lãnh đạo công tác chuyển đổi số.
                """);
        assertThat(e.number()).isEqualTo(21);
        assertThat(e.symbol()).isNull();
        assertThat(e.issueDate().day()).isEqualTo(9);
        assertThat(e.issueDate().month()).isEqualTo(9);
        assertThat(e.issueDate().year()).isNull();
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Huyện ủy");
        assertThat(e.title()).isEqualTo("về việc lãnh đạo công tác chuyển đổi số");
    }

    @Test
    void aYearAfterTheKindWordIsNeverTheNumber() {
        Extraction e = read("""
                Ngày 2/3/2023, Phòng Giáo dục và Đào tạo ban hành Kế hoạch 2023 về công tác thi đua.
                """);
        assertThat(e.number()).isNull();
    }

    @Test
    void aLetterNamedOnlyAsVanBanSignedOnBehalfOfTheCommittee() {
        Extraction e = read("""
                UBND tỉnh chỉ đạo tăng cường quản lý chợ
                Ngày 14/6/2022, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Trần Văn Nam đã ký ban hành văn bản số 1187/UBND-KT, chỉ đạo các sở tăng cường quản lý chợ.
                """);
        assertThat(e.number()).isEqualTo(1187);
        assertThat(e.symbol()).isEqualTo("UBND-KT");
        assertThat(e.issuers()).containsExactly("UBND tỉnh");
        assertThat(e.issueDate().year()).isEqualTo(2022);
        assertThat(e.title()).isNull();
    }

    @Test
    void aDocumentWithoutSoItsRecipientsBeforeTheSubjectAndItsOwnDate() {
        Extraction e = read("""
                Sở Giáo dục và Đào tạo vừa ban hành công văn số 512/SGDĐT-GDTrH gửi các trường THPT về việc tổ chức ôn thi.
                Ông Lê Văn Bình – Phó Chủ tịch UBND huyện Tân Phú, tỉnh Đồng Nai đã ký hướng dẫn số 88/UBND-GDĐT ngày 12/8/2022, về việc thu chi.
                """);
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        assertThat(e.number()).isEqualTo(512);
        assertThat(e.issuers()).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(e.title()).isEqualTo("về việc tổ chức ôn thi");
        Extraction f = read("""
                Ông Lê Văn Bình – Phó Chủ tịch UBND huyện Tân Phú, tỉnh Đồng Nai đã ký hướng dẫn số 88/UBND-GDĐT ngày 12/8/2022, về việc thu chi.
                """);
        assertThat(f.number()).isEqualTo(88);
        assertThat(f.issueDate().day()).isEqualTo(12);
        assertThat(f.issuers()).containsExactly("UBND huyện Tân Phú");
        assertThat(f.title()).isEqualTo("về việc thu chi");
        Extraction g = read("""
                Ngày 10/01/2024, Bộ GD&ĐT ban hành Quyết định 115/QĐ-BGDĐT về khung kế hoạch thời gian năm học.
                """);
        assertThat(g.number()).isEqualTo(115);
        assertThat(g.symbol()).isEqualTo("QĐ-BGDĐT");
    }

    @Test
    void aBulletedListOfOtherDocumentsIsNeverTheHeader() {
        Extraction e = read("""
                Lịch nghỉ Tết In trang
                Ngày 12/01/2024, Sở Giáo dục và Đào tạo ban hành Thông báo số 45/TB-SGDĐT về lịch nghỉ Tết.
                Văn bản mới
                  • Số 198-HD/BTGTU 01/11/2024 Hướng dẫn công tác tuyên truyền tháng 11
                  • Số 1423-CV/BTGTU 28/10/2024 Tuyên truyền kỷ niệm
                """);
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("TB-SGDĐT");
        assertThat(e.title()).isEqualTo("về lịch nghỉ Tết");
    }

    @Test
    void aPagesLabelAndNumberLinesAreNeverUnits() {
        Extraction e = read("""
                Tai lieu thi ve sinh truong hoc
                Người gửi: Trần Văn An
                Số lượt tải: 31
                VIEWS: 12 PAGES: 2
                UBND HUYỆN KIM SƠN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc
                Số: 37/PGD&ĐT-TH Kim Sơn, ngày 10 tháng 04 năm 2013
                Kính gửi: Hiệu trưởng các trường Tiểu học.
                Thực hiện kế hoạch năm học, Phòng GD&ĐT thông báo như sau:
                """);
        assertThat(e.parentIssuer()).isEqualTo("UBND HUYỆN KIM SƠN");
        assertThat(e.issuers()).hasSize(1);
        assertThat(e.issuers().get(0)).startsWith("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void aSymbolNamingNoKindIsAnOfficialLetters() {
        Extraction e = read("""
                UBND HUYỆN KIM SƠN
                PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 37/PGD&ĐT-TH
                Kim Sơn, ngày 10 tháng 04 năm 2013
                Kính gửi: Hiệu trưởng các trường Tiểu học.
                """);
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        Extraction plan = read("""
                TRƯỜNG TIỂU HỌC KIM ĐÔNG
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 12/KHGD-TH
                Kim Đông, ngày 10 tháng 9 năm 2013
                Giáo dục nhà trường năm học 2013-2014
                """);
        assertThat(plan.docKind()).isEqualTo("KE_HOACH");
    }

    @Test
    void aMisspeltPartyNameIsStillTheAnchorNotPartOfTheIssuer() {
        Extraction e = read("""
                ĐẢNG BỘ XÃ AN HÒA
                CHI BỘ TRƯỜNG MẦM NON
                Số: 05/KH-CB
                ĐẢNG CỘNG SẢN VIÊT NAM
                An Hòa, ngày 10 tháng 9 năm 2022
                KẾ HOẠCH
                Lãnh đạo thực hiện nhiệm vụ năm học 2022 - 2023
                """);
        assertThat(e.parentIssuer()).isEqualTo("ĐẢNG BỘ XÃ AN HÒA");
        assertThat(e.issuers()).containsExactly("CHI BỘ TRƯỜNG MẦM NON");
    }

    @Test
    void anOpeningSubjectWithItsAbbreviationInBracketsAndACapitalisedVerb() {
        Extraction e = read("""
                Căn cứ Công văn số 21/SGDĐT-GDTH ngày 03/9/2021 của Sở Giáo dục và Đào tạo về việc Hướng dẫn nhiệm vụ năm học, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường thực hiện nhiệm vụ chuyên môn như sau:
                """);
        assertThat(e.issuers()).containsExactly("Phòng Giáo dục và Đào tạo");
        Extraction f = read("""
                Lịch tiếp công dân của xã năm 2024
                Căn cứ Luật tiếp công dân số 42/2013/QH13 ngày 25/11/2013;
                Ủy Ban nhân dân xã Hòa Bình thông báo lịch tiếp công dân như sau:
                """);
        assertThat(f.issuers()).containsExactly("Ủy Ban nhân dân xã Hòa Bình");
    }

    @Test
    void aPagesOnlyLineAboveTheBasesIsTheTitle() {
        Extraction e = read("""
                Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Hòa Bình năm 2024
                Căn cứ Luật tiếp công dân số 42/2013/QH13 ngày 25/11/2013;
                Ủy ban nhân dân xã Hòa Bình thông báo lịch tiếp công dân như sau:
                """);
        assertThat(e.title()).isEqualTo("Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Hòa Bình năm 2024");
        assertThat(e.period().value()).isEqualTo("2024");
        Extraction menu = read("""
                Trang chủ | Tin tức | Văn bản
                Căn cứ Luật tiếp công dân số 42/2013/QH13 ngày 25/11/2013;
                """);
        assertThat(menu.title()).isNull();
    }
}
