package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5 (session 14, rendering): writes every main page as rendered — three roles and anonymously, in
 * Vietnamese and English — to {@code -Dcapture.dir} (default {@code target/bench/pages}), the CSRF tokens blanked,
 * so that the output of two commits can be compared byte for byte ({@code diff -r}). The demo data are dated relative
 * to the day the database is created: compare captures made the same day.
 * {@code ./mvnw -o -Pbench test -Dtest=RenderedPagesCapture -Dcapture.dir=/tmp/before}
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RenderedPagesCapture {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void captureMainPages() throws Exception {
        Path dir = Path.of(System.getProperty("capture.dir", "target/bench/pages"));
        long plan = jdbc.sql("select min(id) from plan where status = 'ISSUED'").query(Long.class).single();
        List<String> staff = List.of("/", "/plans", "/plans?year=0", "/plans/" + plan, "/work", "/work?status=ALL",
                "/search?q=d%C3%A2n+v%E1%BA%ADn", "/search?q=2026", "/petitions", "/petitions?view=overdue",
                "/notifications", "/reports", "/no-such-page");
        for (String lang : List.of("vi", "en")) {
            for (String user : List.of("so.binhduong", "phong.phugiao", "th.phuocsang")) {
                PageClient c = PageClient.signIn(port, user);
                c.get("/?lang=" + lang);
                for (String page : staff) {
                    write(dir.resolve(lang + "/" + user), page, followed(c, page));
                }
            }
            PageClient bare = PageClient.bare(port);
            bare.get("/public/petitions?lang=" + lang);
            for (String page : List.of("/public/petitions", "/public/exemplars", "/public/units/TH-PS/receptions",
                    "/public/units/TH-PS/disclosures", "/login")) {
                write(dir.resolve(lang + "/anonymous"), page, bare.get(page));
            }
        }
    }

    /**
     * {@code /work} answered a redirect to the caller's unit's task list until session 15 (it serves the list itself
     * since): the list is the page compared, so a capture of an older build compares with a newer one.
     */
    private static HttpResponse<String> followed(PageClient c, String page) {
        HttpResponse<String> res = c.get(page);
        if (res.statusCode() != 302 || !page.startsWith("/work")) {
            return res;
        }
        java.net.URI to = java.net.URI.create(res.headers().firstValue("Location").orElseThrow());
        return c.get(to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery()));
    }

    private static void write(Path dir, String page, HttpResponse<String> res) throws Exception {
        assertThat(res.statusCode()).as(page).isLessThan(500);
        String body = res.body().replaceAll("(name=\"_csrf\"[^>]*(?:value|content)=\")[^\"]+", "$1-");
        Files.createDirectories(dir);
        String name = page.replaceAll("[^A-Za-z0-9]+", "_");
        Files.writeString(dir.resolve(name + ".html"), res.statusCode() + " " + res.headers().firstValue("Content-Type")
                .orElse("") + "\n" + body);
    }
}
