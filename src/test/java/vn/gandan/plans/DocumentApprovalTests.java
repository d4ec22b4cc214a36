package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gandan.ApiClient.id;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/**
 * A thông báo goes through the same approval as plans and reports (one trail in approval_step, the same notices);
 * the clerk numbers it …/TB-…, and its issued PDF carries the Phòng's PAdES signature, which verifies as the Phòng's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentApprovalTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aThongBaoIsSubmittedReturnedApprovedIssuedAndItsSignedPdfVerifies() throws Exception {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        ApiClient specialist = new ApiClient(port).as("phong.phugiao");
        ApiClient leader = new ApiClient(port).as("ld.phugiao");
        leader.post("/api/v1/signing/units/" + phong + "/certificate", "");
        String body = PlanApiTests.body(phong, "Thông báo lịch đối thoại năm 2026", true).replace("\"KE_HOACH\"", "\"THONG_BAO\"");
        HttpResponse<String> created = specialist.post("/api/v1/plans", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = id(created.body());

        specialist.post("/api/v1/plans/" + id + "/submit", "");
        await().atMost(Duration.ofSeconds(90)).until(() -> leader.get("/api/v1/notifications").body()
                .contains("Văn bản chờ phê duyệt: Thông báo lịch đối thoại năm 2026"));
        leader.post("/api/v1/plans/" + id + "/return", "{\"comment\": \"Ghi rõ địa điểm\"}");
        specialist.post("/api/v1/plans/" + id + "/submit", "");
        leader.post("/api/v1/plans/" + id + "/approve", "");
        HttpResponse<String> issued = specialist.post("/api/v1/plans/" + id + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.body()).containsPattern("\"numberSymbol\":\"\\d+/TB-[^\"]+\"");
        assertThat(jdbc.sql("select string_agg(step, ',' order by id) from approval_step where subject_type = 'PLAN' and subject_id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("SUBMITTED,RETURNED,SUBMITTED,APPROVED,ISSUED");

        byte[] pdf = specialist.getBytes("/api/v1/plans/" + id + "/document.pdf").body();
        assertThat(specialist.getBytes("/api/v1/plans/" + id + "/document.pdf").body()).as("the kept signed copy").isEqualTo(pdf);
        HttpResponse<String> verified = verify(specialist, pdf);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("\"signed\":true").contains("\"valid\":true").contains("\"pades\":true")
                .contains("\"trustedUnitId\":" + phong).contains("ETSI.CAdES.detached");
        assertThat(verify(specialist, "%PDF-1.7 không phải".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(422);
    }

    private static HttpResponse<String> verify(ApiClient api, byte[] pdf) throws Exception {
        String boundary = "----gandan" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tb.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(pdf);
        b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.builder("/api/v1/signing/verify").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())));
    }
}
