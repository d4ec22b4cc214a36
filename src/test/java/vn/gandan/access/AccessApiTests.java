package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void tokenLoginReturns201WithTokenAndExpiry() {
        HttpResponse<String> res = new ApiClient(port).post("/api/v1/auth/tokens",
                "{\"username\":\"th.phuocsang\",\"password\":\"demo\"}");
        assertThat(res.statusCode()).isEqualTo(201);
        assertThat(res.body()).contains("\"token\"").contains("\"expiresAt\"");
    }

    @Test
    void wrongPasswordAnswers401AsProblemInVietnamese() {
        HttpResponse<String> res = new ApiClient(port).post("/api/v1/auth/tokens",
                "{\"username\":\"th.anlinh\",\"password\":\"sai-mat-khau\"}");
        assertThat(res.statusCode()).isEqualTo(401);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(res.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void repeatedFailuresForOneAccountAnswer429EvenWithTheRightPassword() {
        ApiClient client = new ApiClient(port);
        jdbc.sql("insert into access_account(username, password_hash, display_name) values ('throttle.me', :h, 'T')")
                .param("h", "{noop}x").update();
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("/api/v1/auth/tokens", "{\"username\":\"throttle.me\",\"password\":\"wrong\"}")
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = client.post("/api/v1/auth/tokens", "{\"username\":\"throttle.me\",\"password\":\"x\"}");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("quá nhiều lần");
    }

    @Test
    void apiWithoutTokenAnswers401() {
        assertThat(new ApiClient(port).get("/api/v1/units").statusCode()).isEqualTo(401);
    }

    @Test
    void invalidTokenAnswers401() {
        HttpResponse<String> res = new ApiClient(port).send(new ApiClient(port).builder("/api/v1/units")
                .header("Authorization", "Bearer not-a-real-token").GET());
        assertThat(res.statusCode()).isEqualTo(401);
    }

    @Test
    void schoolLeaderCannotReadSiblingSchool() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        assertThat(school.get("/api/v1/units/" + unit("TH-PS")).statusCode()).isEqualTo(200);
        HttpResponse<String> sibling = school.get("/api/v1/units/" + unit("TH-AL"));
        assertThat(sibling.statusCode()).isEqualTo(404);
        assertThat(sibling.body()).doesNotContain("An Linh");
    }

    @Test
    void phongSpecialistSeesItsSchoolsAndSearchIgnoresDiacritics() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> found = phong.get("/api/v1/units?q=phuoc%20sang");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Trường Tiểu học Phước Sang").doesNotContain("Bình Dương\",\"shortName\":\"SGDĐT");
        assertThat(phong.get("/api/v1/units/" + unit("PGDDT-PG") + "/children").body())
                .contains("Phước Sang").contains("An Linh");
        assertThat(phong.get("/api/v1/units/" + unit("SGDDT-BD")).statusCode()).isEqualTo(404);
    }

    @Test
    void prometheusMetricsAreReadableFromThisHostWithoutLogin() {
        ApiClient client = new ApiClient(port);
        HttpResponse<String> res = client.send(client.builder("/actuator/prometheus").header("Accept", "text/plain").GET());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("jvm_memory_used_bytes");
    }
}
