package vn.gandan.ops;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like sign-in through the login form (CSRF token and session cookie), without following redirects. */
final class FormLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private FormLogin() {
    }

    /** Signs in on the node at {@code base} and returns its session cookie ({@code SESSION=…}). */
    static String session(String base, String username) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(page);
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        String form = "username=" + enc(username) + "&password=demo&_csrf=" + enc(token);
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = res.headers().firstValue("Location").orElse("");
        if (res.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + res.statusCode() + " " + location);
        }
        String renewed = cookie(res);
        return renewed.isEmpty() ? cookie : renewed;
    }

    /** GET with the cookie, no redirect followed. */
    static HttpResponse<String> get(String url, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> res) {
        return res.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
