package vn.gandan.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.petitions.ReceptionDayApproached;

/** rules.md D1: the head hears of a scheduled reception day in the app and by e-mail, once, even with two nodes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReceptionNoticesTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    ReceptionNotices listener;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadIsRemindedOfAReceptionDayOncePerPersonAcrossTwoNodes_D1() throws Exception {
        jdbc.sql("update access_account set email = 'hieutruong@phuocsang.example' where username = 'th.phuocsang'").update();
        long unit = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        long schedule = jdbc.sql("select min(id) from reception_schedule where unit_id = :u").param("u", unit)
                .query(Long.class).single();
        var event = new ReceptionDayApproached(unit, schedule, LocalDate.of(2027, 1, 15), "Nguyễn Văn Hiệu",
                "Hiệu trưởng", "Phòng tiếp công dân");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> { await(start); return listener.deliver(event); });
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> { await(start); return listener.deliver(event); });
        start.countDown();
        int leaders = jdbc.sql("""
                        select count(distinct g.account_id) from access_grant g join access_account a on a.id = g.account_id
                        where g.unit_id = :u and g.role = 'LEADER' and a.enabled and g.valid_from <= current_date
                          and (g.valid_to is null or g.valid_to >= current_date)""")
                .param("u", unit).query(Integer.class).single();
        assertThat(nodeA.get() + nodeB.get()).as("each leader of the school told by one node only").isEqualTo(leaders);
        assertThat(listener.deliver(event)).as("the event delivered again (republished) tells nobody twice").isZero();

        var rows = jdbc.sql("""
                        select a.username, n.title, n.body, n.link from notice n join access_account a on a.id = n.account_id
                        where n.kind = 'RECEPTION' and n.unit_id = :u and n.title like '%15/01/2027'
                          and a.username = 'th.phuocsang'""")
                .param("u", unit).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("username")).isEqualTo("th.phuocsang");
        assertThat((String) rows.get(0).get("body")).contains("Nguyễn Văn Hiệu (Hiệu trưởng)").contains("15/01/2027")
                .contains("Phòng tiếp công dân");
        assertThat((String) rows.get(0).get("link")).isEqualTo("/petitions/receptions?unitId=" + unit + "&month=2027-01");
        MimeMessage[] received = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("hieutruong@phuocsang.example");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Nhắc lịch tiếp công dân định kỳ ngày 15/01/2027");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("hieutruong@phuocsang.example");
    }

    @Test
    void aHeadWhoChoseNoEmailGetsOnlyTheInAppNotice_D1() {
        jdbc.sql("update access_account set email = 'hieutruong@anlinh.example' where username = 'th.anlinh'").update();
        long account = jdbc.sql("select id from access_account where username = 'th.anlinh'").query(Long.class).single();
        jdbc.sql("insert into notice_preference(account_id, email_each, digest) values (:a, false, true)"
                + " on conflict (account_id) do update set email_each = false").param("a", account).update();
        long unit = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        listener.deliver(new ReceptionDayApproached(unit, 0, LocalDate.of(2027, 2, 20), "Lê Thị Hà", "Hiệu trưởng", "Phòng họp"));
        assertThat(jdbc.sql("select count(*) from notice where account_id = :a and kind = 'RECEPTION' and title like '%20/02/2027'")
                .param("a", account).query(Integer.class).single()).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
