package vn.gandan.access;

import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit rows into the hash chain. Writers append rows without chain fields and take no lock;
 * every second (and before each verification) one sealer, on whichever node wins the advisory lock, gives the
 * unsealed rows its transaction can see the next sequence numbers and their hashes in one statement. A row
 * whose transaction commits late is simply sealed in a later batch: chain order is seal order.
 */
@Component
class AuditSealer {

    private static final long SEAL_LOCK = 0x6761_6e64_616eL;
    static final int BATCH = 10_000;

    private static final String SEAL = """
            with tail as (select seq, hash from audit_log where seq is not null order by seq desc limit 1),
            last as (select coalesce((select seq from tail), 0) as seq, coalesce((select hash from tail), :g) as hash),
            batch as (select * from audit_log where seq is null order by id limit :n),
            chained as (
              select b.id, l.seq + row_number() over w as seq, l.hash as start,
                     audit_chain(l.hash, b.at, b.username, b.client_ip, b.action, b.object_type, b.object_id,
                                 b.before, b.after) over w as hash
              from batch b cross join last l
              window w as (order by b.id rows between unbounded preceding and current row)),
            linked as (select id, seq, hash, coalesce(lag(hash) over (order by seq), start) as prev_hash from chained)
            update audit_log a set seq = k.seq, prev_hash = k.prev_hash, hash = k.hash
            from linked k where a.id = k.id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    AuditSealer(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${app.audit.seal-interval-ms:1000}")
    void sealPeriodically() {
        seal();
    }

    /** Seals every committed unsealed row; empty when another sealer holds the lock (it seals them instead). */
    OptionalInt seal() {
        return tx.execute(status -> {
            // A statement of its own: the sealing statements below start after the lock is held, so they see
            // everything the previous sealer committed.
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", SEAL_LOCK)
                    .query(Boolean.class).single();
            if (!mine) {
                return OptionalInt.empty();
            }
            int total = 0;
            int sealed;
            do {
                sealed = jdbc.sql(SEAL).param("g", AuditLog.GENESIS).param("n", BATCH).update();
                total += sealed;
            } while (sealed == BATCH);
            return OptionalInt.of(total);
        });
    }
}
