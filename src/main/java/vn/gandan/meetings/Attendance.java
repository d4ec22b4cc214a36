package vn.gandan.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.meetings.MeetingCommands.Guest;
import vn.gandan.org.PeopleService;
import vn.gandan.org.PersonView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Invitees by name (the unit's staff from the org register, or guests) and attendance, from which the meeting's
 * invited/present figures and turnout follow. A staff conference of a unit with ≥ ⚙ 100 staff is a conference of
 * delegates (G5): its invitees are the elected delegates and its quorum counts delegates.
 */
@Service
@Transactional
public class Attendance {

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final MeetingStore store;
    private final InspectionBoards boards;
    private final PeopleService people;
    private final Policy policy;
    private final AuditLog audit;

    Attendance(JdbcClient jdbc, MeetingService meetings, MeetingStore store, InspectionBoards boards, PeopleService people,
               Policy policy, AuditLog audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.store = store;
        this.boards = boards;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
    }

    /** Whether a meeting is a conference of delegates: a staff conference of a unit with ≥ ⚙ N staff on its day. */
    boolean delegateMode(MeetingStore.Head h) {
        return h.kind() == MeetingKind.HOI_NGHI_CBCCVC
                && boards.staffOf(h.unitId(), h.heldOn()) >= policy.value(Policy.CONFERENCE_DELEGATES_FROM_STAFF, h.heldOn());
    }

    /** Adds invitees; 422 per field (unknown person, blank guest, delegates without their electing group). */
    public MeetingView invite(long id, MeetingCommands.Invitees in) {
        MeetingStore.Head h = open(id);
        boolean delegates = delegateMode(h);
        Map<Long, PersonView> staff = new java.util.LinkedHashMap<>();
        people.inUnit(h.unitId()).stream().filter(p -> p.validTo() == null).forEach(p -> staff.put(p.id(), p));
        List<FieldProblem> problems = new ArrayList<>();
        String electedBy = MeetingService.short300(in.electedBy());
        if (delegates && Boolean.TRUE.equals(in.allStaff())) {
            problems.add(FieldProblem.of("allStaff", "meetings.attendance.delegatesOnly", staff.size(),
                    policy.value(Policy.CONFERENCE_DELEGATES_FROM_STAFF, h.heldOn())));
        }
        if (delegates && electedBy == null) problems.add(FieldProblem.of("electedBy", "meetings.attendance.electedBy"));
        List<Long> ids = Boolean.TRUE.equals(in.allStaff()) ? List.copyOf(staff.keySet())
                : in.personIds() == null ? List.of() : in.personIds();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !staff.containsKey(ids.get(i))) problems.add(FieldProblem.of("personIds[" + i + "]", "meetings.attendance.person"));
        }
        List<Guest> guests = in.guests() == null ? List.of() : in.guests();
        for (int i = 0; i < guests.size(); i++) {
            String n = guests.get(i) == null ? null : MeetingService.blank(guests.get(i).name());
            if (n == null || n.length() > 200 || n.contains("<")) problems.add(FieldProblem.of("guests[" + i + "].name", "meetings.attendance.guest"));
        }
        if (ids.isEmpty() && guests.isEmpty() && problems.isEmpty()) problems.add(FieldProblem.of("personIds", "meetings.attendance.noneChosen"));
        if (!problems.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", problems);
        for (Long p : ids) insert(id, p, staff.get(p).fullName(), staff.get(p).position(), delegates, electedBy);
        for (Guest g : guests) insert(id, null, MeetingService.blank(g.name()), MeetingService.short300(g.position()), delegates, electedBy);
        jdbc.sql("update meeting set delegate_mode = :d where id = :id").param("d", delegates).param("id", id).update();
        recount(id);
        audit.record("UPDATE", "MeetingInvitees", id, null, Map.of("added", ids.size() + guests.size(), "delegates", delegates));
        return store.get(id);
    }

    private void insert(long meetingId, Long personId, String name, String position, boolean delegate, String electedBy) {
        jdbc.sql("""
                        insert into meeting_participant(meeting_id, person_id, name, position, delegate, elected_by)
                        values (:m, :p, :n, :pos, :d, :e) on conflict do nothing""")
                .param("m", meetingId).param("p", personId).param("n", Texts.clean(name)).param("pos", position)
                .param("d", delegate).param("e", delegate ? electedBy : null).update();
    }

    /** Records who came; 422 naming an id that is not an invitee of this meeting. */
    public MeetingView record(long id, MeetingCommands.Attendance a) {
        open(id);
        Set<Long> invitees = new HashSet<>(jdbc.sql("select id from meeting_participant where meeting_id = :m")
                .param("m", id).query(Long.class).list());
        List<Long> present = a.present() == null ? List.of() : a.present();
        List<FieldProblem> problems = new ArrayList<>();
        if (invitees.isEmpty()) problems.add(FieldProblem.of("present", "meetings.attendance.noInvitees"));
        for (int i = 0; i < present.size(); i++) {
            if (!invitees.contains(present.get(i))) problems.add(FieldProblem.of("present[" + i + "]", "meetings.attendance.unknown"));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", problems);
        jdbc.sql("update meeting_participant set present = (id = any(cast(:p as bigint[]))) where meeting_id = :m")
                .param("p", present.toArray(new Long[0])).param("m", id).update();
        recount(id);
        audit.record("UPDATE", "MeetingAttendance", id, null, Map.of("present", present.size(), "invited", invitees.size()));
        return store.get(id);
    }

    private void recount(long id) {
        jdbc.sql("""
                        update meeting set invited = (select count(*) from meeting_participant where meeting_id = :m),
                               present = (select count(*) from meeting_participant where meeting_id = :m and present)
                        where id = :m""").param("m", id).update();
    }

    private MeetingStore.Head open(long id) {
        MeetingStore.Head h = meetings.writable(id);
        if ("PUBLISHED".equals(h.status())) throw ProblemException.conflict("meetings.error.published");
        return h;
    }
}
