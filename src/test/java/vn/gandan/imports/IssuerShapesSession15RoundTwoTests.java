package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Session 15, second round: issuer shapes of one-line runs and web copies, each written here as a short text of our own.
 * The Đoàn's (or the Party's) name stands in the right column's top cell, where other bodies put the national motto; run onto
 * one line it is glued to the symbol before it and the place after it ("…-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày …"), and a
 * unit name is glued to "Số:" ("…TRUNG ƯƠNGSố: 367 …"). A site's preview of the page, cut off with "[.]", repeats the header
 * above the page itself: its units are not the page's. A page's markup pasted as text under the site's own lines (the header
 * table in raw tags and entities) is read as HTML, so its cells, not the site's banner, give the issuer.
 */
class IssuerShapesSession15RoundTwoTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void theCentralCommitteeRunOntoOneLineWithTheDoanNameGluedBetweenSymbolAndPlaceIsOneIssuer() {
        Extraction e = read("BAN CHẤP HÀNH TRUNG ƯƠNGSố: 52 - HD/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 3 tháng 4 năm 2019 "
                + "HƯỚNG DẪNVề việc tổ chức tháng thanh niên năm 2019--------- Căn cứ Điều lệ Đoàn; các cấp bộ Đoàn thực hiện như sau.\n");
        assertThat(e.issuers()).containsExactly("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH");
        assertThat(e.parentIssuer()).isNull();
        assertThat(e.number()).isEqualTo(52);
        assertThat(e.symbol()).isEqualTo("HD/TWĐTN-VP");
        assertThat(e.issuePlace()).isEqualTo("Hà Nội");
    }

    @Test
    void thePartyNameGluedBetweenSymbolAndPlaceIsTheMottoCellNotPartOfTheSymbolOrTheIssuer() {
        Extraction e = read("HUYỆN ỦY BÌNH XUYÊNSố: 12 - KH/HUĐẢNG CỘNG SẢN VIỆT NAM Bình Xuyên, ngày 9 tháng 10 năm 2018 "
                + "KẾ HOẠCHVề việc tổ chức hội nghị cán bộ chủ chốt - Căn cứ Điều lệ Đảng; Ban Thường vụ Huyện ủy xây dựng kế hoạch.\n");
        assertThat(e.issuers()).containsExactly("HUYỆN ỦY BÌNH XUYÊN");
        assertThat(e.number()).isEqualTo(12);
        assertThat(e.symbol()).isEqualTo("KH/HU");
        assertThat(e.issuePlace()).isEqualTo("Bình Xuyên");
    }

    @Test
    void aLowerDoanUnitUnderTheDoanNameOnTheLeftKeepsItAsItsSuperior() {
        Extraction e = read("ĐOÀN TNCS HỒ CHÍ MINH\nCHI ĐOÀN TRƯỜNG THCS AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 05 tháng 09 năm 2020\nKẾ HOẠCH HOẠT ĐỘNG CHI ĐOÀN\nNĂM HỌC 2020 – 2021\n"
                + "I. CĂN CỨ\n- Căn cứ kế hoạch của nhà trường.\n");
        assertThat(e.issuers()).containsExactly("CHI ĐOÀN TRƯỜNG THCS AN PHÚ");
        assertThat(e.parentIssuer()).isEqualTo("ĐOÀN TNCS HỒ CHÍ MINH");
    }

    @Test
    void aSitePreviewCutWithAnEllipsisDoesNotLendItsHeaderToThePageBelow() {
        Extraction e = read("SỞ GD&ĐT HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Phụ lục 2 PHÒNG GD&ĐT DUY TIÊN TRƯỜNG TIỂU HỌC YÊN BẮC "
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Yên Bắc, ngày 06 th[.]\n"
                + "Trang 1Phụ lục 2:\nPHÒNG GD&ĐT DUY TIÊN\nTRƯỜNG TIỂU HỌC YÊN BẮC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nYên Bắc, ngày 06 tháng 10 năm 2020\nBIÊN BẢN Kiểm tra nội bộ tháng 9\n"
                + "Hôm nay, hồi 8 giờ ngày 06/10/2020, tổ kiểm tra đã tiến hành kiểm tra.\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC YÊN BẮC");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT DUY TIÊN");
    }

    @Test
    void aPreviewLineWithoutThePageBelowItIsStillReadAsTheHeader() {
        Extraction e = read("PHÒNG GD&ĐT DUY TIÊN TRƯỜNG TIỂU HỌC YÊN BẮC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc "
                + "Yên Bắc, ngày 06 tháng 10 năm 2020 BIÊN BẢN Kiểm tra nội bộ tháng 9 Hôm nay, hồi 8 giờ [.]\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC YÊN BẮC");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT DUY TIÊN");
    }

    @Test
    void aPagesMarkupPastedAsTextIsReadAsHtmlAndTheSiteBannerAboveIsNotTheIssuer() {
        String text = "PHÒNG GD&ĐT DUY TIÊN-TRƯỜNG TH YÊN BẮC\n\nTin từ đơn vị khác\n\nBáo cáo sơ kết\n"
                + "<table border=\"0\"> <tbody> <tr> <td style=\"width:269px\"> <p>PH&Ograve;NG GD&amp;ĐT DUY TI&Ecirc;N</p> "
                + "<p><strong>TRƯỜNG MẦM NON HO&Agrave;NG Đ&Ocirc;NG</strong></p> </td> <td style=\"width:453px\"> "
                + "<p><strong>CỘNG H&Ograve;A X&Atilde; HỘI CHỦ NGHĨA VIỆT NAM</strong></p> <p><strong>Độc lập &ndash; Tự do &ndash; "
                + "Hạnh ph&uacute;c</strong></p> </td> </tr> <tr> <td> <p>&nbsp;&nbsp; Số: 21/BC-MN</p> </td> <td> "
                + "<p><em>Ho&agrave;ng Đ&ocirc;ng, ng&agrave;y 2 th&aacute;ng 1 năm 2019</em></p> </td> </tr> </tbody> </table> "
                + "<p><strong>B&Aacute;O C&Aacute;O</strong></p> <p><strong>Sơ kết học kỳ I năm học 2018 - 2019</strong></p> "
                + "<p>Thực hiện hướng dẫn của Ph&ograve;ng GD&amp;ĐT, trường b&aacute;o c&aacute;o như sau.</p>\n";
        Extraction e = Extractor.extract("page.txt", Readers.text(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.issuers()).containsExactly("TRƯỜNG MẦM NON HOÀNG ĐÔNG");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT DUY TIÊN");
        assertThat(e.number()).isEqualTo(21);
    }

    @Test
    void aTextThatOnlyMentionsATagIsStillReadAsText() {
        String text = "Hướng dẫn soạn trang: dùng thẻ <p> cho đoạn văn và <table> cho bảng.\nKết thúc bằng </p>.\n";
        assertThat(Readers.type(text.getBytes(StandardCharsets.UTF_8))).isEqualTo("TXT");
    }
}
