package vn.gandan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.approval.ApprovalGranted;
import vn.gandan.approval.ApprovalRequested;
import vn.gandan.approval.ApprovalReturned;
import vn.gandan.approval.ApprovalSubject;

/** Approval notices reach the right person, every notice is worded from the bundles in its reader's language, one digest a day. */
@SpringBootTest
@ActiveProfiles("test")
class NoticeMessagesTests {

    static final AtomicInteger SEQ = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    ApprovalNotices approvals;
    @Autowired
    Notices notices;
    @Autowired
    NoticeStore store;
    @Autowired
    Digest digest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** A fresh person with a role on the unit. */
    private long person(String name, long unit, String role, String email) {
        long account = jdbc.sql("""
                        insert into access_account(username, password_hash, display_name, unit_id, email)
                        values (:n, '{noop}x', :n, :u, :e) returning id""")
                .param("n", name).param("u", unit).param("e", email).query(Long.class).single();
        jdbc.sql("insert into access_grant(account_id, unit_id, role, subtree, valid_from) values (:a, :u, :r, false, '2000-01-01')")
                .param("a", account).param("u", unit).param("r", role).update();
        return account;
    }

    private List<NoticeStore.Notice> of(long account) {
        return store.of(account, new vn.gandan.shared.ListPage(1, 10)).rows();
    }

    @Test
    void approvalWaitingReachesTheIssuersLeadersAndReturnedOrApprovedReachesTheDrafter() {
        int n = SEQ.incrementAndGet();
        long phong = unit("PGDDT-PG");
        long leader = person("ld.approval" + n, phong, "LEADER", null);
        long drafter = person("cv.approval" + n, phong, "SPECIALIST", null);
        long other = person("cv.other" + n, phong, "SPECIALIST", null);
        ApprovalSubject plan = new ApprovalSubject("PLAN", 77_000 + n, phong, "Kế hoạch thi đua", "/plans/" + (77_000 + n));
        approvals.on(new ApprovalRequested(plan, "cv.approval" + n));
        // the listeners run after the event's transaction, asynchronously (@ApplicationModuleListener)
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(of(leader)).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("APPROVAL");
            assertThat(x.title()).isEqualTo("Văn bản chờ phê duyệt: Kế hoạch thi đua");
            assertThat(x.link()).isEqualTo("/plans/" + (77_000 + n));
        }));
        assertThat(of(drafter)).isEmpty();
        approvals.on(new ApprovalReturned(plan, "Bổ sung kinh phí", "ld.approval" + n, "cv.approval" + n));
        approvals.on(new ApprovalGranted(plan, false, "ld.approval" + n, "cv.approval" + n));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(of(drafter)).extracting(NoticeStore.Notice::kind)
                .containsExactlyInAnyOrder("APPROVAL_RETURNED", "APPROVAL_GRANTED"));
        assertThat(of(drafter)).anySatisfy(x -> assertThat(x.body()).contains("Bổ sung kinh phí"));
        assertThat(of(other)).isEmpty();
    }

    @Test
    void aNoticeIsWordedFromTheBundleInEachReadersLanguage() {
        int n = SEQ.incrementAndGet();
        long school = unit("TH-PV");
        long vi = person("vi.reader" + n, school, "LEADER", null);
        long en = person("en.reader" + n, school, "LEADER", null);
        store.savePreference(en, new NoticeStore.Preference(true, false, "en"));
        notices.send(school, "OVERDUE", NoticeText.of("notifications.taskOverdue.title", "Họp dân"),
                NoticeText.of("notifications.taskOverdue.body", "Họp dân", "", "01/12/2026"), "/tasks/1");
        assertThat(of(vi).get(0).title()).isEqualTo("Nhiệm vụ quá hạn: Họp dân");
        assertThat(of(vi).get(0).body()).isEqualTo("Nhiệm vụ \"Họp dân\" đã quá hạn ngày 01/12/2026. Vui lòng cập nhật tiến độ.");
        assertThat(of(en).get(0).title()).isEqualTo("Task overdue: Họp dân");
        assertThat(of(en).get(0).body()).isEqualTo("Task \"Họp dân\" was due on 01/12/2026. Please update its progress.");
    }

    @Test
    void theDailyDigestReachesEachPersonExactlyOnceEvenWhenTwoNodesRunIt() throws Exception {
        int n = SEQ.incrementAndGet();
        String address = "digest" + n + "@gandan.test";
        long me = person("digest.reader" + n, unit("TH-LT"), "LEADER", address);
        store.savePreference(me, new NoticeStore.Preference(false, true, "vi"));
        notices.toPerson(me, null, "TEST", NoticeText.of("notifications.reportAccepted.title", "DVCQ", "2026"),
                NoticeText.of("notifications.reportAccepted.body"), "/reports");
        LocalDate today = LocalDate.now(clock);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> digest.send(today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> digest.send(today));
        a.get();
        b.get();
        digest.send(today);
        var mine = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.toString(m.getAllRecipients()).contains(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getSubject()).contains("1 thông báo chưa đọc");
        assertThat(jdbc.sql("select count(*) from notification_sent where key = :k")
                .param("k", "digest|" + me + "|" + today).query(Integer.class).single()).isEqualTo(1);
        store.savePreference(me, NoticeStore.Preference.DEFAULT);
    }
}
