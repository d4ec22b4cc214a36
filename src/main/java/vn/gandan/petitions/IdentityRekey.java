package vn.gandan.petitions;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every identity field under the current key version after a rotation (docs/petitions.md "Key
 * rotation"). Resumable and safe: each batch is one transaction over rows still sealed with an older key
 * ({@code get_byte(col, 0) <> current}), locked with {@code skip locked} so two runs (or two nodes) never take the
 * same row; a stop at any moment leaves every row readable (old rows keep their old key until their batch commits).
 * The duplicate tag (a keyed hash) is recomputed with the new key in the same update. Logs counts only, never names.
 */
@Component
class IdentityRekey {

    private static final Logger log = LoggerFactory.getLogger(IdentityRekey.class);

    /** Each encrypted column: table, column, and the keyed-hash column to recompute (or null). */
    record Column(String table, String column, String tag) {
    }

    static final List<Column> COLUMNS = List.of(new Column("petition", "petitioner_enc", "petitioner_tag"),
            new Column("reception_session", "visitor_enc", null), new Column("petition_protection", "person_enc", null));

    private final JdbcClient jdbc;
    private final IdentityCipher cipher;
    private final TransactionTemplate tx;

    IdentityRekey(JdbcClient jdbc, IdentityCipher cipher, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tx = tx;
    }

    /** Re-encrypts all stale rows in batches; returns how many rows were re-encrypted by this run. */
    int run(int batchSize) {
        int total = 0;
        for (Column c : COLUMNS) {
            int done;
            do {
                done = tx.execute(status -> batch(c, batchSize));
                total += done;
            } while (done > 0);
        }
        log.info("petitions: identity fields re-encrypted under key version {}: {} rows", cipher.currentVersion(), total);
        return total;
    }

    /** How many rows are still sealed with an older key. */
    int stale() {
        return COLUMNS.stream().mapToInt(c -> jdbc.sql("select count(*) from " + c.table() + " where " + c.column()
                + " is not null and get_byte(" + c.column() + ", 0) <> :v").param("v", cipher.currentVersion())
                .query(Integer.class).single()).sum();
    }

    /** One batch of one column (its own transaction when called through {@link #run}). */
    int batch(Column c, int size) {
        List<Object[]> rows = jdbc.sql("select id, " + c.column() + " from " + c.table() + " where " + c.column()
                        + " is not null and get_byte(" + c.column() + ", 0) <> :v order by id limit :n for update skip locked")
                .param("v", cipher.currentVersion()).param("n", size)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getBytes(2)}).list();
        for (Object[] row : rows) {
            Petitioner p = cipher.open((byte[]) row[1]);
            String set = c.column() + " = :enc" + (c.tag() == null ? "" : ", " + c.tag() + " = :tag");
            var update = jdbc.sql("update " + c.table() + " set " + set + " where id = :id")
                    .param("enc", cipher.seal(p)).param("id", row[0]);
            if (c.tag() != null) {
                update = update.param("tag", cipher.tag(p));
            }
            update.update();
        }
        return rows.size();
    }
}
