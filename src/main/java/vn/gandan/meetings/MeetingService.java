package vn.gandan.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.meetings.MeetingCommands.NewMeeting;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Scheduling meetings and the life of their minutes: recorded, shared for comments, published; or cancelled. */
@Service
@Transactional
public class MeetingService {

    private final JdbcClient jdbc;
    private final MeetingStore store;
    private final Conferences conferences;
    private final AccessService access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(JdbcClient jdbc, MeetingStore store, Conferences conferences, AccessService access, AuditLog audit,
                   ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.conferences = conferences;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules a meeting; 404 for a unit out of scope, 403 without a leader/specialist role, 422 per field. */
    public MeetingView create(NewMeeting m) {
        if (m.unitId() != null) requireWriter(m.unitId());
        List<FieldProblem> problems = new ArrayList<>();
        if (m.unitId() == null) problems.add(FieldProblem.of("unitId", "meetings.error.unitRequired"));
        MeetingKind kind = kind(m.kind(), problems);
        String title = Texts.clean(m.title());
        if (title == null || title.isEmpty()) problems.add(FieldProblem.of("title", "meetings.error.titleRequired"));
        else if (title.length() > 500 || title.contains("<")) problems.add(FieldProblem.of("title", "meetings.error.titleInvalid"));
        LocalDate today = LocalDate.now(clock);
        if (m.heldOn() == null) problems.add(FieldProblem.of("heldOn", "meetings.error.heldOnRequired"));
        else if (m.heldOn().isBefore(today.minusYears(10)) || m.heldOn().isAfter(today.plusYears(2))) {
            problems.add(FieldProblem.of("heldOn", "meetings.error.heldOnRange"));
        }
        if (m.startsAt() != null && !m.startsAt().isBlank() && !m.startsAt().strip().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            problems.add(FieldProblem.of("startsAt", "meetings.error.startsAt"));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("meetings.error.invalid", problems);
        boolean extraordinary = Boolean.TRUE.equals(m.extraordinary());
        if (kind == MeetingKind.HOI_NGHI_CBCCVC && !extraordinary) conferences.requireNoRegularIn(m.unitId(), m.heldOn());
        long id = jdbc.sql("""
                        insert into meeting(unit_id, kind, title, held_on, starts_at, place, chair, extraordinary, created_by)
                        values (:u, :k, :t, :h, :s, :p, :c, :x, :by) returning id""")
                .param("u", m.unitId()).param("k", kind.name()).param("t", title).param("h", m.heldOn())
                .param("s", blank(m.startsAt())).param("p", short300(m.place())).param("c", short300(m.chair()))
                .param("x", extraordinary).param("by", username()).query(Long.class).single();
        audit.record("CREATE", "Meeting", id, null, Map.of("unitId", m.unitId(), "kind", kind.name(), "heldOn", m.heldOn().toString()));
        events.publishEvent(new MeetingScheduled(id, m.unitId(), kind, title, m.heldOn()));
        return store.get(id);
    }

    @Transactional(readOnly = true)
    public MeetingView get(long id) {
        return store.get(id);
    }

    /** Cancels a meeting that has no minutes yet; 409 otherwise. */
    public MeetingView cancel(long id) {
        MeetingStore.Head h = writable(id);
        if (!"SCHEDULED".equals(h.status())) throw ProblemException.conflict("meetings.error.notScheduled");
        jdbc.sql("update meeting set status = 'CANCELLED' where id = :id").param("id", id).update();
        audit.record("UPDATE", "Meeting", id, Map.of("status", h.status()), Map.of("status", "CANCELLED"));
        return store.get(id);
    }

    /** The meeting if the caller may change it: 404 out of scope, 403 without the role, 409 once cancelled. */
    MeetingStore.Head writable(long id) {
        MeetingStore.Head h = store.head(id);
        requireWriter(h.unitId());
        if ("CANCELLED".equals(h.status())) throw ProblemException.conflict("meetings.error.cancelled");
        return h;
    }

    void requireWriter(long unitId) {
        access.requireVisible(unitId);
        if (!access.hasRole(unitId, Role.LEADER) && !access.hasRole(unitId, Role.SPECIALIST)
                && !access.hasRole(unitId, Role.UNIT_ADMIN)) {
            throw ProblemException.forbidden("meetings.error.roleMissing");
        }
    }

    private static MeetingKind kind(String kind, List<FieldProblem> problems) {
        try {
            return MeetingKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("kind", "meetings.error.kind"));
            return null;
        }
    }

    String username() {
        return access.caller().map(Caller::username).orElse(null);
    }

    static String blank(String s) {
        String c = Texts.clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    static String short300(String s) {
        String c = blank(s);
        return c == null ? null : c.length() > 300 ? c.substring(0, 300) : c;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("meeting", id);
    }
}
