package vn.gandan.hostile;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;

/** Sends hostile values to an endpoint as the system administrator: query, form, JSON body or upload. */
final class HostileSender {

    private static final String[] IDS = {"2", "3", "0", "-1", "99999999999999999999", "abc", "1.5", "%2e%2e", "DVCQ", "%00"};
    private static final String[] RAW = {"%C3%28", "%FF%FE%FD", "%E2%80%AE", "%F0%28%8C%BC", "%ED%A0%80"};

    private final PageClient page;
    private final ApiClient api;
    /** Longest query sent: past Tomcat's header limit (256 KB) a request gets a bare 400 and a closed connection. */
    private static final int MAX_QUERY = 200_000;
    private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

    HostileSender(int port, JdbcClient jdbc) {
        this.page = PageClient.signIn(port, "admin");
        this.api = new ApiClient(port).as("admin");
    }

    int count() {
        return count.get();
    }

    HttpResponse<String> send(HostileEndpoints ep, String value, int i) {
        String path = ep.pattern().replaceAll("\\{[^}]+}", IDS[i % IDS.length]).replace("{ext}", "csv");
        count.incrementAndGet();
        if (ep.method().equals("GET")) {
            String q = query(ep, value);
            q = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY).replaceAll("%.?$", "") : q; // still over 16 KiB: 414
            return ep.api() ? api.get(path + q) : page.get(path + q);
        }
        if (ep.api()) {
            String body = ep.json() ? json(ep, value) : "{}";
            return ep.method().equals("PUT") ? api.put(path, body) : api.post(path + query(ep, value), body);
        }
        return page.post(path, form(ep, value));
    }

    /** Whole hostile JSON bodies, hostile files, invalid UTF-8 form bytes. */
    List<HttpResponse<String>> extras(HostileEndpoints ep, List<String> failures) throws Exception {
        List<HttpResponse<String>> out = new ArrayList<>();
        String path = ep.pattern().replaceAll("\\{[^}]+}", "2").replace("{ext}", "csv");
        if (ep.api() && ep.json()) {
            for (String body : HostileCorpus.jsonBodies()) {
                count.incrementAndGet();
                out.add(HostileInputTests.answer(() -> ep.method().equals("PUT") ? api.put(path, body) : api.post(path, body),
                        ep, body, failures));
            }
        }
        if (!ep.files().isEmpty()) {
            for (Map.Entry<String, byte[]> f : HostileFiles.files().entrySet()) {
                count.incrementAndGet();
                out.add(HostileInputTests.answer(() -> multipart(ep, path, f.getKey(), f.getValue()), ep, "file " + f.getKey(), failures));
            }
        }
        if (!ep.api() && !ep.method().equals("GET") && !ep.fields().isEmpty()) {
            for (String raw : RAW) {
                count.incrementAndGet();
                out.add(HostileInputTests.answer(() -> page.post(path, String.join("&", ep.fields().stream()
                        .map(n -> PageClient.enc(n) + "=" + raw).toList())), ep, "raw " + raw, failures));
            }
        }
        return out;
    }

    private HttpResponse<String> multipart(HostileEndpoints ep, String path, String name, byte[] content) {
        String boundary = "----hostile7331";
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (String field : ep.fields()) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!ep.api()) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + page.csrf() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (String file : ep.files()) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\""
                    + name.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(content);
            b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = (ep.api() ? api.builder(path) : HttpRequest.newBuilder(java.net.URI.create(page.base() + path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray()));
        return ep.api() ? api.send(r) : page.send(r);
    }

    private static String query(HostileEndpoints ep, String value) {
        if (ep.fields().isEmpty()) {
            return "?q=" + PageClient.enc(value);
        }
        return "?" + String.join("&", ep.fields().stream().map(n -> PageClient.enc(n) + "=" + PageClient.enc(value)).toList());
    }

    private static String form(HostileEndpoints ep, String value) {
        List<String> pairs = new ArrayList<>(ep.fields().stream().map(n -> PageClient.enc(n) + "=" + PageClient.enc(value)).toList());
        pairs.add("sections%5B0%5D.heading=" + PageClient.enc(value));
        pairs.add("values%5BDIALOGUES_HELD%5D=" + PageClient.enc(value));
        return String.join("&", pairs);
    }

    private static String json(HostileEndpoints ep, String value) {
        String v = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
        return "{" + String.join(",", ep.fields().stream().map(n -> "\"" + n + "\":" + v).toList()) + "}";
    }
}
