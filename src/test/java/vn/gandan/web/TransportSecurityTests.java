package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** Issue 14, defect 8: behind a TLS proxy the session cookie is Secure and pages send HSTS; 429 says when to retry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TransportSecurityTests {

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> tls = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(tls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(tls.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
        HttpResponse<String> plain = get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("script-src 'self';").contains("style-src 'self';").doesNotContain("unsafe"));
    }

    @Test
    void prometheusDoesNotTrustARequestRelayedByAProxyOnThisHost() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", "X-Forwarded-For", "203.0.113.7").statusCode()).isIn(401, 403, 302);
        assertThat(get("/actuator/prometheus", "X-Real-IP", "203.0.113.7").statusCode()).isIn(401, 403, 302);
        assertThat(get("/actuator/prometheus", "Forwarded", "for=203.0.113.7").statusCode()).isIn(401, 403, 302);
    }

    @Test
    void aThrottledLoginSaysWhenToRetry() {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = api.post("/api/v1/auth/tokens", "{\"username\":\"th.anlinh.throttle\",\"password\":\"sai mật khẩu\"}");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(last.body()).contains("\"detail\"");
    }
}
