package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 20: the header fields do not move with the noise a copy's letters carry ({@link CopyNoise}, {@link
 * LegacyFonts#capitals}, a legal library's banner in {@link ShapeNormaliser}; measured by {@link CorpusVariants}), each
 * as a short text of our own read against the same text without the noise.
 */
class HeaderNoiseSession20Tests {

    private static final String DOC = "UBND HUYỆN HƯNG HÀ\nTRƯỜNG THCS HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-THCS\n\nHưng Hà, ngày 15 tháng 10 năm 2022\n\nKẾ HOẠCH\n\n"
            + "Tổ chức ngày hội đọc sách năm học 2022 - 2023\n\nCăn cứ Kế hoạch số 12/KH-PGDĐT ngày 02/3/2022 của Phòng GD&ĐT;\n\n"
            + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao chất lượng hoạt động của nhà trường.\n";

    private static final String UBND = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n\nSố: 2579/QĐ-UBND\n\nĐồng Xoài, ngày 08 tháng 11 năm 2010\n\nQUYẾT ĐỊNH\n\n"
            + "Phê duyệt Đề án phổ cập giáo dục mầm non cho trẻ năm tuổi giai đoạn 2010 - 2015\n\n"
            + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Đề án.\n";

    private static Extraction read(String text) {
        return Extractor.extract("noise.txt", text);
    }

    private static void sameHeader(Extraction e, Extraction plain) {
        assertThat(e.issuers()).isEqualTo(plain.issuers()).isNotEmpty();
        assertThat(e.parentIssuer()).isEqualTo(plain.parentIssuer());
        assertThat(e.title()).isEqualTo(plain.title()).isNotNull();
        assertThat(e.number()).isEqualTo(plain.number());
        assertThat(e.symbol()).isEqualTo(plain.symbol());
        assertThat(e.issueDate()).isEqualTo(plain.issueDate());
        assertThat(e.issuePlace()).isEqualTo(plain.issuePlace());
        assertThat(e.docKind()).isEqualTo(plain.docKind());
    }

    @Test
    void aPdfFontsOiLetterIsReadAsTheHornedU() {
        String pdf = DOC.replace('ư', 'ƣ').replace('Ư', 'Ƣ');
        assertThat(pdf).contains("TRƢỜNG", "Hƣng Hà");
        sameHeader(read(pdf), read(DOC));
    }

    @Test
    void ocrDigitsAndALostLetterInTheDateLineAreReadAsTheDate() {
        Extraction e = read(DOC.replace("Số: 12/", "Số: l2/").replace("ngày 15 tháng 10", "ngày I5 thág l0"));
        sameHeader(e, read(DOC));
        assertThat(e.number()).isEqualTo(12);
        assertThat(e.issueDate().day()).isEqualTo(15);
        assertThat(e.issueDate().month()).isEqualTo(10);
    }

    @Test
    void aDateLineIsRepairedOnlyWhenItIsOtherwiseWhole() {
        assertThat(CopyNoise.date("Hà Nội, ngy 5 tháng l0 nm 2022")).isEqualTo("Hà Nội, ngày 5 tháng 10 năm 2022");
        assertThat(CopyNoise.date("NGÀY 5 THÁG 10 NĂM 2022")).isEqualTo("NGÀY 5 THÁNG 10 NĂM 2022");
        assertThat(CopyNoise.date("lớp 5 khối 10 năm 2022")).isEqualTo("lớp 5 khối 10 năm 2022"); // words too far from the date's
        assertThat(CopyNoise.date("ngày ll tháng Il năm ABCD")).isEqualTo("ngày ll tháng Il năm ABCD"); // no digit in the year
    }

    @Test
    void aNumberIsRepairedOnlyBeforeItsSymbol() {
        assertThat(CopyNoise.number("Số: 1l5/KH-UBND")).isEqualTo("Số: 115/KH-UBND");
        assertThat(CopyNoise.number("Số: I/TB-THCS")).isEqualTo("Số: 1/TB-THCS");
        assertThat(CopyNoise.number("Số lượng: l0 người")).isEqualTo("Số lượng: l0 người");
    }

