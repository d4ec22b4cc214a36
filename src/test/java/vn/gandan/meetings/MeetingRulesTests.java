package vn.gandan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.gandan.shared.FieldProblem;

/** The rules of workplace democracy as plain checks, named after rules.md G3, G5, G6. */
class MeetingRulesTests {

    static List<BoardRules.Member> members(int n) {
        return IntStream.range(0, n).mapToObj(i -> new BoardRules.Member("Thành viên " + i, "Giáo viên", null)).toList();
    }

    static List<String> fields(List<FieldProblem> p) {
        return p.stream().map(FieldProblem::field).toList();
    }

    @Test
    void boardIsNotFormedWhereStaffAreSevenOrFewer_G6() {
        assertThat(fields(BoardRules.check(7, 8, 3, 9, members(3)))).containsExactly("unitId");
        assertThat(BoardRules.check(8, 8, 3, 9, members(3))).isEmpty();
    }

    @Test
    void boardHasThreeToNineMembers_G6() {
        assertThat(fields(BoardRules.check(40, 8, 3, 9, members(2)))).containsExactly("members");
        assertThat(fields(BoardRules.check(40, 8, 3, 9, members(10)))).containsExactly("members");
        assertThat(BoardRules.check(40, 8, 3, 9, members(9))).isEmpty();
    }

    @Test
    void headDeputyHeadAndChiefAccountantAreRefusedAsMembers_G6() {
        assertThat(BoardRules.barred("Hiệu trưởng")).isTrue();
        assertThat(BoardRules.barred("Phó Hiệu trưởng")).isTrue();
        assertThat(BoardRules.barred("phó hiệu  trưởng")).isTrue();
        assertThat(BoardRules.barred("Kế toán trưởng")).isTrue();
        assertThat(BoardRules.barred("Trưởng phòng")).isTrue();
        assertThat(BoardRules.barred("Giáo viên, tổ trưởng chuyên môn")).isFalse();
        assertThat(BoardRules.barred("Kế toán")).isFalse();
        assertThat(BoardRules.barred("Chủ tịch Công đoàn")).isFalse();
        List<BoardRules.Member> withHead = List.of(new BoardRules.Member("A", "Giáo viên", "TRUONG_BAN"),
                new BoardRules.Member("B", "Phó Hiệu trưởng", null), new BoardRules.Member("C", "Nhân viên", null));
        assertThat(fields(BoardRules.check(40, 8, 3, 9, withHead))).containsExactly("members[1].position");
    }

    @Test
    void aVoteRecordsTurnoutAndPassesWithMoreThanHalfOfThosePresent_G3() {
        MeetingView.Item item = new MeetingView.Item(1, "DECIDE", "Nghị quyết", 40, 36, 19, 15, 2, LocalDate.of(2026, 9, 20),
                null, null, null, null, null);
        assertThat(item.turnout()).isEqualTo(90);
        assertThat(item.result()).isEqualTo("PASSED");
        assertThat(Votes.passed(18, 36)).isFalse();
        assertThat(fields(Votes.check(40, 41, 10, 0, 0))).containsExactly("present");
        assertThat(fields(Votes.check(40, 30, 20, 10, 5))).containsExactly("votesFor");
        assertThat(Votes.check(40, 30, 20, 10, 0)).isEmpty();
    }

    @Test
    void staffConferenceIsDueWithinThreeMonthsAfterTheWorkYearEnds_G5() {
        WorkYears school = new WorkYears(7, 3);
        assertThat(school.lastEndOnOrBefore(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(school.lastEndOnOrBefore(LocalDate.of(2026, 7, 30))).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(school.dueAfter(LocalDate.of(2026, 7, 31))).isEqualTo(LocalDate.of(2026, 10, 31));
        WorkYears office = new WorkYears(12, 3);
        assertThat(office.dueAfter(office.lastEndOnOrBefore(LocalDate.of(2026, 2, 1)))).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
