package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5 (session 13): no exception is thrown and caught as control flow while a main page is answered.
 * Each was a per-row cost: a Thymeleaf {@code +} tried {@code new BigDecimal(…)} on every operand starting with a
 * digit, '+' or '-' (a number symbol "12/KH-…", a period "2026-S1", a date, the literal "- ") and caught the
 * {@code NumberFormatException}; a SpEL {@code T(…)} on a nested type looked the class up and caught a
 * {@code ClassNotFoundException}. JFR's exception events (every {@code Throwable} constructed) are recorded over the
 * second request of each page as three roles and anonymously; the request threads must construct none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementCounter.class)
class RenderingExceptionsTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void mainPagesAreAnsweredWithoutThrowingAnException() throws Exception {
        Map<String, Supplier<HttpResponse<String>>> pages = pages();
        pages.values().forEach(p -> ok(p.get())); // first requests: classes loaded, caches filled
        List<String> thrown = new ArrayList<>();
        for (Map.Entry<String, Supplier<HttpResponse<String>>> page : pages.entrySet()) {
            thrown.addAll(thrownWhile(page.getKey(), page.getValue()));
        }
        assertThat(thrown).isEmpty();
    }

    private Map<String, Supplier<HttpResponse<String>>> pages() {
        MainPages main = MainPages.of(jdbc, clock);
        Map<String, Supplier<HttpResponse<String>>> pages = new LinkedHashMap<>();
        for (String user : MainPages.USERS) {
            PageClient c = PageClient.signIn(port, user);
            for (String path : main.staffWithVariants()) {
                pages.put(user + " " + path, () -> MainPages.followed(c, path));
            }
        }
        ApiClient api = new ApiClient(port).as(MainPages.API_USER);
        pages.put("API consolidated", () -> api.get(main.consolidated()));
        PageClient bare = PageClient.bare(port);
        for (String path : MainPages.PUBLIC) {
            pages.put(path, () -> bare.get(path));
        }
        return pages;
    }

    /**
     * Tomcat's socket layer: an {@code EOFException} there is a client closing an idle keep-alive connection (the
     * test's earlier clients, at any moment), read by a request thread between requests — not part of answering a page.
     */
    private static final String SOCKET_LAYER = "org.apache.tomcat.util.net.";

    /** The exceptions request threads construct while the page is asked, as "page: class at frame". */
    private static List<String> thrownWhile(String page, Supplier<HttpResponse<String>> request) throws Exception {
        Path file = Files.createTempFile("rendering-exceptions", ".jfr");
        try (Recording r = new Recording()) {
            r.enable("jdk.JavaExceptionThrow").withStackTrace();
            r.enable("jdk.JavaErrorThrow").withStackTrace();
            r.start();
            ok(request.get());
            r.stop();
            r.dump(file);
            List<String> out = new ArrayList<>();
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if (e.getThread() != null && String.valueOf(e.getThread().getJavaName()).startsWith("http-nio")
                        && !origin(e).startsWith(SOCKET_LAYER)) {
                    out.add(page + ": " + e.getClass("thrownClass").getName() + " (" + e.getString("message") + ") at " + origin(e));
                }
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The first frame outside the JDK's own classes: where the throwing code was called from. */
    private static String origin(RecordedEvent e) {
        if (e.getStackTrace() == null) {
            return "?";
        }
        return e.getStackTrace().getFrames().stream().map(RecordedFrame::getMethod)
                .map(m -> m.getType().getName() + "." + m.getName())
                .filter(n -> !n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun."))
                .findFirst().orElse("?");
    }

    private static void ok(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.uri().toString()).isEqualTo(200);
    }
}
