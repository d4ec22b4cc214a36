package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The sealer links committed audit rows into one chain; each test is named after the rule it proves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditSealingTests {

    private static final long SEAL_LOCK = 0x6761_6e64_616eL;
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    AuditLog audit;
    @Autowired
    AuditSealer sealer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    DataSource dataSource;

    /**
     * Seals as this test's own sealer: the application's scheduled sealer (every second) may hold the lock at that very
     * moment — then {@code seal()} returns empty and leaves the rows to it — so it is asked again until it ran itself
     * and every row committed before it took the lock is sealed.
     */
    private void sealAll() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(20)).until(() -> sealer.seal().isPresent());
    }

    @Test
    void writersLeaveRowsUnsealedAndTheSealerLinksThemInOrder() {
        long a = write("order");
        long b = write("order");
        sealAll();
        assertThat(seq(b)).isEqualTo(seq(a) + 1);
        assertThat(prevHash(b)).isEqualTo(hash(a));
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().unsealed()).isZero();
    }

    @Test
    void aRowAlteredAfterSealingIsDetected() {
        long victim = write("altered");
        write("altered");
        assertThat(audit.verify().intact()).isTrue();
        tamper(j -> j.sql("update audit_log set after = '{\"v\": 99}' where id = :id").param("id", victim).update());
        try {
            assertThat(audit.firstBrokenRow()).contains(victim);
        } finally {
            tamper(j -> j.sql("update audit_log set after = '{\"v\": 0}' where id = :id").param("id", victim).update());
        }
        assertThat(audit.firstBrokenRow()).isEmpty();
    }

    @Test
    void aRowDeletedAfterSealingIsDetected() {
        write("deleted");
        long victim = write("deleted");
        write("deleted");
        sealAll();
        long next = idAtSeq(seq(victim) + 1);
        tamper(j -> {
            j.sql("create table audit_log_removed_test as select * from audit_log where id = :id").param("id", victim)
                    .update();
            j.sql("delete from audit_log where id = :id").param("id", victim).update();
        });
        try {
            assertThat(audit.firstBrokenRow()).contains(next);
        } finally {
            tamper(j -> {
                j.sql("insert into audit_log select * from audit_log_removed_test").update();
                j.sql("drop table audit_log_removed_test").update();
            });
        }
        assertThat(audit.firstBrokenRow()).isEmpty();
    }

    @Test
    void aRowInsertedIntoTheChainIsDetectedEvenWithAValidHashOfItsOwn() {
        write("inserted");
        long before = write("inserted");
        write("inserted");
        sealAll();
        long k = seq(before);
        long after = idAtSeq(k + 1);
        tamper(j -> {
            // make room after row k, then forge a row that links correctly to k
            j.sql("update audit_log set seq = -(seq + 1) where seq > :k").param("k", k).update();
            j.sql("update audit_log set seq = -seq where seq < 0").update();
            j.sql("""
                    insert into audit_log(at, action, object_type, object_id, seq, prev_hash, hash)
                    select now(), 'DELETE', 'forged', 'x', :k + 1, hash,
                           audit_row_hash(hash, now(), null, null, 'DELETE', 'forged', 'x', null, null)
                    from audit_log where seq = :k""").param("k", k).update();
        });
        try {
            assertThat(audit.firstBrokenRow()).contains(after);
        } finally {
            tamper(j -> {
                j.sql("delete from audit_log where object_type = 'forged'").update();
                j.sql("update audit_log set seq = -(seq - 1) where seq > :k + 1").param("k", k).update();
                j.sql("update audit_log set seq = -seq where seq < 0").update();
            });
        }
        assertThat(audit.firstBrokenRow()).isEmpty();
    }

    @Test
    void aRowCommittedLateIsSealedInALaterBatch() throws Exception {
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            long lateId = insertRaw(late, "late");
            long onTime = write("late");
            assertThat(lateId).isLessThan(onTime);
            sealAll();
            assertThat(seq(onTime)).isNotNull();
            late.commit();
            sealAll();
            assertThat(seq(lateId)).isGreaterThan(seq(onTime));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void twoSealersNeverInterleave() throws Exception {
        long row;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, SEAL_LOCK);
                lock.execute();
            }
            row = write("exclusive");
            assertThat(sealer.seal()).isEmpty();
            assertThat(seq(row)).isNull();
            other.rollback();
        }
        sealAll();
        assertThat(seq(row)).isNotNull();
    }

    @Test
    void concurrentWritersAndSealersKeepOneGaplessChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        AtomicInteger sealRuns = new AtomicInteger();
        for (int t = 0; t < 8; t++) {
            boolean writer = t % 2 == 0;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    if (writer) {
                        write("concurrent");
                    } else if (sealer.seal().isPresent()) {
                        sealRuns.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditLog.ChainCheck check = audit.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.unsealed()).isZero();
        assertThat(sealRuns.get()).isPositive();
        long sealedRows = jdbc.sql("select count(*) from audit_log where seq is not null").query(Long.class).single();
        assertThat(check.sealed()).isEqualTo(sealedRows);
    }

    @Test
    void theTriggerRefusesResealing() {
        long row = write("reseal");
        sealAll();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set seq = seq + 1000000 where id = :id").param("id", row)
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_log set hash = prev_hash where id = :id").param("id", row)
                .update()).hasMessageContaining("append-only");
    }

    @Test
    void theTriggerAllowsOnlySealingNotChangingAnUnsealedRow() {
        String zeros = "0".repeat(64);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            long row = write("unsealed-change");
            jdbc.sql("update audit_log set seq = -1, prev_hash = :z, hash = :z, action = 'READ' where id = :id")
                    .param("z", zeros).param("id", row).update();
        })).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into audit_log(action, object_type, seq, prev_hash, hash) values ('READ', 'presealed', -2, :z, :z)""")
                .param("z", zeros).update()).hasMessageContaining("append-only");
    }

    private long write(String type) {
        audit.record("UPDATE", "sealing-" + type, SEQ.incrementAndGet(), Map.of("v", 0), Map.of("v", 0));
        return jdbc.sql("select max(id) from audit_log where object_type = :t").param("t", "sealing-" + type)
                .query(Long.class).single();
    }

    private static long insertRaw(Connection c, String type) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_log(action, object_type, object_id) values ('UPDATE', ?, 'raw') returning id")) {
            ps.setString(1, "sealing-" + type);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Changes the log behind the app's back, as someone with database access could, the sealer kept out. */
    private void tamper(Consumer<JdbcClient> change) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", SEAL_LOCK).query(Object.class).list();
            jdbc.sql("alter table audit_log disable trigger user").update();
            change.accept(jdbc);
            jdbc.sql("alter table audit_log enable trigger user").update();
        });
    }

    private Long seq(long id) {
        return jdbc.sql("select seq from audit_log where id = :id").param("id", id)
                .query((rs, i) -> (Long) rs.getObject(1)).list().get(0);
    }

    private long idAtSeq(long seq) {
        return jdbc.sql("select id from audit_log where seq = :s").param("s", seq).query(Long.class).single();
    }

    private String hash(long id) {
        return jdbc.sql("select hash from audit_log where id = :id").param("id", id).query(String.class).single();
    }

    private String prevHash(long id) {
        return jdbc.sql("select prev_hash from audit_log where id = :id").param("id", id).query(String.class).single();
    }
}
