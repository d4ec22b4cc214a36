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
import vn.gandan.PageClient;

/**
 * A case whose identity the configured keys cannot open (its key file lost or replaced without re-keying) must not
 * take the unit's whole register down: the register and the case answer 200 with the identity masked, the other
 * cases keep their names, and the case's ciphertext is left untouched for a later recovery of the key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnreadableIdentityTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseSealedWithAnotherKeyIsListedMaskedAndTheRegisterStillAnswers() throws Exception {
        long unit = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        ApiClient head = new ApiClient(port).as("th.phuocsang");
        long broken = create(head, unit, "Nguyễn Văn Khoámất", "Kiến nghị về lịch tiếp dân của trường");
        long fine = create(head, unit, "Trần Thị Đọcđược", "Kiến nghị về sửa sân trường");
        byte[] sealed = jdbc.sql("select petitioner_enc from petition where id = :id").param("id", broken)
                .query(byte[].class).single();
        byte[] other = sealed.clone();
        other[other.length - 1] ^= 0x5a; // the authentication tag no longer matches: as if sealed with another key
        jdbc.sql("update petition set petitioner_enc = :b where id = :id").param("b", other).param("id", broken).update();

        HttpResponse<String> list = head.get("/api/v1/petitions?unitId=" + unit);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Trần Thị Đọcđược").doesNotContain("Khoámất");
        HttpResponse<String> one = head.get("/api/v1/petitions/" + broken);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("***").contains("\"identityVisible\":false");
        assertThat(head.get("/api/v1/petitions/" + fine).body()).contains("Trần Thị Đọcđược");

        PageClient page = PageClient.signIn(port, "th.phuocsang");
        assertThat(page.get("/petitions?unitId=" + unit).statusCode()).isEqualTo(200);
        assertThat(page.get("/petitions/" + broken).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select petitioner_enc from petition where id = :id").param("id", broken)
                .query(byte[].class).single()).isEqualTo(other);
    }

    private static long create(ApiClient head, long unit, String name, String content) throws Exception {
        HttpResponse<String> created = head.post("/api/v1/petitions", """
                {"unitId": %d, "kind": "KIEN_NGHI", "receivedOn": "2026-11-25", "channel": "TRUC_TIEP",
                 "content": "%s", "petitioner": {"name": "%s", "address": "Ấp Bình Hòa"}}""".formatted(unit, content, name));
        assertThat(created.statusCode()).isEqualTo(201);
        return ApiClient.id(created.body());
    }
}
