package vn.gandan;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript for page tests against the running app: session cookie and CSRF token. */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private PageClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Anonymous: only the CSRF token of the login page. */
    public static PageClient anonymous(int port) {
        PageClient c = new PageClient(port);
        c.get("/login");
        return c;
    }

    /** Anonymous, no request sent yet. */
    public static PageClient bare(int port) {
        return new PageClient(port);
    }

    /** Signs in on the login form with the demo password. */
    public static PageClient signIn(int port, String username) {
        PageClient c = anonymous(port);
        HttpResponse<String> res = c.post("/login", "username=" + enc(username) + "&password=demo");
        if (res.statusCode() != 302 || res.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + username + ": " + res.statusCode());
        }
        c.get("/");
        return c;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF.matcher(res.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return res;
    }

    /** A form post (application/x-www-form-urlencoded) with the CSRF token added. */
    public HttpResponse<String> post(String path, String form) {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf == null ? "" : csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is kept as bytes (images, files). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the named cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public String csrf() {
        return csrf;
    }

    public String base() {
        return base;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
