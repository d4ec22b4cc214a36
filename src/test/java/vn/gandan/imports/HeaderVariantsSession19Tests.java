package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 19: the header fields do not move with the shape a copy gives the same document ({@link CorpusVariants}); here
 * the page chrome a web copy puts above the header ({@link ShapeNormaliser}), each as a short text of our own — with the
 * refusal that keeps a news item's own dateline.
 */
class HeaderVariantsSession19Tests {

    private static final String DOC = "UBND HUYỆN HÒA AN\nTRƯỜNG THCS HÒA AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-THCS\n\nHòa An, ngày 08 tháng 9 năm 2022\n\nKẾ HOẠCH\n\n"
            + "Tổ chức ngày hội đọc sách năm học 2022 - 2023\n\nCăn cứ Kế hoạch số 12/KH-PGDĐT ngày 02/3/2022 của Phòng GD&ĐT;\n\n"
            + "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao chất lượng hoạt động của nhà trường.\n";

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aPagesChromeAboveTheHeaderChangesNoHeaderField() {
        String page = "CỔNG THÔNG TIN ĐIỆN TỬ\nTrang chủ » Văn bản » Văn bản chỉ đạo, điều hành\nThứ hai, 12/05/2025 08:30\n"
                + "Lượt xem: 1.245\nChia sẻ | In trang\n\n" + DOC;
        Extraction plain = read(DOC);
        Extraction e = read(page);
        assertThat(e.issueDate()).isEqualTo(plain.issueDate());
        assertThat(e.period()).isEqualTo(plain.period());
        assertThat(e.title()).isEqualTo(plain.title()).isNotNull();
        assertThat(e.issuers()).isEqualTo(plain.issuers());
        assertThat(e.parentIssuer()).isEqualTo(plain.parentIssuer());
        assertThat(e.number()).isEqualTo(12);
    }

    @Test
    void aDateStampWithTheHourAndAViewCounterAreChrome() {
        assertThat(ShapeNormaliser.chrome("Thứ hai, 12/05/2025 08:30")).isTrue();
        assertThat(ShapeNormaliser.chrome("Thứ Năm, 15/10/2020, 16:21 (GMT+7)")).isTrue();
        assertThat(ShapeNormaliser.chrome("Lượt xem: 1.245")).isTrue();
        assertThat(ShapeNormaliser.chrome("Trang chủ > Tin tức > Thông báo")).isTrue();
        assertThat(ShapeNormaliser.chrome("Hòa An, ngày 08 tháng 9 năm 2022")).isFalse();
        assertThat(ShapeNormaliser.chrome("Số: 12/KH-THCS")).isFalse();
    }

    @Test
    void aLoneDateStampAboveANewsItemIsKeptAsItsDateline() {
        String news = "Thứ Năm, 15/10/2020, 16:21 (GMT+7)\n\nHội nghị triển khai nhiệm vụ năm học\n\nSáng nay, Sở tổ chức hội nghị.\n";
        assertThat(ShapeNormaliser.normal(news)).isSameAs(news);
    }

    @Test
    void aTextWithoutChromeIsReturnedUncopied() {
        assertThat(ShapeNormaliser.normal(DOC)).isSameAs(DOC);
    }

    @Test
    void theSitesNameIsDroppedOnlyRightAboveOtherChrome() {
        String page = "CỔNG THÔNG TIN ĐIỆN TỬ\nLượt xem: 12\n" + DOC;
        assertThat(ShapeNormaliser.normal(page).toString()).isEqualTo(DOC);
        String named = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA BÌNH\n\nTin tức\n\nBài viết\n\nNội dung\n" + DOC;
        assertThat(ShapeNormaliser.normal(named)).isSameAs(named);
    }

    @Test
    void aHeaderSpacedDoubleWithItsPiecesBrokenIsReadAsSingleSpaced() {
        String broken = "ỦY\nBAN NHÂN DÂN\nTỈNH CÀ MAU\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "---------------\n|\nSố:\n36/KH-UBND\n|\nCà\nMau, ngày 21 tháng 02 năm 2022\n|\nKẾ HOẠCH\nThực hiện chương trình sức khỏe học đường\n"
                + "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2022 của UBND tỉnh;\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao sức khỏe học sinh.\n";
        Extraction single = read(broken);
        Extraction doubled = read(broken.replace("\n", "\n\n"));
        assertThat(single.number()).isEqualTo(36);
        assertThat(doubled.number()).isEqualTo(single.number());
        assertThat(doubled.symbol()).isEqualTo(single.symbol());
        assertThat(doubled.issuePlace()).isEqualTo(single.issuePlace());
        assertThat(doubled.issuers()).isEqualTo(single.issuers());
    }

    @Test
    void aTextWithTwoLinesOneUnderTheOtherIsNotSpacedDouble() {
        String t = "A\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\nH\n\nI\n\nJ\n\nK\nL\n\nM\n\nN\n";
        assertThat(ShapeNormaliser.singleSpaced(t)).isSameAs(t);
        assertThat(ShapeNormaliser.singleSpaced(t.replace("K\nL", "K\n\nL")).toString()).startsWith("A\nB\nC\n");
    }

    @Test
    void aDateLineWrappedBeforeItsYearGivesTheWholeDate() {
        Extraction e = read(DOC.replace("Hòa An, ngày 08 tháng 9 năm 2022", "Hòa An, ngày 08 tháng 9 năm\n2022"));
        assertThat(e.issueDate()).isEqualTo(read(DOC).issueDate());
        assertThat(e.issueDate().year()).isEqualTo(2022);
        Extraction month = read(DOC.replace("Hòa An, ngày 08 tháng 9 năm 2022", "Hòa An, ngày 08 tháng\n9 năm 2022"));
        assertThat(month.issueDate()).isEqualTo(read(DOC).issueDate());
    }

    @Test
    void aLineEndingInNgayIsJoinedOnlyWhenTheNextCompletesAWholeDate() {
        String t = "Kính gửi các trường, ngày\nhội đọc sách sẽ diễn ra trong tháng 9.\n";
        assertThat(ShapeNormaliser.datesJoined(t)).isSameAs(t);
        assertThat(ShapeNormaliser.datesJoined("Hòa An, ngày 08 tháng 9 năm\n2022\nKẾ HOẠCH\n").toString())
                .isEqualTo("Hòa An, ngày 08 tháng 9 năm 2022\nKẾ HOẠCH\n");
    }
}
