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
}
