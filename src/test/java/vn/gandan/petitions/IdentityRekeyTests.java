package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Key rotation (C6, docs/petitions.md): after a new key version is added, the rekey run re-encrypts every identity
 * field under it, recomputes the duplicate tag, can be interrupted and resumed, and two runs at once are safe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityRekeyTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityCipher oldCipher;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate tx;

    @Test
    void rotatingTheKeyReencryptsEveryIdentityFieldResumablyAndSafely_C6() throws Exception {
        String oldKeys = Files.readString(Path.of("target/petitions-test.key")).strip();
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        IdentityKeys rotated = new IdentityKeys(oldKeys.replace('\n', ',') + ",9:" + Base64.getEncoder().encodeToString(fresh), "");
        IdentityCipher newCipher = new IdentityCipher(rotated, json);
        IdentityRekey rekey = new IdentityRekey(jdbc, newCipher, tx);
        Map<Long, Petitioner> before = identities(oldCipher);
        try {
            rotate(rekey, newCipher, before);
        } finally {
            // put the shared test database back under the running app's key (version 1) for the other tests
            IdentityKeys back = new IdentityKeys(oldKeys.replace('\n', ',') + ",9:" + Base64.getEncoder().encodeToString(fresh), "") {
                @Override
                int currentVersion() {
                    return 1;
                }
            };
            new IdentityRekey(jdbc, new IdentityCipher(back, json), tx).run(500);
        }
        assertThat(identities(oldCipher)).isEqualTo(before);
    }

    private void rotate(IdentityRekey rekey, IdentityCipher newCipher, Map<Long, Petitioner> before) throws Exception {
        int stale = rekey.stale();
        assertThat(stale).as("demo identities sealed with the old key").isGreaterThan(4);

        int first = tx.execute(s -> rekey.batch(IdentityRekey.COLUMNS.get(0), 3));
        assertThat(first).isEqualTo(3);
        assertThat(rekey.stale()).as("interrupted after one batch: the rest still old, all readable").isEqualTo(stale - 3);
        assertThat(identities(newCipher)).isEqualTo(before);

        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> rekey.run(2));
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> rekey.run(2));
        assertThat(nodeA.get() + nodeB.get()).as("two runs at once re-encrypt each row once").isEqualTo(stale - 3);
        assertThat(rekey.stale()).isZero();
        assertThat(rekey.run(50)).as("a run after completion has nothing to do").isZero();
        assertThat(identities(newCipher)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from petition where petitioner_enc is not null and get_byte(petitioner_enc, 0) <> 9")
                .query(Integer.class).single()).isZero();
        List<String> tags = jdbc.sql("select petitioner_tag from petition where petitioner_tag is not null order by id")
                .query(String.class).list();
        assertThat(tags).isNotEmpty();
        var anyone = jdbc.sql("select id, petitioner_enc from petition where petitioner_tag is not null order by id limit 1")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getBytes(2))).single();
        assertThat(tags.get(0)).as("the duplicate tag is the new key's")
                .isEqualTo(newCipher.tag(newCipher.open(anyone.getValue())));
    }

    private Map<Long, Petitioner> identities(IdentityCipher cipher) {
        return jdbc.sql("select id, petitioner_enc from petition where petitioner_enc is not null")
                .query((rs, i) -> Map.entry(rs.getLong(1), cipher.open(rs.getBytes(2)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
