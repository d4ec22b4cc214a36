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
}
