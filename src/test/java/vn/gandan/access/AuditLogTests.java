package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditLogTests {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UnitAdmin units;

    @Test
    void everyEntityChangeIsRecordedWithItsState() {
        long before = count();
        units.create(new UnitAdmin.NewUnit("AUDIT-1", "Trường THCS Kiểm Toán", "THCSKT", UnitKind.TRUONG, null,
                "Phú Giáo", null, java.time.LocalDate.of(2024, 1, 1)));
        assertThat(count()).isGreaterThan(before);
        String after = jdbc.sql("select after::text from audit_log where object_type = 'Unit' order by id desc limit 1")
                .query(String.class).single();
        assertThat(after).contains("Trường THCS Kiểm Toán");
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        audit.record("UPDATE", "test", 1, Map.of("a", 1), Map.of("a", 2));
        assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'X'").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
    }

    @Test
    void hashChainDetectsAnAlteredRow() {
        for (int i = 0; i < 3; i++) {
            audit.record("UPDATE", "chain-test", i, Map.of("v", i), Map.of("v", i + 1));
        }
        assertThat(audit.firstBrokenRow()).isEmpty();
        long victim = jdbc.sql("select id from audit_log where object_type = 'chain-test' order by id limit 1")
                .query(Long.class).single();
        tx.executeWithoutResult(s -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
            jdbc.sql("update audit_log set after = '{\"v\": 99}' where id = :id").param("id", victim).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        });
        try {
            assertThat(audit.firstBrokenRow()).contains(victim);
        } finally {
            tx.executeWithoutResult(s -> {
                jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
                jdbc.sql("update audit_log set after = '{\"v\": 1}' where id = :id").param("id", victim).update();
                jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
            });
        }
        assertThat(audit.firstBrokenRow()).isEmpty();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }
}
