package vn.gandan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.calendar.DayType;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.PeopleService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** People's inspection boards (G6): formed under the rules, then their findings routed to the head and tracked. */
@Service
@Transactional
public class InspectionBoards {

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final Policy policy;
    private final WorkCalendar calendar;
    private final PeopleService people;
    private final AccessService access;
    private final AuditLog audit;
    private final Clock clock;

    InspectionBoards(JdbcClient jdbc, MeetingService meetings, Policy policy, WorkCalendar calendar, PeopleService people,
                     AccessService access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.policy = policy;
        this.calendar = calendar;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What forming a board needs; {@code staffCount} overrides the recorded figure and the org register. */
    public record NewBoard(Long unitId, LocalDate termFrom, List<BoardRules.Member> members, Integer staffCount,
                           Long electionMeetingId, String proposedBy, String workPlan) {
    }

    /** Forms a board; 422 naming G6 when the unit is too small, the size is wrong or a member is barred. */
    public BoardView create(NewBoard b) {
        if (b.unitId() == null || b.termFrom() == null) {
            List<FieldProblem> p = new ArrayList<>();
            if (b.unitId() == null) p.add(FieldProblem.of("unitId", "meetings.error.unitRequired"));
            if (b.termFrom() == null) p.add(FieldProblem.of("termFrom", "meetings.board.termFrom"));
            throw ProblemException.invalid("meetings.error.invalid", p);
        }
        meetings.requireWriter(b.unitId());
        List<BoardRules.Member> members = b.members() == null ? List.of() : b.members().stream()
                .map(m -> m == null ? new BoardRules.Member(null, null, null) : m).toList();
        int staff = b.staffCount() != null ? b.staffCount() : staffOf(b.unitId(), b.termFrom());
        LocalDate from = b.termFrom();
        List<FieldProblem> p = BoardRules.check(staff, policy.value(Policy.BOARD_MIN_STAFF, from),
                policy.value(Policy.BOARD_MIN_MEMBERS, from), policy.value(Policy.BOARD_MAX_MEMBERS, from), members);
        if (b.electionMeetingId() != null && !electedAtConference(b.electionMeetingId(), b.unitId())) {
            p.add(FieldProblem.of("electionMeetingId", "meetings.board.election"));
        }
        if (!p.isEmpty()) throw ProblemException.invalid("meetings.error.rule", p, "G6");
        LocalDate to = from.plusMonths(policy.value(Policy.BOARD_TERM_MONTHS, from)).minusDays(1);
        if (jdbc.sql("select count(*) from inspection_board where unit_id = :u and term_from <= :t and term_to >= :f")
                .param("u", b.unitId()).param("f", from).param("t", to).query(Integer.class).single() > 0) {
            throw ProblemException.conflict("meetings.board.overlap");
        }
        long id = jdbc.sql("""
                        insert into inspection_board(unit_id, term_from, term_to, staff_count, election_meeting_id, proposed_by, work_plan)
                        values (:u, :f, :t, :s, :e, :p, :w) returning id""")
                .param("u", b.unitId()).param("f", from).param("t", to).param("s", staff).param("e", b.electionMeetingId())
                .param("p", MeetingService.short300(b.proposedBy())).param("w", b.workPlan() == null ? null : Texts.nfc(b.workPlan()).strip())
                .query(Long.class).single();
        for (BoardRules.Member m : members) {
            jdbc.sql("insert into inspection_board_member(board_id, name, position, role) values (:b, :n, :p, :r)")
                    .param("b", id).param("n", Texts.clean(m.name())).param("p", Texts.clean(m.position()))
                    .param("r", m.role() == null ? "UY_VIEN" : m.role()).update();
        }
        audit.record("CREATE", "InspectionBoard", id, null, Map.of("unitId", b.unitId(), "termFrom", from.toString(), "members", members.size()));
        return get(id);
    }

    /** The staff count on a day: the latest recorded figure, else the people in the org register. */
    int staffOf(long unitId, LocalDate on) {
        Optional<Integer> recorded = jdbc.sql("select staff from meeting_staff_figure where unit_id = :u and as_of <= :d order by as_of desc limit 1")
                .param("u", unitId).param("d", on).query(Integer.class).optional();
        return recorded.orElseGet(() -> (int) people.inUnit(unitId).stream().filter(x -> x.validTo() == null).count());
    }

    /** The election is a recorded vote (G3, G6): a "bàn và quyết định" item of the unit's staff conference that passed. */
    private boolean electedAtConference(long meetingId, long unitId) {
        return jdbc.sql("""
                        select count(*) from meeting m join meeting_item i on i.meeting_id = m.id
                        where m.id = :m and m.unit_id = :u and m.kind = 'HOI_NGHI_CBCCVC' and i.kind = 'DECIDE'
                          and i.votes_for is not null and i.votes_for * 2 > i.present""")
                .param("m", meetingId).param("u", unitId).query(Integer.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public BoardView get(long id) {
        Object[] b = jdbc.sql("select unit_id, term_from, term_to, staff_count, election_meeting_id, proposed_by, work_plan"
                        + " from inspection_board where id = :id and " + access.scopeSql("unit_id")).param("id", id)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), rs.getObject(5), rs.getString(6), rs.getString(7)})
                .optional().orElseThrow(() -> new NotFoundException("board", id));
        LocalDate today = LocalDate.now(clock);
        return new BoardView(id, (long) b[0], (LocalDate) b[1], (LocalDate) b[2], (int) b[3],
                b[4] == null ? null : ((Number) b[4]).longValue(), (String) b[5], (String) b[6],
                jdbc.sql("select id, name, position, role from inspection_board_member where board_id = :b order by id")
                        .param("b", id).query(BoardView.Member.class).list(),
                jdbc.sql("select id, kind, found_on, content, reply_due, replied_on, reply from inspection_finding where board_id = :b order by found_on desc, id desc")
                        .param("b", id).query((rs, i) -> new BoardView.Finding(rs.getLong(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class),
                                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(6) == null
                                && rs.getObject(5) != null && rs.getObject(5, LocalDate.class).isBefore(today))).list());
    }