    @Test
    void theMottosWordsWithALetterLostAreTheMottos() {
        String broken = UBND.replace("CHỦ NGHĨA", "CHỦ NGHA").replace("Hạnh phúc", "Hạnh phc");
        sameHeader(read(broken), read(UBND));
        assertThat(CopyNoise.phrase("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHA VIỆT NAM |", new String[] {"Cộng", "hòa", "xã", "hội",
                "chủ", "nghĩa", "Việt", "Nam"}, 6)).isEqualTo("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |");
        assertThat(CopyNoise.phrase("Độc lập – Tự do – Hạnh phc", new String[] {"Độc", "lập", "Tự", "do", "Hạnh", "phúc"}, 4))
                .isEqualTo("Độc lập – Tự do – Hạnh phúc");
        assertThat(CopyNoise.phrase("Độc lập, tự chủ và hạnh phúc", new String[] {"Độc", "lập", "Tự", "do", "Hạnh", "phúc"}, 4))
                .isEqualTo("Độc lập, tự chủ và hạnh phúc"); // words of other sense, not the slogan with a letter lost
    }

    @Test
    void theMottoAndTheSloganOnOneLineAreBothRepaired() { // the slogan read from the line as the motto's repair left it
        assertThat(CopyNoise.header("CỘNG HÒA XÃ HỘI CHỦ NGHA VIỆT NAM Độc lập – Tự do – Hạnh phc\n"))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc\n");
        assertThat(CopyNoise.header("Cộng hòa xã hội chủ nghĩa Việt Nam | Độc lập – Tự do – Hạnh phc\n"))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam | Độc lập – Tự do – Hạnh phúc\n");
    }

    @Test
    void ocrOnesWithoutADigitBeforeTheSymbolAreANumber() {
        assertThat(CopyNoise.number("Số: ll/CT-UBND | An Giang")).isEqualTo("Số: 11/CT-UBND | An Giang");
    }

    @Test
    void thuTuongChinhPhuWithoutItsHornIsThuTuong() {
        assertThat(CopyNoise.unitWords("THỦ TUONG CHÍNH PHỦ")).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
        assertThat(CopyNoise.unitWords("THU TUONG CHINH PHU")).isEqualTo("THỦ TƯỚNG CHINH PHU");
    }

