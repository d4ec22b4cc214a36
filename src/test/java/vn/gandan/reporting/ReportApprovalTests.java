package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.gandan.ApiClient.id;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/**
 * A consolidated report as an official document: the specialist submits it for approval, the Phòng's leader returns
 * it with a comment, the specialist fixes it, the leader signs, the clerk numbers it in the unit's register (BC) and
 * sends it; the issued PDF is signed with the Phòng's key and verifies. Refusals: 403, 409, 422 on the comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportApprovalTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void specialistSubmitsLeaderReturnsWithACommentThenSignsAndTheClerkNumbersAndSends() {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        ApiClient specialist = new ApiClient(port).as("phong.phugiao");
        ApiClient leader = new ApiClient(port).as("ld.phugiao");
        assertThat(leader.post("/api/v1/signing/units/" + phong + "/certificate", "").statusCode()).isEqualTo(201);
        HttpResponse<String> draft = specialist.post("/api/v1/reports/submissions", """
                {"unitId": %d, "formCode": "DVCQ", "period": "2037",
                 "values": {"DIALOGUES_HELD": 3, "PETITIONS_RECEIVED": 6, "PETITIONS_RESOLVED": 5, "DVK_MODELS_REGISTERED": 2},
                 "sections": {"DEMOCRACY": "Tổng hợp 3 cuộc đối thoại."}}""".formatted(phong));
        assertThat(draft.statusCode()).isEqualTo(201);
        long id = id(draft.body());
        String base = "/api/v1/reports/submissions/" + id;

        assertThat(specialist.post(base + "/approval/issue", "").statusCode()).as("not signed yet").isEqualTo(409);
        assertThat(specialist.post(base + "/approval/submit", "").body()).contains("\"stage\":\"PENDING_APPROVAL\"");
        assertThat(specialist.post(base + "/approval/sign", "").statusCode()).as("only the leader signs").isEqualTo(403);
        assertThat(specialist.post(base + "/submit", "").statusCode()).as("no direct send while in approval").isEqualTo(409);
        HttpResponse<String> blank = leader.post(base + "/approval/return", "{\"comment\": \"  \"}");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("comment").contains("Hãy ghi ý kiến");
        assertThat(leader.post(base + "/approval/return", "{\"comment\": \"Bổ sung số liệu đối thoại quý IV\"}").body())
                .contains("\"stage\":\"DRAFTING\"").contains("Bổ sung số liệu đối thoại quý IV");

        assertThat(specialist.put(base, """
                {"values": {"DIALOGUES_HELD": 4, "PETITIONS_RECEIVED": 6, "PETITIONS_RESOLVED": 5, "DVK_MODELS_REGISTERED": 2},
                 "sections": {"DEMOCRACY": "Tổng hợp 4 cuộc đối thoại, kể cả quý IV."}}""").statusCode()).isEqualTo(200);
        specialist.post(base + "/approval/submit", "");
        assertThat(specialist.put(base, "{\"values\": {}, \"sections\": {}}").statusCode()).as("locked while pending").isEqualTo(409);
        assertThat(leader.post(base + "/approval/sign", "").body()).contains("\"stage\":\"SIGNED\"").contains("\"signedBy\":\"ld.phugiao\"");

        HttpResponse<String> issued = specialist.post(base + "/approval/issue", "");
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.body()).contains("\"stage\":\"ISSUED\"").contains("\"status\":\"SUBMITTED\"")
                .containsPattern("\"numberSymbol\":\"\\d+/BC-[^\"]+\"");
        assertThat(issued.body()).contains("\"step\":\"SUBMITTED\"").contains("\"step\":\"RETURNED\"")
                .contains("\"step\":\"SIGNED\"").contains("\"step\":\"ISSUED\"");

        byte[] pdf = specialist.getBytes(base + "/document.pdf").body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String link = "/reports/submissions/" + id;
        await().atMost(Duration.ofSeconds(90)).until(() -> leader.get("/api/v1/notifications").body().contains(link));
        assertThat(leader.get("/api/v1/notifications").body()).as("the leader was told an approval waits")
                .contains("Văn bản chờ phê duyệt");
        await().atMost(Duration.ofSeconds(90)).until(() -> specialist.get("/api/v1/notifications").body().contains("bị trả lại"));
    }
}