    /** The boards of a unit, newest term first (ids). */
    @Transactional(readOnly = true)
    public List<Long> forUnit(long unitId) {
        access.requireVisible(unitId);
        return jdbc.sql("select id from inspection_board where unit_id = :u order by term_from desc").param("u", unitId)
                .query(Long.class).list();
    }

    /** The board's work plan (kế hoạch hoạt động), replaced as the board adopts it; 422 when blank or too long. */
    public BoardView plan(long boardId, String plan) {
        BoardView b = get(boardId);
        meetings.requireWriter(b.unitId());
        String t = plan == null ? null : Texts.nfc(plan).strip();
        if (t == null || t.isEmpty() || t.length() > 4000) {
            throw ProblemException.invalid("meetings.error.invalid", List.of(FieldProblem.of("workPlan", "meetings.board.planText")));
        }
        jdbc.sql("update inspection_board set work_plan = :w where id = :id").param("w", t).param("id", boardId).update();
        audit.record("UPDATE", "InspectionBoard", boardId, null, Map.of("workPlan", t.length()));
        return get(boardId);
    }

    /** The unit's staff conferences with a passed "bàn và quyết định" vote: the meetings that can have elected a board. */
    @Transactional(readOnly = true)
    public List<Long> electionsOf(long unitId) {
        access.requireVisible(unitId);
        return jdbc.sql("""
                        select distinct m.id from meeting m join meeting_item i on i.meeting_id = m.id
                        where m.unit_id = :u and m.kind = 'HOI_NGHI_CBCCVC' and i.kind = 'DECIDE'
                          and i.votes_for is not null and i.votes_for * 2 > i.present order by m.id desc""")
                .param("u", unitId).query(Long.class).list();
    }

    /** An inspection, finding or recommendation; findings and recommendations go to the head with a reply deadline. */
    public BoardView addFinding(long boardId, String kind, LocalDate foundOn, String content) {
        BoardView b = get(boardId);
        access.requireVisible(b.unitId());
        List<FieldProblem> p = new ArrayList<>();
        if (!List.of("INSPECTION", "FINDING", "RECOMMENDATION").contains(kind == null ? "" : kind)) p.add(FieldProblem.of("kind", "meetings.finding.kind"));
        if (foundOn == null || foundOn.isAfter(LocalDate.now(clock))) p.add(FieldProblem.of("foundOn", "meetings.finding.on"));
        String c = Texts.clean(content);
        if (c == null || c.isEmpty() || c.length() > 4000) p.add(FieldProblem.of("content", "meetings.finding.content"));
        if (!p.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", p);
        LocalDate due = "INSPECTION".equals(kind) ? null
                : calendar.deadline(foundOn, policy.value(Policy.BOARD_REPLY_DAYS, foundOn), DayType.CALENDAR, b.unitId());
        jdbc.sql("insert into inspection_finding(board_id, kind, found_on, content, reply_due) values (:b, :k, :o, :c, :d)")
                .param("b", boardId).param("k", kind).param("o", foundOn).param("c", c).param("d", due).update();
        return get(boardId);
    }

    /** The head's reply to a finding or recommendation. */
    public BoardView reply(long boardId, long findingId, LocalDate on, String reply) {
        BoardView b = get(boardId);
        meetings.requireWriter(b.unitId());
        String r = Texts.clean(reply);
        if (on == null || r == null || r.isEmpty() || r.length() > 4000) {
            throw ProblemException.invalid("meetings.error.invalid", List.of(FieldProblem.of("reply", "meetings.finding.reply")));
        }
        int n = jdbc.sql("update inspection_finding set replied_on = :o, reply = :r where id = :f and board_id = :b and kind <> 'INSPECTION'")
                .param("o", on).param("r", r).param("f", findingId).param("b", boardId).update();
        if (n == 0) throw new NotFoundException("finding", findingId);
        return get(boardId);
    }
}
