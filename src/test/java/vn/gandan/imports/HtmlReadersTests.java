package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Web pages and saved pages (.html, .htm, .mht) are read as text with the header's columns kept apart. */
class HtmlReadersTests {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body>"
            + "<table><tr><td>PHÒNG GD&amp;ĐT YÊN DŨNG<br>TRƯỜNG TIỂU HỌC NỘI HOÀNG</td><td>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
            + "Độc lập - Tự do - Hạnh phúc</td></tr><tr><td>Số: 79/KH-THNH</td><td>Nội Hoàng, ngày 15 tháng 10 năm 2021</td></tr></table>"
            + "<p><b>KẾ HOẠCH</b></p><p>Thực hiện Quy chế dân chủ cơ sở năm học 2021-2022</p><p>I. MỤC ĐÍCH</p></body></html>";

    @Test
    void aWebPageGivesTheHeaderFields() {
        Extraction e = Extractor.extract("kh.html", Readers.read(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.symbol()).isEqualTo("KH-THNH");
        assertThat(e.issuers()).containsExactly("TRƯỜNG TIỂU HỌC NỘI HOÀNG");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT YÊN DŨNG");
        assertThat(e.title()).isEqualTo("Thực hiện Quy chế dân chủ cơ sở năm học 2021-2022");
        assertThat(Readers.type(PAGE.getBytes(StandardCharsets.UTF_8))).isEqualTo("HTML");
    }

    @Test
    void aSavedPageInQuotedPrintableIsDecoded() {
        String html = PAGE.replace("=", "=3D");
        StringBuilder qp = new StringBuilder();
        for (byte b : html.getBytes(StandardCharsets.UTF_8)) {
            qp.append(b < 0 ? String.format("=%02X", b & 0xff) : String.valueOf((char) b));
        }
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp + "\r\n--B--\r\n";
        byte[] bytes = mht.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Readers.type(bytes)).isEqualTo("MHT");
        assertThat(Extractor.extract("kh.mht", Readers.read(bytes)).number()).isEqualTo(79);
    }

    /** A plan saved by Word as a web page (.htm): markup wrapped at the source's line width, header in a table, &nbsp; paragraphs. */
    private static final String WORD_PAGE = String.join("\r\n",
            "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1258\"><title>KH</title></head>",
            "<body lang=EN-US><div class=WordSection1>",
            "<table class=MsoNormalTable border=0><tr>",
            "  <td><p class=MsoNormal align=center><span",
            "  style='font-size:13.0pt'>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO<o:p></o:p></span></p>",
            "  <p class=MsoNormal align=center><b>TRƯỜNG TIỂU HỌC AN BÌNH<o:p></o:p></b></p></td>",
            "  <td><p class=MsoNormal align=center><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>",
            "  <p class=MsoNormal align=center><b>Độc lập - Tự do - Hạnh phúc</b></p></td></tr>",
            " <tr><td><p class=MsoNormal>Số: 12/KH-THAB</p></td><td><p class=MsoNormal><i>An Bình, ngày 05 tháng 9 năm 2025</i></p></td></tr>",
            "</table>",
            "<p class=MsoNormal>&nbsp;</p>",
            "<p class=MsoNormal align=center><b><span style='font-size:14.0pt'>KẾ",
            "HOẠCH<o:p></o:p></span></b></p>",
            "<p class=MsoNormal align=center><b>Thực hiện quy chế dân chủ ở cơ sở",
            "năm học 2025 - 2026<o:p></o:p></b></p>",
            "<p class=MsoNormal>&nbsp;</p>",
            "<p class=MsoNormal style='text-indent:36.0pt'>Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
            "ngày 10 tháng 11 năm 2022 của Quốc hội;<o:p></o:p></p>",
            "<p class=MsoNormal><b>I. MỤC ĐÍCH, YÊU CẦU<o:p></o:p></b></p>",
            "<p class=MsoNormal>Phát huy quyền làm chủ của cán bộ, giáo viên,",
            "nhân viên trong nhà trường.<o:p></o:p></p>",
            "<p class=MsoNormal><b>II. NHIỆM VỤ<o:p></o:p></b></p>",
            "<p class=MsoNormal>1. Tổ chức hội nghị cán bộ, công chức, viên chức",
            "đầu năm học.<o:p></o:p></p>",
            "<pre>Dòng một\n  Dòng hai</pre>",
            "</div></body></html>");

    @Test
    void theMarkupsOwnLineBreaksAreSpacesSoAWordSavedPageKeepsEachParagraphWhole() {
        String text = Readers.read(windows1258(WORD_PAGE));
        java.util.List<String> lines = text.lines().toList();
        assertThat(lines).contains("KẾ HOẠCH", "Thực hiện quy chế dân chủ ở cơ sở năm học 2025 - 2026",
                "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022 của Quốc hội;",
                "Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên trong nhà trường.",
                "1. Tổ chức hội nghị cán bộ, công chức, viên chức đầu năm học.", "Dòng một", "  Dòng hai");
        // the header's two columns stay apart on the row; no run of empty lines from the markup's indentation
        assertThat(lines).contains("TRƯỜNG TIỂU HỌC AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 12/KH-THAB\tAn Bình, ngày 05 tháng 9 năm 2025");
        assertThat(text).doesNotContain("\n\n\n").doesNotContain("  \n");
        Extraction e = Extractor.extract("ke-hoach.htm", text);
        assertThat(e.baseTexts()).hasSize(1).first().asString().endsWith("của Quốc hội");
        assertThat(e.tasks()).first().satisfies(t -> assertThat(t.heading()).endsWith("đầu năm học"));
    }

    @Test
    void aPageWithoutACharsetInWindows1258IsReadInThatCodePage() {
        String page = "<html><body><p>Căn cứ Luật Giáo dục năm 2019; Hạnh phúc</p></body></html>";
        assertThat(Readers.read(windows1258(page))).contains("Căn cứ Luật Giáo dục năm 2019; Hạnh phúc");
    }

    /** Vietnamese in Windows-1258: precomposed letters the code page has, else base letter + combining tone mark. */
    private static byte[] windows1258(String s) {
        java.nio.charset.CharsetEncoder enc = java.nio.charset.Charset.forName("windows-1258").newEncoder();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : s.toCharArray()) {
            String part = enc.canEncode(c) ? String.valueOf(c) : toneApart(c);
            out.writeBytes(part.getBytes(java.nio.charset.Charset.forName("windows-1258")));
        }
        return out.toByteArray();
    }

    private static String toneApart(char c) {
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (char x : d.toCharArray()) {
            ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0 ? tones : base).append(x);
        }
        return java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC) + tones;
    }
}
