package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;

/**
 * The public portal without an account and Open311 GeoReport v2, driven by a raw HTTP client that follows the
 * specification (no third-party Open311 client is published on Maven Central or npm; see docs/petitions.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalAndOpen311Tests {

    private static final Pattern CODE = Pattern.compile("\"(?:code|service_request_id)\":\"(GD-[A-Z0-9]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static String code(String body) {
        Matcher m = CODE.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    @Test
    void aCitizenFilesFeedbackWithoutAnAccountAndTracksItByCodeSeeingNothingPersonal() {
        ApiClient citizen = new ApiClient(port);
        HttpResponse<String> filed = citizen.post("/api/v1/public/petitions", """
                {"unitCode": "TH-AL", "kind": "PHAN_ANH", "content": "Cổng trường đông xe vào giờ tan học",
                 "name": "Ngô Thị Công Khai", "phone": "0909000111"}""");
        assertThat(filed.statusCode()).isEqualTo(201);
        String code = code(filed.body());
        HttpResponse<String> tracked = citizen.get("/api/v1/public/petitions/" + code);
        assertThat(tracked.statusCode()).isEqualTo(200);
        assertThat(tracked.body()).contains("\"code\":\"" + code + "\"").contains("\"status\":\"RECEIVED\"")
                .contains("\"expectedOn\":").contains("\"answer\":null").doesNotContain("Ngô").doesNotContain("0909000111");
        assertThat(citizen.get("/api/v1/public/petitions/GD-NOPE0000").statusCode()).isEqualTo(404);
    }

    @Test
    void complaintsAndDenunciationsAreRefusedWithTheLawfulWayAndBadInputStoresNothing() {
        ApiClient citizen = new ApiClient(port);
        int before = jdbc.sql("select count(*) from petition").query(Integer.class).single();
        HttpResponse<String> denunciation = citizen.post("/api/v1/public/petitions",
                "{\"unitCode\": \"TH-AL\", \"kind\": \"TO_CAO\", \"content\": \"Tố cáo\"}");
        assertThat(denunciation.statusCode()).isEqualTo(422);
        assertThat(denunciation.body()).contains("Luật Tố cáo Điều 23");
        HttpResponse<String> bad = citizen.post("/api/v1/public/petitions", """
                {"unitCode": "KHONG-CO", "kind": "PHAN_ANH", "content": "%s", "email": "x@", "phone": "abc"}"""
                .formatted("a".repeat(5001)));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"unitCode\"").contains("\"field\":\"content\"")
                .contains("\"field\":\"email\"").contains("\"field\":\"phone\"");
        assertThat(jdbc.sql("select count(*) from petition").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void open311DiscoveryServicesAndDefinitionsInJsonAndXml() {
        ApiClient app = new ApiClient(port);
        HttpResponse<String> discovery = app.get("/open311/v2/discovery.json");
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"specification\":\"http://wiki.open311.org/GeoReport_v2\"");
        assertThat(app.get("/open311/v2/discovery.xml").body()).contains("<discovery>").contains("<format>text/xml</format>");
        HttpResponse<String> services = app.get("/open311/v2/services.json?jurisdiction_id=TH-PS");
        assertThat(services.body()).contains("\"service_code\":\"PHAN_ANH\"").contains("\"metadata\":false");
        assertThat(app.get("/open311/v2/services.xml?jurisdiction_id=TH-PS").body())
                .contains("<services><service><service_code>KIEN_NGHI</service_code>");
        assertThat(app.get("/open311/v2/services/PHAN_ANH.xml").body()).contains("<service_definition><service_code>PHAN_ANH");
        HttpResponse<String> unknown = app.get("/open311/v2/services.json?jurisdiction_id=NOWHERE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":404").contains("\"description\"");
    }

    @Test
    void aPartnerAppWithAKeyPostsARequestAndReadsItBackByIdAndToken() {
        ApiClient app = new ApiClient(port);
        String form = "jurisdiction_id=TH-PS&service_code=KIEN_NGHI&description=" + enc("Đề nghị lắp đèn trước cổng trường")
                + "&first_name=" + enc("Lý") + "&last_name=" + enc("Đối Tác") + "&lat=11.3&long=106.7";
        assertThat(postForm(app, "/open311/v2/requests.json", form + "&api_key=wrong").statusCode()).isEqualTo(403);
        assertThat(new ApiClient(port).as("th.phuocsang").post("/api/v1/open311/keys", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> key = new ApiClient(port).as("admin").post("/api/v1/open311/keys", "{\"name\": \"Ứng dụng thử\"}");
        assertThat(key.statusCode()).isEqualTo(201);
        String apiKey = key.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> created = postForm(app, "/open311/v2/requests.json", form + "&api_key=" + apiKey);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = code(created.body());
        HttpResponse<String> one = app.get("/open311/v2/requests/" + id + ".json");
        assertThat(one.body()).contains("\"service_request_id\":\"" + id + "\"").contains("\"status\":\"open\"")
                .contains("\"expected_datetime\":").doesNotContain("Đối Tác");
        assertThat(app.get("/open311/v2/requests/" + id + ".xml").body()).contains("<service_requests><request>")
                .contains("<service_request_id>" + id + "</service_request_id>");
        assertThat(app.get("/open311/v2/tokens/" + id + ".json").body()).contains("\"token\":\"" + id + "\"");
        assertThat(app.get("/open311/v2/requests.json?jurisdiction_id=TH-PS&status=open").body()).contains(id);
        HttpResponse<String> xmlError = postForm(app, "/open311/v2/requests.xml",
                "jurisdiction_id=TH-PS&service_code=TO_CAO&description=x&api_key=" + apiKey);
        assertThat(xmlError.statusCode()).isEqualTo(400);
        assertThat(xmlError.body()).contains("<errors><error><code>400</code>");
    }

    private HttpResponse<String> postForm(ApiClient app, String path, String form) {
        return app.send(app.builder(path).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * GeoReport v2 answers the first 1000 requests ("Response Volume") in its own shape, a bare list; past them the
     * answer names the next page in a Link header, and {@code page} / {@code page_size} (the usual extension) read on.
     */
    @Test
    void open311RequestsArePagedByTheExtensionWithoutChangingTheSpecsShape() {
        ApiClient app = new ApiClient(port);
        HttpResponse<String> key = new ApiClient(port).as("admin").post("/api/v1/open311/keys", "{\"name\": \"Ứng dụng phân trang\"}");
        String apiKey = key.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> created = postForm(app, "/open311/v2/requests.json", "jurisdiction_id=TH-AL&service_code=PHAN_ANH"
                    + "&description=" + enc("Đèn đường trước trường bị hỏng, lần " + i) + "&api_key=" + apiKey);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        String path = "/open311/v2/requests.json?jurisdiction_id=TH-AL&service_code=PHAN_ANH&status=open";
        ListPages.pagesAreTheWholeList(app, path, "page", "page_size", 3, 4);
        ListPages.pagesAreTheWholeList(app, path, "page", "page_size", 1, 4);
        HttpResponse<String> xml = app.get("/open311/v2/requests.xml?jurisdiction_id=TH-AL&service_code=PHAN_ANH&page_size=1");
        assertThat(xml.body()).startsWith("<?xml").contains("<service_requests><request>");
        assertThat(xml.headers().firstValue("Link").orElse("")).contains("page=2").contains("page_size=1");
        for (String bad : List.of("page=0", "page_size=0", "page_size=1001", "page=x")) {
            HttpResponse<String> res = app.get("/open311/v2/requests.json?" + bad);
            assertThat(res.statusCode()).as(bad).isEqualTo(400);
            assertThat(res.body()).as("the spec's error list").contains("\"code\":400").contains("page_size");
        }
    }
}
