package vn.gandan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.meetings.MeetingCommands.FollowUp;
import vn.gandan.meetings.MeetingCommands.OpinionInput;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitService;
import vn.gandan.testing.IndicatorFixture;

/** Each meeting indicator counted from the records of a fresh Phòng and school, in the 2025 data window. */
@SpringBootTest
@ActiveProfiles("test")
class MeetingIndicatorTests {

    @Autowired
    UnitAdmin admin;
    @Autowired
    UnitService units;
    @Autowired
    MeetingService meetings;
    @Autowired
    Minutes minutes;
    @Autowired
    InspectionBoards boards;
    @Autowired
    MeetingIndicators source;

    long phong;

    @BeforeEach
    void records() {
        IndicatorFixture.Tree tree = IndicatorFixture.tree(admin, "MI");
        phong = tree.phong();
        long school = tree.school();
        long d1 = meeting(school, "DOI_THOAI", "2025-03-10");
        minutes.record(d1, new MeetingCommands.Minutes(null, 40, 35, List.of(new OpinionInput("Ý kiến 1", null, "Trả lời", null),
                new OpinionInput("Ý kiến 2", null, null, new FollowUp("Việc cam kết", school, LocalDate.of(2025, 5, 1))))));
        long d2 = meeting(school, "DIEN_DAN", "2025-10-10");
        minutes.record(d2, new MeetingCommands.Minutes(null, 60, 52, List.of(new OpinionInput("Ý kiến 3", null, "Trả lời", null))));
        meeting(school, "DOI_THOAI", "2026-01-10"); // outside the window
        meeting(school, "HOI_NGHI_CBCCVC", "2025-09-20");
        meeting(school, "HOP_BAN_TTND", "2025-10-01");
        meeting(school, "HOP_BAN_TTND", "2025-11-01");
        long board = boards.create(new InspectionBoards.NewBoard(school, LocalDate.of(2025, 9, 20), List.of(
                new BoardRules.Member("A", "Giáo viên", null), new BoardRules.Member("B", "Giáo viên", null),
                new BoardRules.Member("C", "Nhân viên", null)), 30, null, null, null)).id();
        boards.addFinding(board, "FINDING", LocalDate.of(2025, 10, 5), "Phát hiện");
        boards.addFinding(board, "INSPECTION", LocalDate.of(2025, 10, 5), "Kiểm tra");
    }

    @AfterEach
    void signOut() {
        IndicatorFixture.signOut();
    }

    private long meeting(long unit, String kind, String on) {
        return meetings.create(new MeetingCommands.NewMeeting(unit, kind, LocalDate.parse(on), "Họp " + kind, null, null, null, false)).id();
    }

    private BigDecimal value(String code) {
        return IndicatorFixture.value(source, units, phong, code, "meetings.indicator.source.");
    }

    @Test
    void dialoguesHeldCountsDialoguesAndForumsInTheWindow() {
        assertThat(value("DIALOGUES_HELD")).isEqualByComparingTo("2");
    }

    @Test
    void dialogueOpinionsCountsEveryOpinionRaised() {
        assertThat(value("DIALOGUE_OPINIONS")).isEqualByComparingTo("3");
    }

    @Test
    void dialogueOpinionsAnsweredCountsOpinionsWithAnAnswer() {
        assertThat(value("DIALOGUE_OPINIONS_ANSWERED")).isEqualByComparingTo("2");
    }

    @Test
    void dialogueCommitmentsCountsOpinionsTurnedIntoTasks() {
        assertThat(value("DIALOGUE_COMMITMENTS")).isEqualByComparingTo("1");
    }

    @Test
    void largestDialogueAttendanceIsTheMostPeoplePresentAtOne() {
        assertThat(value("LARGEST_DIALOGUE_ATTENDANCE")).isEqualByComparingTo("52");
    }

    @Test
    void staffConferenceHeldIsOneWhenARegularConferenceWasHeld() {
        assertThat(value("STAFF_CONFERENCE_HELD")).isEqualByComparingTo("1");
    }

    @Test
    void inspectionBoardMeetingsCountsBoardMeetings() {
        assertThat(value("INSPECTION_BOARD_MEETINGS")).isEqualByComparingTo("2");
    }

    @Test
    void inspectionBoardFindingsCountsFindingsAndRecommendationsNotInspections() {
        assertThat(value("INSPECTION_BOARD_FINDINGS")).isEqualByComparingTo("1");
    }
}
