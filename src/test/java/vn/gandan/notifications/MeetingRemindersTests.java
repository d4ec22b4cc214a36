package vn.gandan.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.meetings.MeetingKind;
import vn.gandan.meetings.MeetingScheduled;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;

/** Organisers are reminded of meetings, minutes, comment windows, dialogues (G7) and board replies — once, on two nodes. */
@SpringBootTest
@ActiveProfiles("test")
class MeetingRemindersTests {

    static final AtomicInteger SEQ = new AtomicInteger();
    /** Wednesday 10/03/2027. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Autowired
    MeetingNotices notices;
    @Autowired
    UnitAdmin units;
    @Autowired
    JdbcClient jdbc;

    private long person(long unit, String role) {
        long account = jdbc.sql("""
                        insert into access_account(username, password_hash, display_name, unit_id)
                        values (:n, '{noop}x', 'Người nhận', :u) returning id""")
                .param("n", "mremind." + role + "." + unit).param("u", unit).query(Long.class).single();
        jdbc.sql("insert into access_grant(account_id, unit_id, role, subtree, valid_from) values (:a, :u, :r, false, '2000-01-01')")
                .param("a", account).param("u", unit).param("r", role).update();
        return account;
    }

    private long meeting(long unit, String kind, LocalDate heldOn, String status, LocalDate commentsUntil) {
        return jdbc.sql("""
                        insert into meeting(unit_id, kind, title, held_on, status, comments_until)
                        values (:u, :k, :t, :h, :s, :c) returning id""")
                .param("u", unit).param("k", kind).param("t", "Họp " + heldOn).param("h", heldOn).param("s", status)
                .param("c", commentsUntil).query(Long.class).single();
    }

    private void finding(long unit, LocalDate replyDue) {
        long board = jdbc.sql("""
                        insert into inspection_board(unit_id, term_from, term_to, staff_count)
                        values (:u, :f, :t, 20) returning id""")
                .param("u", unit).param("f", replyDue.minusMonths(3)).param("t", replyDue.plusYears(1)).query(Long.class).single();
        jdbc.sql("insert into inspection_finding(board_id, kind, found_on, content, reply_due) values (:b, 'RECOMMENDATION', :o, 'Công khai quỹ', :d)")
                .param("b", board).param("o", replyDue.minusDays(15)).param("d", replyDue).update();
    }

    private List<String> subjects(long account) {
        return jdbc.sql("select title from notice where account_id = :a order by id").param("a", account).query(String.class).list();
    }

    @Test
    void organisersAreRemindedOfMeetingsMinutesDialoguesAndBoardRepliesExactlyOnceAcrossTwoNodes() throws Exception {
        long school = units.create(new UnitAdmin.NewUnit("MREMIND-" + SEQ.incrementAndGet(), "Trường nhắc họp",
                null, UnitKind.TRUONG, null, "Phú Giáo", null, LocalDate.of(2020, 1, 1))).id();
        long leader = person(school, "LEADER");
        long staff = person(school, "STAFF");
        meeting(school, "HOP", LocalDate.of(2027, 3, 11), "SCHEDULED", null);
        meeting(school, "HOP", LocalDate.of(2027, 3, 1), "SCHEDULED", null);
        meeting(school, "HOP", LocalDate.of(2027, 3, 2), "SHARED", LocalDate.of(2027, 3, 9));
        meeting(school, "HOP", LocalDate.of(2027, 3, 3), "SHARED", LocalDate.of(2027, 3, 11));
        meeting(school, "DOI_THOAI", LocalDate.of(2026, 9, 15), "PUBLISHED", null);
        meeting(school, "HOP", LocalDate.of(2027, 3, 30), "SCHEDULED", null);
        finding(school, LocalDate.of(2027, 3, 12));
        finding(school, LocalDate.of(2027, 3, 5));

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> { await(start); return notices.remind(TODAY); });
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> { await(start); return notices.remind(TODAY); });
        start.countDown();
        a.get();
        b.get();
        notices.remind(TODAY);
        List<String> lead = subjects(leader);
        assertThat(lead).as("one each, two nodes and a second run").hasSize(7).doesNotHaveDuplicates();
        assertThat(lead).anyMatch(s -> s.startsWith("Sắp đến ngày họp") && s.contains("11/03/2027"))
                .anyMatch(s -> s.startsWith("Chưa có biên bản") && s.contains("01/03/2027"))
                .anyMatch(s -> s.startsWith("Biên bản chờ công bố"))
                .anyMatch(s -> s.startsWith("Sắp hết hạn góp ý biên bản"))
                .anyMatch(s -> s.equals("Sắp đến hạn đối thoại định kỳ (15/03/2027)"))
                .anyMatch(s -> s.equals("Sắp đến hạn trả lời kiến nghị của Ban TTND (12/03/2027)"))
                .anyMatch(s -> s.equals("Quá hạn trả lời kiến nghị của Ban TTND (05/03/2027)"))
                .noneMatch(s -> s.contains("30/03/2027"));
        assertThat(subjects(staff)).as("attendees hear only that the comment window closes").hasSize(1)
                .allMatch(s -> s.startsWith("Sắp hết hạn góp ý biên bản"));
    }

    @Test
    void aScheduledMeetingInvitesThePeopleOfTheUnitOnce() {
        long school = units.create(new UnitAdmin.NewUnit("MREMIND-" + SEQ.incrementAndGet(), "Trường mời họp",
                null, UnitKind.TRUONG, null, "Phú Giáo", null, LocalDate.of(2020, 1, 1))).id();
        long staff = person(school, "STAFF");
        MeetingScheduled e = new MeetingScheduled(9_900_000L + SEQ.incrementAndGet(), school, MeetingKind.DOI_THOAI,
                "Đối thoại học kỳ I", LocalDate.of(2027, 1, 8));
        assertThat(notices.invite(e)).isTrue();
        assertThat(notices.invite(e)).as("a second delivery of the event").isFalse();
        assertThat(subjects(staff)).containsExactly("Giấy mời: Đối thoại học kỳ I ngày 08/01/2027");
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
