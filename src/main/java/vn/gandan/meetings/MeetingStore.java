package vn.gandan.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.shared.NotFoundException;
import vn.gandan.tasks.TaskService;
import vn.gandan.tasks.TaskView;

/** Scoped reads of meetings: a meeting is visible to whoever sees its unit; anything else answers 404. */
@Component
@Transactional(readOnly = true)
class MeetingStore {

    /** The meeting's own columns, in the order of {@link #head}. */
    static final String COLUMNS = """
            m.id, m.unit_id, m.kind, m.title, m.held_on, m.starts_at, m.place, m.chair, m.status, m.extraordinary,
            m.invited, m.present, m.minutes, m.comments_until, m.published_on, m.resolution, m.disclosure_ref, m.task_id,
            m.delegate_mode""";

    private final JdbcClient jdbc;
    private final AccessService access;
    private final TaskService tasks;
    private final Policy policy;

    MeetingStore(JdbcClient jdbc, AccessService access, TaskService tasks, Policy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.access = access;
        this.tasks = tasks;
    }

    /** The meeting's unit and status if the caller may see it, otherwise 404. */
    Head head(long id) {
        return jdbc.sql("select m.unit_id, m.kind, m.status, m.held_on, m.title, m.comments_until from meeting m where m.id = :id and "
                        + access.scopeSql("m.unit_id")).param("id", id)
                .query((rs, i) -> new Head(id, rs.getLong(1), MeetingKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .optional().orElseThrow(() -> new NotFoundException("meeting", id));
    }

    record Head(long id, long unitId, MeetingKind kind, String status, LocalDate heldOn, String title, LocalDate commentsUntil) {
    }

    MeetingView get(long id) {
        head(id);
        MeetingView m = jdbc.sql("select " + COLUMNS + " from meeting m where m.id = :id").param("id", id)
                .query((rs, i) -> new MeetingView(rs.getLong(1), rs.getLong(2), MeetingKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getBoolean(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12),
                        rs.getString(13), rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
                        rs.getString(16), rs.getString(17), (Long) rs.getObject(18), participants(id), opinions(id),
                        items(id), comments(id), null, rs.getBoolean(19), null, null)).single();
        return new MeetingView(m.id(), m.unitId(), m.kind(), m.title(), m.heldOn(), m.startsAt(), m.place(), m.chair(),
                m.status(), m.extraordinary(), m.invited(), m.present(), m.minutes(), m.commentsUntil(), m.publishedOn(),
                m.resolution(), m.disclosureRef(), m.taskId(), m.participants(), m.opinions(), m.items(), m.comments(),
                MeetingView.progressOf(m.opinions()), m.delegateMode(), turnout(m), quorum(m));
    }

    private static Integer turnout(MeetingView m) {
        return m.invited() == null || m.present() == null || m.invited() == 0 ? null : Math.round(m.present() * 100f / m.invited());
    }

    /** A staff conference sits with at least ⚙ NUM/DEN of those convened present; null for other meetings or without figures. */
    private Boolean quorum(MeetingView m) {
        if (m.kind() != MeetingKind.HOI_NGHI_CBCCVC || m.invited() == null || m.present() == null || m.invited() == 0) return null;
        return (long) m.present() * policy.value(Policy.CONFERENCE_QUORUM_DEN, m.heldOn())
                >= (long) m.invited() * policy.value(Policy.CONFERENCE_QUORUM_NUM, m.heldOn());
    }

    /** A unit's meetings in a date range (newest first), optionally of one kind. */
    List<Row> forUnit(long unitId, LocalDate from, LocalDate to, MeetingKind kind) {
        access.requireVisible(unitId);
        return jdbc.sql("""
                        select m.id, m.kind, m.title, m.held_on, m.status, m.present,
                               (select count(*) from meeting_opinion o where o.meeting_id = m.id) as opinions
                        from meeting m where m.unit_id = :u and m.held_on between :f and :t
                          and (cast(:k as varchar) is null or m.kind = :k) order by m.held_on desc, m.id desc""")
                .param("u", unitId).param("f", from).param("t", to).param("k", kind == null ? null : kind.name())
                .query((rs, i) -> new Row(rs.getLong(1), MeetingKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), (Integer) rs.getObject(6), rs.getInt(7))).list();
    }

    /** One line of a unit's calendar of meetings. */
    record Row(long id, MeetingKind kind, String title, LocalDate heldOn, String status, Integer present, int opinions) {
    }

    private List<MeetingView.Participant> participants(long id) {
        return jdbc.sql("select id, name, position, present, person_id, delegate, elected_by from meeting_participant where meeting_id = :m order by id")
                .param("m", id).query(MeetingView.Participant.class).list();
    }

    private List<MeetingView.Opinion> opinions(long id) {
        List<Object[]> raw = jdbc.sql("select id, content, raised_by, answer, task_id from meeting_opinion where meeting_id = :m order by position, id")
                .param("m", id).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5)}).list();
        Map<Long, TaskView> ts = tasks.views(raw.stream().filter(r -> r[4] != null).map(r -> ((Number) r[4]).longValue()).toList());
        return raw.stream().map(r -> {
            TaskView t = r[4] == null ? null : ts.get(((Number) r[4]).longValue());
            return new MeetingView.Opinion((long) r[0], (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue(), t == null ? null : t.title(),
                    t == null ? null : t.leadUnitId(), t == null ? null : t.due(), t == null ? null : t.status(),
                    t == null ? null : t.progress(), t == null ? null : t.overdue(), r[3] != null && !((String) r[3]).isBlank());
        }).toList();
    }

    private List<MeetingView.Item> items(long id) {
        return jdbc.sql("""
                        select id, kind, title, eligible, present, votes_for, votes_against, abstentions, voted_on,
                               consultation_form, consultation_on, consultation_summary, approved_on, approved_by
                        from meeting_item where meeting_id = :m order by position, id""")
                .param("m", id).query(Conferences::item).list();
    }

    private List<MeetingView.Comment> comments(long id) {
        return jdbc.sql("select id, body, created_by, created_at from meeting_comment where meeting_id = :m order by id")
                .param("m", id).query(MeetingView.Comment.class).list();
    }
}
