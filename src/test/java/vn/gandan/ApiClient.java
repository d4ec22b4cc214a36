package vn.gandan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny HTTP client for API tests against the running app: token login, JSON in and out. */
public final class ApiClient {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** The first {@code "id"} of a JSON response (fails the test with the body when there is none). */
    public static long id(String json) {
        Matcher m = ID.matcher(json);
        org.assertj.core.api.Assertions.assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String token;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in with the demo password and keeps the bearer token. */
    public ApiClient as(String username) {
        HttpResponse<String> res = post("/api/v1/auth/tokens",
                "{\"username\":\"" + username + "\",\"password\":\"demo\"}");
        Matcher m = TOKEN.matcher(res.body());
        if (res.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("login failed for " + username + ": " + res.statusCode() + " " + res.body());
        }
        this.token = m.group(1);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET().header("Accept", "application/json"));
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(builder(path).PUT(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }
}
