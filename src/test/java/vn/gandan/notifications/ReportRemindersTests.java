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
        LocalDate withinWindow = LocalDate.of(2026, 12, 15); // year 2026: cut-off 14/12, schools due two working days later
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
        return jdbc.sql("select count(*) from notice where unit_id = :u and kind = 'REMINDER' and title like '%kỳ 2026'")
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
