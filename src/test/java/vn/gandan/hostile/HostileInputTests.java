package vn.gandan.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, deliver 8: the hostile corpus (≥ 300 values, whole JSON bodies, hostile files) sent as a signed-in system
 * administrator to every mapped form, API body, query and upload — on a database of its own (a persistent embedded
 * server in target/, so what it stores cannot disturb other tests). No answer may be 5xx, no page may render a
 * script unescaped, and no text column may hold a hidden character or text that is not NFC.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "app.embedded-db.ephemeral=false", "app.embedded-db.data-directory=target/hostile-pg-${random.uuid}"})
@ActiveProfiles("test")
class HostileInputTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hostileInputNeverAnswers5xxNeverRendersScriptAndIsNeverStoredWrong() throws Exception {
        // its writes (an administrator resetting demo passwords with hostile but valid values…) need a database of
        // its own: the CI pass that points every test at one shared PostgreSQL 15 database skips it (verify runs it)
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("TEST_DATASOURCE_URL") == null,
                "SKIPPED on a shared TEST_DATASOURCE_URL: the hostile run needs a database of its own (./mvnw verify runs it)");
        List<String> corpus = HostileCorpus.values();
        assertThat(corpus.size()).isGreaterThanOrEqualTo(300);
        HostileSender sender = new HostileSender(port, jdbc);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<HostileEndpoints> endpoints = HostileEndpoints.all(context);
        int perEndpoint = Integer.getInteger("hostile.perEndpoint", 8);
        long started = System.nanoTime();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(3); // 3 clients at once
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, endpoints.size()).parallel()
                    .forEach(e -> endpoint(sender, endpoints.get(e), e, perEndpoint, corpus, failures))).get();
            pool.submit(() -> corpus.parallelStream().forEach(value -> { // the whole corpus through the richest forms
                for (HostileEndpoints ep : endpoints) {
                    if (ep.pattern().equals("/api/v1/plans") && ep.method().equals("POST") || ep.pattern().equals("/plans/new")
                            && ep.method().equals("POST")) {
                        check(ep, value, answer(() -> sender.send(ep, value, 0), ep, value, failures), failures);
                    }
                }
            })).get();
        } finally {
            pool.shutdown();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        failures.addAll(HostileStorage.badRows(jdbc));
        String report = String.format("Hostile input: %d corpus values, %d endpoints, %d requests in %d s, %d failures%n%s%n",
                corpus.size(), endpoints.size(), sender.count(), seconds, failures.size(), String.join("\n", failures));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/hostile-input.txt"), report);
        assertThat(failures).as(report).isEmpty();
    }

    /** {@code perEndpoint} corpus values (a different slice per endpoint), then whole bodies, files and raw bytes. */
    private static void endpoint(HostileSender sender, HostileEndpoints ep, int e, int perEndpoint, List<String> corpus,
                                 List<String> failures) {
        for (int i = 0; i < perEndpoint; i++) {
            String value = corpus.get((e * perEndpoint + i * 13) % corpus.size());
            int n = i;
            check(ep, value, answer(() -> sender.send(ep, value, n), ep, value, failures), failures);
        }
        try {
            for (HttpResponse<String> res : sender.extras(ep, failures)) {
                check(ep, "(body or file)", res, failures);
            }
        } catch (Exception x) {
            failures.add(ep.method() + " " + ep.pattern() + ": " + x);
        }
    }

    /** Sends one request; a connection closed without an answer is a failure naming the request, not an abort. */
    static HttpResponse<String> answer(java.util.function.Supplier<HttpResponse<String>> request, HostileEndpoints ep,
            String value, List<String> failures) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            failures.add(ep.method() + " " + ep.pattern() + " ← " + abbreviate(value) + ": no answer (" + e.getMessage() + ")");
            return null;
        }
    }

    private static void check(HostileEndpoints ep, String value, HttpResponse<String> res, List<String> failures) {
        if (res == null) {
            return;
        }
        String where = ep.method() + " " + ep.pattern() + " ← " + abbreviate(value);
        if (res.statusCode() >= 500) {
            failures.add(where + ": " + res.statusCode());
        }
        String type = res.headers().firstValue("Content-Type").orElse("");
        String body = res.body() == null ? "" : res.body();
        if (type.startsWith("text/html") && (body.contains("<script>alert(7331)") || body.contains("<img src=x onerror=alert(7331)")
                || body.contains("<svg/onload=alert(7331)") || body.contains("<SCRIPT>ALERT(7331)"))) {
            failures.add(where + ": script rendered unescaped");
        }
    }

    static String abbreviate(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
        StringBuilder b = new StringBuilder();
        t.codePoints().forEach(c -> b.append(c < 0x20 || c == 0x7F || c >= 0x202A && c <= 0x202E || c == 0xFEFF
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return b.toString();
    }
}
