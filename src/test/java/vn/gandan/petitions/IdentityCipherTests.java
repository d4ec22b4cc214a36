package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * C6: identities are opened row after row with one cipher per thread (session 16) — each row opens with its own key
 * version and IV, and a row that cannot be opened (tampered) leaves the next rows readable.
 */
class IdentityCipherTests {

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void rowsSealedUnderDifferentKeysOpenOneAfterAnotherAndABrokenRowDoesNotSpoilTheNext_C6() {
        String one = "1:" + key();
        JsonMapper json = JsonMapper.builder().build();
        IdentityCipher old = new IdentityCipher(new IdentityKeys(one, ""), json);
        IdentityCipher current = new IdentityCipher(new IdentityKeys(one + ",2:" + key(), ""), json);
        Petitioner a = new Petitioner("Nguyễn Văn A", "Ấp 1, Phước Sang", "0909000001", "074000000001");
        Petitioner b = new Petitioner("Trần Thị B", null, "0909000002", null);
        byte[] sealedA = old.seal(a);
        byte[] sealedB = current.seal(b);
        byte[] tampered = current.seal(a);
        tampered[tampered.length - 1] ^= 1;

        assertThat(sealedA[0]).isEqualTo((byte) 1);
        assertThat(sealedB[0]).isEqualTo((byte) 2);
        assertThat(List.of(current.open(sealedA), current.open(sealedB), current.open(sealedA))).containsExactly(a, b, a);
        assertThatThrownBy(() -> current.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(current.tryOpen(tampered, 7L)).isEmpty();
        assertThat(current.open(sealedB)).isEqualTo(b);
        assertThat(current.open(null)).isEqualTo(new Petitioner(null, null, null, null));
    }

    /** Session 18: the identity read field by field equals the mapper's reading for every shape of JSON, and fails where it fails. */
    @Test
    void theIdentityReadFieldByFieldEqualsTheMappersReading_C6() {
        JsonMapper json = JsonMapper.builder().build();
        IdentityCipher cipher = new IdentityCipher(new IdentityKeys("1:" + key(), ""), json);
        java.util.Random random = new java.util.Random(18);
        String[] pieces = {"Nguyễn Văn A", "", " ", "\"quoted\"", "line\nbreak", "tab\t", "\\", "Ấp 1, Phước Sang",
            "0909000001", "\u0000", "😀", "{\"name\":1}"};
        for (int i = 0; i < 2_000; i++) {
            String[] f = new String[4];
            for (int k = 0; k < 4; k++) {
                f[k] = random.nextInt(4) == 0 ? null : pieces[random.nextInt(pieces.length)] + random.nextInt(100);
            }
            Petitioner p = new Petitioner(f[0], f[1], f[2], f[3]);
            byte[] written = json.writeValueAsBytes(p);
            assertThat(cipher.read(written)).isEqualTo(json.readValue(written, Petitioner.class)).isEqualTo(p);
            if (p.blank() && p.address() == null && p.phone() == null) {
                assertThat(cipher.seal(p)).isNull();
            } else {
                assertThat(cipher.open(cipher.seal(p))).isEqualTo(p);
            }
        }
        List<String> bodies = List.of("{}", "{\"name\":\"A\",\"name\":\"B\"}", "{\"phone\":12345}", "{\"name\":true}",
                "{\"idNumber\":\"1\",\"other\":\"x\"}", "{\"name\":null,\"address\":null}", "{\"address\":\"x\"} ",
                "{\"address\":[\"x\"]}", "{\"phone\":{\"a\":1}}", "{\"idNumber\":\"2\",\"phone\":\"3\",\"address\":\"4\",\"name\":\"5\"}");
        // not JSON objects, or not whole ones
        List<String> broken = List.of("", "null", "[]", "\"x\"", "{\"name\":\"A\"", "{\"name\":\"A\"} {}", "{\"name\" \"A\"}",
                "{name:\"A\"}");
        for (String body : java.util.stream.Stream.concat(bodies.stream(), broken.stream()).toList()) {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Object expected;
            try {
                expected = json.readValue(bytes, Petitioner.class);
            } catch (RuntimeException e) {
                expected = e.getClass();
            }
            Object actual;
            try {
                actual = cipher.read(bytes);
            } catch (RuntimeException e) {
                actual = e.getClass();
            }
            assertThat(actual).as(body).isEqualTo(expected);
        }
    }
}
