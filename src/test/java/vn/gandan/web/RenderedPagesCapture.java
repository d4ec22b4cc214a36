package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * so that the output of two commits can be compared byte for byte ({@code diff -r}). The pages: {@link MainPages}
 * with the other views of two lists, the task list's "all", the overdue cases, the notices and a 404. The demo data are dated relative
 * to the day the database is created: compare captures made the same day.
 * {@code ./mvnw -o -Pbench test -Dtest=RenderedPagesCapture -Dcapture.dir=/tmp/before} ({@code -Dcapture.warmup=50}:
 * each user walks the pages 50 times first, so that the capture shows the compiled SpEL expressions' output)
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
        List<String> staff = new ArrayList<>(MainPages.of(jdbc, clock).staffWithVariants());
        staff.addAll(List.of("/work?status=ALL", "/petitions?view=overdue", "/notifications", "/no-such-page"));
        List<String> open = new ArrayList<>(MainPages.PUBLIC);
        open.add("/login");
        // -Dcapture.warmup=n: every page walked n times by each user first, so that the pages are captured as a
        // warm node renders them, with SpEL's compiled expressions (compiled after 100 interpreted evaluations)
        int warmup = Integer.getInteger("capture.warmup", 0);
        for (String user : warmup > 0 ? MainPages.USERS : List.<String>of()) {
            PageClient c = PageClient.signIn(port, user);
            PageClient bare = PageClient.bare(port);
            for (int i = 0; i < warmup; i++) {
                for (String page : staff) {
                    MainPages.followed(c, page);
                }
                for (String page : open) {
                    bare.get(page);
                }
            }
        }
        for (String lang : List.of("vi", "en")) {
            for (String user : MainPages.USERS) {
                PageClient c = PageClient.signIn(port, user);
                c.get("/?lang=" + lang);
                for (String page : staff) {
                    write(dir.resolve(lang + "/" + user), page, MainPages.followed(c, page));
                }
            }
            if (lang.equals("vi")) { // the API's answers (the load test's three, by bearer token): JSON, no language
                for (String[] user : new String[][] {{"so.binhduong", "SGDDT-BD"}, {"phong.phugiao", "PGDDT-PG"},
                        {"th.phuocsang", "TH-PS"}}) {
                    vn.gandan.ApiClient api = new vn.gandan.ApiClient(port).as(user[0]);
                    long unit = jdbc.sql("select id from org_unit where code = ?").param(user[1]).query(Long.class).single();
                    for (String call : List.of("/api/v1/reports/consolidated?unitId=" + unit + "&formCode=DVCQ&period="
                            + HalfYears.lastEnded(clock), "/api/v1/tasks", "/api/v1/petitions?unitId=" + unit,
                            "/api/v1/tasks?unitId=" + unit + "&status=ALL")) {
                        write(dir.resolve("api/" + user[0]), call, api.get(call));
                    }
                }
            }
            PageClient bare = PageClient.bare(port);
            bare.get("/public/petitions?lang=" + lang);
            for (String page : open) {
                write(dir.resolve(lang + "/anonymous"), page, bare.get(page));
            }
        }
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
