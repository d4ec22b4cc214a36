package vn.gandan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Issue 14, defects 4–6: bad input answers a Vietnamese 4xx problem, and hidden characters are never stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputAnswersTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long phong() {
        return jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
    }

    String plan(String title) {
        return """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d], "title": "%s", "period": {"kind": "YEAR", "value": "2026"},
                 "place": "Phú Giáo", "sections": [{"heading": "MỤC ĐÍCH", "body": "Nội dung"}]}""".formatted(phong(), title);
    }

    @Test
    void aNulCharacterAnywhereAnswers400InVietnamese() {
        ApiClient api = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> json = api.post("/api/v1/plans", plan("Kế hoạch \\u0000 lạ"));
        assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.body()).contains("ký tự NUL");
        assertThat(api.get("/api/v1/plans?q=a%00b").statusCode()).isEqualTo(400);
        HttpResponse<String> upload = api.send(api.builder("/api/v1/imports/parse")
                .header("Content-Type", "multipart/form-data; boundary=XX")
                .POST(HttpRequest.BodyPublishers.ofString("--XX\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a\u0000.txt\"\r\nContent-Type: text/plain\r\n\r\nKế hoạch\r\n--XX--\r\n")));
        assertThat(upload.statusCode()).as(upload.body()).isBetween(400, 499);
    }

    @Test
    void aNonMultipartBodyToTheImportAnswers400() {
        ApiClient api = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> res = api.post("/api/v1/imports/parse", "{\"file\": \"x\"}");
        assertThat(res.statusCode()).as(res.body()).isBetween(400, 499);
        res = api.send(api.builder("/api/v1/imports/parse").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("không phải tệp")));
        assertThat(res.statusCode()).as(res.body()).isBetween(400, 499);
        assertThat(res.body()).contains("\"detail\"");
    }

    @Test
    void aFormListIndexOf300Answers400() throws Exception {
        PageClient page = PageClient.signIn(port, "phong.phugiao");
        HttpResponse<String> res = page.post("/plans/new", "kind=KE_HOACH&title=X&sections%5B300%5D.heading=A");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        assertThat(res.body()).contains("không đúng định dạng");
    }

    @Test
    void jsonBodiesOverTheLimitAnswer413WithoutBeingRead() {
        ApiClient api = new ApiClient(port).as("phong.phugiao");
        String huge = plan("x".repeat(3 * 1024 * 1024));
        HttpResponse<String> res = api.post("/api/v1/plans", huge);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(413);
        assertThat(res.body()).contains("vượt quá dung lượng");
    }

    @Test
    void controlCharactersRightToLeftOverrideAndBomAreStrippedFromTitles() {
        ApiClient api = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> res = api.post("/api/v1/plans", plan("\\uFEFFKế hoạch\\u0007 \\u202Efdp.exe\\u202C năm"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        String stored = jdbc.sql("select title from plan where id = :id").param("id", ApiClient.id(res.body()))
                .query(String.class).single();
        assertThat(stored).isEqualTo("Kế hoạch fdp.exe năm");
    }

    /** The request that kept HostileInputTests disabled: a pasted text in a search field, 120 kB of query. */
    @Test
    void aQueryLongerThan16KiBAnswers414InVietnameseNotAClosedConnection() {
        ApiClient api = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> res = api.get("/api/v1/plans?q=" + "%C3%A9".repeat(20_000));
        assertThat(res.statusCode()).isEqualTo(414);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(res.body()).contains("quá dài");
        assertThat(api.get("/api/v1/plans?q=" + "a".repeat(2000)).statusCode()).isEqualTo(200);
    }

    @Test
    void theErrorPageAskedForDirectlyAnswers404() {
        assertThat(new ApiClient(port).get("/error").statusCode()).isEqualTo(404);
    }
}