    @Test
    void aHeaderLaidOnOneLineLendsItsUnitNoSectionHeading() {
        String row = "UBND HUYỆN HƯNG HÀ | TRƯỜNG THCS HÒA AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc"
                + " | Số: 12/KH-THCS | Hưng Hà, ngày 15 tháng 10 năm 2022\n\nKẾ HOẠCH\n\nTổ chức ngày hội đọc sách năm học 2022 - 2023\n\n"
                + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao chất lượng hoạt động của nhà trường.\n";
        assertThat(read(row).issuers()).noneMatch(x -> x.contains("MỤC ĐÍCH"));
        assertThat(ShapeNormaliser.withoutHeading("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO I. MỤC ĐÍCH YÊU CẦU")).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(ShapeNormaliser.withoutHeading("BỘ GIÁO DỤC VÀ ĐÀO TẠO A. NHIỆM VỤ CHUNG")).isEqualTo("BỘ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(ShapeNormaliser.withoutHeading("TRƯỜNG THCS SỐ 1 PHÚ LỘC")).isEqualTo("TRƯỜNG THCS SỐ 1 PHÚ LỘC");
    }

    @Test
    void aHeaderNameThatLostItsHornsTakesThemFromTheText() {
        String lost = DOC.replace("UBND HUYỆN HƯNG HÀ", "UBND HUYỆN HUNG HÀ").replace("Hưng Hà, ngày", "Hung Hà, ngày")
                + "\nỦy ban nhân dân huyện Hưng Hà chỉ đạo các trường thực hiện.\n";
        Extraction e = read(lost);
        assertThat(e.issuePlace()).isEqualTo("Hưng Hà");
        assertThat(CopyNoise.reaccented("UBND PHƯỜNG KIẾN TUONG", "Ủy ban nhân dân phường Kiến Tường")).isEqualTo("UBND PHƯỜNG KIẾN TƯỜNG");
        assertThat(CopyNoise.reaccented("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "đến năm Định hướng")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH");
        assertThat(CopyNoise.reaccented("TRUONG THCS HOA AN", "Trường THCS Hòa An")).isEqualTo("TRUONG THCS HOA AN"); // no word marked: not this step's
    }

    @Test
    void yBanAtTheStartOfACellIsUyBan() {
        sameHeader(read(UBND.replaceFirst("ỦY BAN NHÂN DÂN\n", "Y BAN NHÂN DÂN\n")), read(UBND));
        assertThat(CopyNoise.yBan("Y BAN NHÂN DÂN\t\tCỘNG HÒA")).isEqualTo("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA");
        assertThat(CopyNoise.yBan("Dự án Y ban đầu")).isEqualTo("Dự án Y ban đầu"); // not at a cell's start
    }

    @Test
    void aLegalLibrarysBannerAboveTheHeaderIsNoSuperiorBody() {
        Extraction e = read("THƯ VIỆN PHÁP LUẬT\n\n" + UBND);
        sameHeader(e, read(UBND));
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aSchoolsTruongWithoutItsAccentsIsTruong() {
        Extraction e = read(DOC.replace("TRƯỜNG THCS HÒA AN", "TRUONG THCS HÒA AN"));
        sameHeader(e, read(DOC));
        assertThat(CopyNoise.unitWords("TRUỜNG TIỂU HỌC KIM ĐỒNG")).isEqualTo("TRƯỜNG TIỂU HỌC KIM ĐỒNG");
        assertThat(CopyNoise.unitWords("TRƯƠNG THỊ MAI")).isEqualTo("TRƯƠNG THỊ MAI"); // a name, whole
        assertThat(CopyNoise.unitWords("TRUONG DINH")).isEqualTo("TRUONG DINH"); // no school's kind after it
    }

    @Test
    void aHeaderTableLeftInTheTcvn3FontIsConvertedInAUnicodeText() {
        String[] lines = DOC.split("\n", -1);
        StringBuilder debris = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            debris.append(i < 9 ? CorpusVariants.toTcvn3(lines[i]) : lines[i]).append(i + 1 < lines.length ? "\n" : "");
        }
        assertThat(debris.toString()).contains("§éc lËp").doesNotContain("Độc lập");
        assertThat(LegacyFonts.detect(debris)).isEqualTo(LegacyFonts.Encoding.UNICODE); // the reader leaves it: the body is Unicode
        sameHeader(read(debris.toString()), read(DOC));
    }

    @Test
    void capitalsTypedInTheTcvn3CapitalsFontAreCapitals() {
        assertThat(LegacyFonts.capitals("UBND HUYệN HƯNG Hà\t\tCéNG HòA")).isEqualTo("UBND HUYỆN HƯNG HÀ\t\tCÉNG HÒA");
        assertThat(LegacyFonts.capitals("Bộ Giáo dục và Đào tạo, QUYếT ĐịNH")).isEqualTo("Bộ Giáo dục và Đào tạo, QUYẾT ĐỊNH");
        assertThat(LegacyFonts.capitals("Phước Lý, ngày 12")).isEqualTo("Phước Lý, ngày 12");
        assertThat(LegacyFonts.capitals("TRƯỜNG THCS BUÔN TRẤP Kế HOẠCH HOẠT ĐỘNG năm học")).isEqualTo("TRƯỜNG THCS BUÔN TRẤP KẾ HOẠCH HOẠT ĐỘNG năm học");
        assertThat(LegacyFonts.capitals("UBND Hà Nội")).isEqualTo("UBND Hà Nội");
    }

    @Test
    void aUnicodeTextWithLatinOneLettersOnlyIsNotTcvn3() {
        String text = "Tô Lâm\nÔng Tô Lâm phát biểu\n" + DOC;
        assertThat(CopyNoise.repaired(text)).isSameAs(text);
    }

    @Test
    void aTextWithoutNoiseIsReturnedUncopied() {
        assertThat(CopyNoise.repaired(DOC)).isSameAs(DOC);
        assertThat(CopyNoise.repaired(UBND)).isSameAs(UBND);
    }
}
