package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9, item 3 — escalation to the unit above: the demo's overdue cases (dated relative to today) reach the
 * handler, the unit's leaders and the Phòng once, whichever node runs the morning job and however often the events
 * are published again; the notices name the case by code, never the citizen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseEscalationTests {

    @Autowired
    CaseEscalations escalations;
    @Autowired
    JdbcClient jdbc;

    private int overdueNotices(String username, long petition) {
        return jdbc.sql("""
                        select count(*) from notice n join access_account a on a.id = n.account_id
                        where a.username = :u and n.kind = 'PETITION_OVERDUE' and n.link = :l""")
                .param("u", username).param("l", "/petitions/" + petition).query(Integer.class).single();
    }

    /** Publications of {@code PetitionOverdue} whose listener has not completed (the registry marks each one done). */
    private int outstandingOverdueEvents(java.time.OffsetDateTime since) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and event_type like '%PetitionOverdue' and publication_date >= :since""")
                .param("since", since).query(Integer.class).single();
    }

    @Test
    void anOverdueCaseIsEscalatedToTheUnitAboveOnceAcrossTwoNodesAndRepublishing() throws Exception {
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(escalations::escalate);
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(escalations::escalate);
        int escalated = nodeA.get() + nodeB.get();
        int rows = jdbc.sql("select count(*) from petition_escalation").query(Integer.class).single();
        assertThat(escalated).as("each overdue case escalated by one node only").isPositive().isEqualTo(rows);
        assertThat(escalations.escalate()).as("the next morning: nothing new").isZero();

        Map<String, Object> c = jdbc.sql("""
                        select p.id, p.code, p.register_no from petition_escalation e join petition p on p.id = e.petition_id
                        join org_unit u on u.id = p.unit_id where u.code in ('TH-PS', 'TH-AL') order by p.id limit 1""")
                .query().singleRow();
        long id = ((Number) c.get("id")).longValue();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(overdueNotices("ld.phugiao", id)).as("the Phòng's leader (unit above)").isEqualTo(1);
            assertThat(overdueNotices("phong.phugiao", id)).as("the Phòng's specialist (unit above)").isEqualTo(1);
        });
        List<String> bodies = jdbc.sql("select body from notice where kind = 'PETITION_OVERDUE' and link = :l")
                .param("l", "/petitions/" + id).query(String.class).list();
        assertThat(bodies).allSatisfy(b -> assertThat(b).contains((String) c.get("code"))
                .contains(String.valueOf(c.get("register_no"))).doesNotContain("Ấp 2"));

        jdbc.sql("delete from petition_escalation").update();
        java.time.OffsetDateTime since = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single();
        assertThat(escalations.escalate()).as("published again (e.g. a restored table)").isEqualTo(rows);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(outstandingOverdueEvents(since))
                .as("every listener of the republished events has run").isZero());
        assertThat(overdueNotices("ld.phugiao", id)).as("still told once").isEqualTo(1);
    }
}
