package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;

/** Issue 14, item 9: password reset by an e-mailed link that expires, works once, is hashed, rate-limited, audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordResetTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    private static final Pattern LINK = Pattern.compile("/login/reset/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void account() {
        jdbc.sql("delete from access_password_reset").update();
        jdbc.sql("delete from access_account where username = 'reset.thu'").update();
        jdbc.sql("insert into access_account(username, password_hash, display_name, email) values "
                + "('reset.thu', :h, 'Nguyễn Thị Thu', 'thu@truong.example')").param("h", passwords.encode("Cu-mat-khau-2026")).update();
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() throws Exception {
        HttpResponse<String> known = ask("reset.thu");
        HttpResponse<String> unknown = ask("khong.co.ai");
        assertThat(known.statusCode()).isEqualTo(302);
        assertThat(unknown.statusCode()).isEqualTo(302);
        assertThat(known.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("thu@truong.example");
        assertThat(PageClient.anonymous(port).get("/login/forgot?sent").body()).contains("Nếu tài khoản tồn tại");
    }

    @Test
    void theLinkSetsAPasswordOnceAndOnlyItsHashIsStored() throws Exception {
        ask("thu@truong.example");
        String token = tokenOfLastMail();
        assertThat(jdbc.sql("select token_hash from access_password_reset where token_hash is not null")
                .query(String.class).single()).isEqualTo(PasswordResets.hash(token)).doesNotContain(token);
        PageClient page = PageClient.anonymous(port);
        assertThat(page.get("/login/reset/" + token).statusCode()).isEqualTo(200);
        HttpResponse<String> weak = page.post("/login/reset/" + token, "next=Matkhau%402026&confirm=Matkhau%402026");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("quá phổ biến");
        HttpResponse<String> done = page.post("/login/reset/" + token, "next=Song-Hong-chay-ra-bien&confirm=Song-Hong-chay-ra-bien");
        assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/login?reset");
        assertThat(signIn("reset.thu", "Song-Hong-chay-ra-bien")).doesNotContain("error");
        assertThat(page.get("/login/reset/" + token).statusCode()).as("used once").isEqualTo(410);
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('RESET_REQUESTED', 'PASSWORD_RESET')")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        ask("reset.thu");
        String token = tokenOfLastMail();
        jdbc.sql("update access_password_reset set expires_at = now() - interval '1 minute'").update();
        PageClient page = PageClient.anonymous(port);
        assertThat(page.get("/login/reset/" + token).body()).contains("đã hết hạn");
        assertThat(page.post("/login/reset/" + token, "next=Song-Hong-chay-ra-bien&confirm=Song-Hong-chay-ra-bien")
                .statusCode()).isEqualTo(410);
        assertThat(signIn("reset.thu", "Cu-mat-khau-2026")).doesNotContain("error");
    }

    @Test
    void requestsAreLimitedPerAccountAndPerClient() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(ask("reset.thu").statusCode()).isEqualTo(302);
        }
        assertThat(mail.getReceivedMessages()).as("3 links an hour per account").hasSize(3);
        for (int i = 0; i < 5; i++) {
            ask("ai.do." + i);
        }
        HttpResponse<String> limited = ask("reset.thu");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("quá nhiều yêu cầu").contains("value=\"reset.thu\"");
    }

    private HttpResponse<String> ask(String login) {
        PageClient page = PageClient.anonymous(port);
        page.get("/login/forgot");
        return page.post("/login/forgot", "login=" + PageClient.enc(login));
    }

    private String tokenOfLastMail() {
        var received = mail.getReceivedMessages();
        Matcher m = LINK.matcher(GreenMailUtil.getBody(received[received.length - 1]).replace("=\r\n", ""));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String signIn(String username, String password) {
        PageClient page = PageClient.anonymous(port);
        return page.post("/login", "username=" + username + "&password=" + PageClient.enc(password))
                .headers().firstValue("Location").orElse("error");
    }
}
