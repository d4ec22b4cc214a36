package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** rules.md C7: protection of the denouncer and close relatives, requested, decided and seen only with the identity. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProtectionTests {

    private static final String RELATIVE = "Quách Văn Bảovệ";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long denunciation(ApiClient handler) {
        long unit = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        HttpResponse<String> created = handler.post("/api/v1/petitions", """
                {"unitId": %d, "kind": "TO_CAO", "receivedOn": "2026-11-26", "channel": "TRUC_TIEP",
                 "content": "Tố cáo việc trù dập giáo viên sau khi phản ánh",
                 "petitioner": {"name": "Quách Thị Tốcáo", "address": "Ấp 3", "idNumber": "079912340000"}}""".formatted(unit));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.id(created.body());
    }

    @Test
    void protectionIsRequestedDecidedAndVisibleOnlyToThoseWhoMaySeeTheIdentity_C7() {
        ApiClient handler = new ApiClient(port).as("th.phuocsang");
        long id = denunciation(handler);
        HttpResponse<String> requested = handler.post("/api/v1/petitions/" + id + "/protection", """
                {"on": "2026-11-27", "personName": "%s", "relation": "VO_CHONG",
                 "measures": ["VI_TRI_CONG_TAC", "BI_MAT_THONG_TIN"], "grounds": "Bị đe dọa chuyển công tác"}""".formatted(RELATIVE));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
        assertThat(requested.body()).contains(RELATIVE).contains("\"measures\":[\"BI_MAT_THONG_TIN\",\"VI_TRI_CONG_TAC\"]")
                .contains("\"hidden\":false");
        long request = jdbc.sql("select max(id) from petition_protection where petition_id = :p").param("p", id)
                .query(Long.class).single();
        HttpResponse<String> decided = handler.post("/api/v1/petitions/" + id + "/protection", """
                {"on": "2026-11-30", "requestId": %d, "decision": "AP_DUNG", "decisionNo": "05/QĐ-THPS",
                 "note": "Giữ nguyên vị trí công tác trong thời gian giải quyết"}""".formatted(request));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(decided.body()).contains("\"decision\":\"AP_DUNG\"").contains("05/QĐ-THPS");

        for (String other : new String[] {"so.binhduong", "admin"}) {
            HttpResponse<String> seen = new ApiClient(port).as(other).get("/api/v1/petitions/" + id + "/protection");
            assertThat(seen.statusCode()).isEqualTo(200);
            assertThat(seen.body()).as(other).contains("\"hidden\":true").contains("\"items\":[]").doesNotContain(RELATIVE)
                    .doesNotContain("VI_TRI_CONG_TAC");
        }
        HttpResponse<String> above = new ApiClient(port).as("so.binhduong").post("/api/v1/petitions/" + id + "/protection",
                "{\"on\": \"2026-11-30\", \"personName\": \"X\", \"relation\": \"CON\", \"measures\": [\"TAI_SAN\"], \"grounds\": \"g\"}");
        assertThat(above.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from petition_protection where petition_id = :p").param("p", id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from petition_protection where position(convert_to(:n, 'UTF8') in person_enc) > 0"
                + " or grounds like '%Bảovệ%'").param("n", RELATIVE).query(Integer.class).single())
                .as("the protected person's name is encrypted at rest").isZero();
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/petitions/" + id + "/protection").statusCode())
                .as("another school: out of scope").isEqualTo(404);
    }

    @Test
    void badProtectionInputIsRefusedFieldByFieldAndOnlyDenunciationsCarryIt_C7() {
        ApiClient handler = new ApiClient(port).as("th.phuocsang");
        long id = denunciation(handler);
        HttpResponse<String> bad = handler.post("/api/v1/petitions/" + id + "/protection", """
                {"on": null, "personName": "  ", "relation": "BAN_BE", "measures": ["BAY"], "grounds": "<script>x</script>"}""");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"on\"").contains("\"field\":\"personName\"")
                .contains("\"field\":\"relation\"").contains("\"field\":\"measures\"").contains("\"field\":\"grounds\"");
        HttpResponse<String> badDecision = handler.post("/api/v1/petitions/" + id + "/protection",
                "{\"on\": \"2026-11-30\", \"requestId\": 999999, \"decision\": \"AP_DUNG\", \"decisionNo\": \"01/QĐ\"}");
        assertThat(badDecision.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from petition_protection where petition_id = :p").param("p", id)
                .query(Integer.class).single()).isZero();
        long feedback = jdbc.sql("select min(p.id) from petition p join org_unit u on u.id = p.unit_id"
                + " where u.code = 'TH-PS' and p.kind = 'PHAN_ANH'").query(Long.class).single();
        HttpResponse<String> notDenunciation = handler.post("/api/v1/petitions/" + feedback + "/protection",
                "{\"on\": \"2026-11-30\", \"personName\": \"A B\", \"relation\": \"CON\", \"measures\": [\"TAI_SAN\"], \"grounds\": \"g\"}");
        assertThat(notDenunciation.statusCode()).isEqualTo(422);
    }
}
