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

/** Reminders before a deadline go out exactly once, even when two nodes run the job at the same moment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportRemindersTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    ReportReminders reminders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachMissingReportIsRemindedExactlyOnceAcrossTwoConcurrentRuns() throws Exception {
        jdbc.sql("update access_account set email = 'anlinh@truong.example' where username = 'th.anlinh'").update();
        // the demo is dated relative to the day it is created: An Linh's 2026 draft is due on the day the plans set
        LocalDate withinWindow = jdbc.sql("select s.due_date from report_submission s join org_unit u on u.id = s.unit_id"
                + " where u.code = 'TH-AL' and s.period = '2026'").query(LocalDate.class).single();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> { await(start); return reminders.remind(withinWindow); });
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> { await(start); return reminders.remind(withinWindow); });
        start.countDown();
        int sent = nodeA.get() + nodeB.get();

        long anLinh = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        long phuocSang = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        int keys = jdbc.sql("select count(*) from notification_sent where key like 'remind|DVCQ|2026|%'").query(Integer.class).single();
        assertThat(sent).isEqualTo(keys).isPositive();
        assertThat(notices(anLinh)).as("An Linh has only a draft for 2026").isEqualTo(1);
        assertThat(notices(phuocSang)).as("Phước Sang's 2026 report was submitted").isZero();

        assertThat(reminders.remind(withinWindow)).as("a second run sends nothing").isZero();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Nhắc hạn gửi báo cáo DVCQ kỳ 2026");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("anlinh@truong.example");
    }

    @Test
    void nothingIsSentOutsideTheReminderWindow() {
        assertThat(reminders.remind(LocalDate.of(2026, 10, 1))).isZero();
    }

    private int notices(long unit) {
        // notices go to each person of the unit: "exactly once" is per person (the most any one person got)
        return jdbc.sql("""
                        select coalesce(max(n), 0) from (select count(*) n from notice
                        where unit_id = :u and kind = 'REMINDER' and title like '%kỳ 2026' group by account_id) per_person""")
                .param("u", unit).query(Integer.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
