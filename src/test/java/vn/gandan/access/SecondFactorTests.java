package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;
import vn.gandan.TestAccounts;

/** Issue 14, item 9: the optional TOTP second factor, its recovery codes, and the unit that requires it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecondFactorTests {

    private static final Pattern SECRET = Pattern.compile("<code>([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile(">([a-z2-7]{4}-[a-z2-7]{4})<");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        jdbc.sql("delete from access_unit_second_factor").update();
        jdbc.sql("delete from access_totp").update();
        jdbc.sql("delete from access_recovery_code").update();
        jdbc.sql("delete from access_login_failure").update();
    }

    @Test
    void anEnrolledAccountNeedsItsCodeAfterThePasswordAndARecoveryCodeWorksOnce() {
        String user = TestAccounts.ensure(jdbc, "mfa.chuyenvien", "TH-AL", "SPECIALIST");
        PageClient me = PageClient.signIn(port, user);
        String secret = secretOf(me.get("/account/totp").body());
        HttpResponse<String> wrong = me.post("/account/totp", "code=000000");
        assertThat(wrong.statusCode()).isEqualTo(422);
        String first = code(secret, 0);
        HttpResponse<String> enrolled = me.post("/account/totp", "code=" + first);
        List<String> recovery = RECOVERY.matcher(enrolled.body()).results().map(m -> m.group(1)).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        PageClient next = passwordOnly(user);
        assertThat(next.get("/plans").headers().firstValue("Location").orElse("")).endsWith("/login/totp");
        assertThat(next.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(next.base() + "/api/v1/plans")).GET())
                .statusCode()).as("the API of a half-signed-in session").isEqualTo(401);
        assertThat(next.post("/login/totp", "code=" + first).statusCode()).as("a code works once").isEqualTo(422);
        assertThat(next.post("/login/totp", "code=" + code(secret, 1)).statusCode()).isEqualTo(302);
        assertThat(next.get("/plans").statusCode()).isEqualTo(200);

        PageClient third = passwordOnly(user);
        assertThat(third.post("/login/totp", "code=" + recovery.get(0)).statusCode()).isEqualTo(302);
        assertThat(passwordOnly(user).post("/login/totp", "code=" + recovery.get(0)).statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'TOTP_ENROLLED' and username = :u")
                .param("u", user).query(Integer.class).single()).isOne();
    }

    @Test
    void anApiTokenOfAnEnrolledAccountNeedsTheCodeToo() {
        String user = TestAccounts.ensure(jdbc, "mfa.api", "TH-AL", "SPECIALIST");
        PageClient me = PageClient.signIn(port, user);
        String secret = secretOf(me.get("/account/totp").body());
        me.post("/account/totp", "code=" + code(secret, 0));
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/api/v1/auth/tokens", "{\"username\":\"" + user + "\",\"password\":\"demo\"}").statusCode())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/tokens", "{\"username\":\"" + user + "\",\"password\":\"demo\",\"code\":\""
                + code(secret, 1) + "\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aUnitThatRequiresItMakesItsLeadersEnrolBeforeAnythingElse() {
        String leader = TestAccounts.ensure(jdbc, "mfa.lanhdao", "TH-PS", "LEADER");
        String staff = TestAccounts.ensure(jdbc, "mfa.nhanvien", "TH-PS", "STAFF");
        PageClient unitAdmin = PageClient.signIn(port, TestAccounts.ensure(jdbc, "mfa.quantri", "TH-PS", "UNIT_ADMIN"));
        assertThat(PageClient.signIn(port, staff).post("/admin/accounts/second-factor", "unitCode=TH-PS&required=true")
                .statusCode()).isEqualTo(403);
        assertThat(unitAdmin.post("/admin/accounts/second-factor", "unitCode=TH-PS&required=true").statusCode()).isEqualTo(302);
        PageClient l = PageClient.anonymous(port);
        HttpResponse<String> login = l.post("/login", "username=" + leader + "&password=demo");
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/account/totp");
        assertThat(l.get("/plans").headers().firstValue("Location").orElse("")).endsWith("/account/totp");
        assertThat(l.get("/account/totp").body()).contains("Đơn vị yêu cầu");
        assertThat(PageClient.signIn(port, staff).get("/plans").statusCode()).as("staff are not required").isEqualTo(200);
    }

    @Test
    void signingInChangesTheSessionIdAndTheCookieIsHttpOnlyAndSameSite() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        String before = session(cookies);
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(session(cookies)).as("session fixation: a new id after sign-in").isNotNull().isNotEqualTo(before);
    }

    private static String session(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")
                || c.getName().equals("SESSION")).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private PageClient passwordOnly(String user) {
        PageClient c = PageClient.anonymous(port);
        HttpResponse<String> res = c.post("/login", "username=" + user + "&password=demo");
        assertThat(res.headers().firstValue("Location").orElse("")).endsWith("/login/totp");
        c.get("/login/totp");
        return c;
    }

    private static String secretOf(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the secret on the enrolment page").isTrue();
        return m.group(1).replace(" ", "");
    }

    /** The code of the current time step plus {@code ahead} steps (a code once used cannot be used again). */
    private static String code(String secret, int ahead) {
        return Totp.code(Totp.decode(secret), Instant.now().getEpochSecond() / 30 + ahead, 6, "HmacSHA1");
    }
}
