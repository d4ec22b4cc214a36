package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;
import vn.gandan.TestAccounts;

/** Issue 14, item 9: the TOTP enrolment page's QR code, drawn on the server for the enrolling session only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TotpQrTests {

    private static final Pattern SECRET = Pattern.compile("<code>([A-Z2-7 ]+)</code>");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        jdbc.sql("delete from access_totp").update();
        jdbc.sql("delete from access_recovery_code").update();
    }

    @Test
    void theQrImageDecodesToTheOtpauthLinkOfTheSecretPendingInThisSession() throws Exception {
        String user = TestAccounts.ensure(jdbc, "mfa.qr", "TH-AL", "LEADER");
        PageClient me = PageClient.signIn(port, user);
        HttpResponse<String> page = me.get("/account/totp");
        assertThat(page.body()).contains("<img src=\"/account/totp/qr.png\"").contains("alt=\"Mã QR để quét bằng ứng dụng xác thực\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        String secret = secretOf(page.body());

        HttpResponse<byte[]> qr = me.getBytes("/account/totp/qr.png");
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(qr.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(qr.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(decode(qr.body())).isEqualTo(Totp.uri("Gần Dân", user, secret))
                .startsWith("otpauth://totp/").contains("secret=" + secret);
        assertThat(decode(me.getBytes("/account/totp/qr.png").body())).as("the same secret while enrolling")
                .contains("secret=" + secret);
    }

    @Test
    void anotherSessionGetsItsOwnSecretAndNoSessionGetsNoImage() throws Exception {
        String user = TestAccounts.ensure(jdbc, "mfa.qr2", "TH-AL", "LEADER");
        PageClient first = PageClient.signIn(port, user);
        String secret = secretOf(first.get("/account/totp").body());
        String other = decode(PageClient.signIn(port, "th.phuocsang").getBytes("/account/totp/qr.png").body());
        assertThat(other).contains("th.phuocsang").doesNotContain(secret);
        HttpResponse<byte[]> anonymous = PageClient.anonymous(port).getBytes("/account/totp/qr.png");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        String code = Totp.code(Totp.decode(secret), Instant.now().getEpochSecond() / 30, 6, "HmacSHA1");
        assertThat(first.post("/account/totp", "code=" + code).statusCode()).isEqualTo(200);
        assertThat(first.getBytes("/account/totp/qr.png").statusCode()).as("once enrolled, no secret to show").isEqualTo(404);
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static String secretOf(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the secret on the enrolment page").isTrue();
        return m.group(1).replace(" ", "");
    }
}
