package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Session 16: "an enabled account holds one role on the unit today without the other" read in one statement in a
 * read-only transaction (the plan page's clerk check) answers as the two recipient lists compared (a write's path),
 * for every unit of the demo data and both orders of the drafting roles, and with a unit's specialists disabled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecipientsRoleTests {

    @Autowired
    Recipients recipients;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anyWithRoleWithoutAnswersAsTheRecipientListsComparedInEveryTransaction() {
        List<Long> units = jdbc.sql("select distinct unit_id from access_grant order by 1").query(Long.class).list();
        assertThat(units).isNotEmpty();
        int yes = check(units);
        assertThat(yes).isPositive();
        // the unit's specialists disabled: both paths stop counting them
        long unit = jdbc.sql("select unit_id from access_grant where role = 'SPECIALIST' order by id limit 1").query(Long.class).single();
        List<Long> specialists = jdbc.sql("select account_id from access_grant where role = 'SPECIALIST' and unit_id = ?")
                .param(unit).query(Long.class).list();
        boolean before = inTransaction(true, () -> recipients.anyWithRoleWithout(unit, Role.SPECIALIST, Role.LEADER));
        try {
            jdbc.sql("update access_account set enabled = false where id in (:ids)").param("ids", specialists).update();
            assertThat(inTransaction(true, () -> recipients.anyWithRoleWithout(unit, Role.SPECIALIST, Role.LEADER))).isFalse();
            check(units);
        } finally {
            jdbc.sql("update access_account set enabled = true where id in (:ids)").param("ids", specialists).update();
        }
        assertThat(inTransaction(true, () -> recipients.anyWithRoleWithout(unit, Role.SPECIALIST, Role.LEADER))).isEqualTo(before);
    }

    private int check(List<Long> units) {
        int yes = 0;
        for (long unit : units) {
            for (Role[] pair : new Role[][] {{Role.SPECIALIST, Role.LEADER}, {Role.LEADER, Role.SPECIALIST}}) {
                boolean bySql = inTransaction(true, () -> recipients.anyWithRoleWithout(unit, pair[0], pair[1]));
                boolean byLists = inTransaction(false, () -> recipients.anyWithRoleWithout(unit, pair[0], pair[1]));
                Set<Long> others = recipients.ofUnit(unit, pair[1]).stream().map(Recipients.Recipient::accountId)
                        .collect(Collectors.toSet());
                boolean expected = recipients.ofUnit(unit, pair[0]).stream().anyMatch(r -> !others.contains(r.accountId()));
                assertThat(bySql).as("unit " + unit + " " + pair[0] + " without " + pair[1]).isEqualTo(expected);
                assertThat(byLists).isEqualTo(expected);
                yes += bySql ? 1 : 0;
            }
        }
        return yes;
    }

    private <T> T inTransaction(boolean readOnly, Supplier<T> read) {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setReadOnly(readOnly);
        return t.execute(s -> read.get());
    }
}
