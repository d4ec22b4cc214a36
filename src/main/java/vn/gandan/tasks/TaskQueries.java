package vn.gandan.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.NotFoundException;

/**
 * Scoped reads. A task is visible to a caller who sees the plan's issuer, or — once the plan is issued — its lead
 * unit or any coordinating unit. Anything else answers 404.
 */
@Component
@Transactional(readOnly = true)
class TaskQueries {

    /** Status filter of the unit page: OPEN (not started or in progress), ALL, or one status. */
    static final Set<String> FILTERS = Set.of("OPEN", "ALL", "NOT_STARTED", "IN_PROGRESS", "DONE", "CLOSED");
    /** Rows of one unit's list (the most urgent first); filters narrow it further. */
    static final int MAX_ROWS = 500;
    private static final String ORDER = " order by case when status in ('NOT_STARTED', 'IN_PROGRESS') then 0 else 1 end,"
            + " open_due asc nulls last, id";

    private final JdbcClient jdbc;
    private final AccessService access;
    private final Clock clock;

    TaskQueries(JdbcClient jdbc, AccessService access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The task if the caller may see it, otherwise 404. */
    TaskRow row(long id) {
        return jdbc.sql(TaskRow.SELECT + " where t.id = :id and " + visible("t")).param("id", id)
                .query(TaskRow::map).optional().orElseThrow(() -> new NotFoundException("task", id));
    }

    TaskView get(long id) {
        return row(id).view(today());
    }

    /**
     * Everything assigned to the unit (lead or coordinating) in issued plans: open tasks first, overdue ones first
     * among them, then by the next due date (then id: a total order, so pages never skip or repeat a task); optionally
     * only a status and only due within N days; at most {@link #MAX_ROWS}.
     */
    List<TaskView> forUnit(long unitId, String status, Integer withinDays) {
        return forUnit(unitId, status, withinDays, new ListPage(1, MAX_ROWS)).rows();
    }

    /**
     * One page of {@link #forUnit(long, String, Integer)}, in one statement. A task of an upper plan that the unit took
     * into its own plan (triển khai copies it) is shown once, as the unit's own task, with the plan it belongs to: the
     * upper plan's row is left out when the unit's list has the task copied from it (defect 6, matched by the stored
     * link, not by title). The rule is applied in SQL over the whole list before the page is cut, so a page holds
     * {@code size} rows whenever more exist; the coordinators are read for the page's rows only.
     */
    ListPage.Slice<TaskView> forUnit(long unitId, String status, Integer withinDays, ListPage page) {
        access.requireVisible(unitId);
        String listed = "select t.id, t.issuer_unit_id, t.derived_from_task_id, t.status, t.open_due from task t"
                + " where t.active and exists (select 1 from task_unit wu where wu.task_id = t.id and wu.unit_id = :u)"
                + statusSql(status) + (withinDays == null ? "" : " and open_due <= :limit");
        String sql = "with listed as (" + listed + "), shown as (select id, status, open_due from listed"
                + " where issuer_unit_id = :u or id not in (select derived_from_task_id from listed"
                + " where issuer_unit_id = :u and derived_from_task_id is not null)" + ORDER + " limit :n offset :o)"
                + " select * from (" + TaskRow.SELECT + " where t.id in (select id from shown)) x" + ORDER;
        var spec = jdbc.sql(sql).param("u", unitId).param("n", page.fetch()).param("o", page.offset());
        if (withinDays != null) {
            spec = spec.param("limit", today().plusDays(Math.max(0, withinDays)));
        }
        LocalDate today = today();
        return page.slice(spec.query(TaskRow::map).list()).map(rows -> rows.stream().map(r -> r.view(today)).toList());
    }

    /** One page of every active task the caller may see (API without a unit), in the same order. */
    ListPage.Slice<TaskView> visibleToCaller(ListPage page) {
        LocalDate today = today();
        return page.slice(jdbc.sql("select * from (" + TaskRow.SELECT + " where t.active and " + visibleByScope() + ") x" + ORDER
                        + " limit :n offset :o").param("n", page.fetch()).param("o", page.offset()).query(TaskRow::map).list())
                .map(rows -> rows.stream().map(r -> r.view(today)).toList());
    }

    /**
     * {@link #visible} for an active task, driven by the scope: the tasks of the issuers in scope (index on
     * issuer_unit_id) and the tasks assigned to units in scope (task_unit_unit), then looked up by id — a school reads
     * its 9 tasks instead of filtering all 100,000 (docs/performance.md, session 12).
     */
    private String visibleByScope() {
        String issuers = access.scopeAnySql("i.issuer_unit_id");
        if ("true".equals(issuers) || "false".equals(issuers)) {
            return issuers;
        }
        return "t.id in (select i.id from task i where " + issuers + " union all select su.task_id from task_unit su where "
                + access.scopeAnySql("su.unit_id") + ")";
    }

    /** Open tasks of the caller's own units due within N days or overdue, soonest first. */
    List<TaskView> dueSoonForCaller(int days, int limit) {
        List<Long> units = access.caller().map(c -> c.grants().stream().map(Caller.Grant::unitId).distinct().toList())
                .orElse(List.of());
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from (" + TaskRow.SELECT + " where t.active and t.status in ('NOT_STARTED', 'IN_PROGRESS')"
                        + " and exists (select 1 from task_unit wu where wu.task_id = t.id and wu.unit_id in (:units))) x"
                        + " where open_due <= :limit order by open_due, id limit :n")
                .param("units", units).param("limit", today().plusDays(days)).param("n", limit)
                .query(TaskRow::map).list().stream().map(r -> r.view(today())).toList();
    }

    TaskDetails details(long id) {
        TaskRow t = row(id);
        LocalDate today = today();
        List<TaskDetails.OccurrenceView> occurrences = jdbc.sql(
                        "select id, nominal, due, done_at, done_by from task_occurrence where task_id = :t order by due, id")
                .param("t", id).query((rs, i) -> {
                    LocalDate due = rs.getObject("due", LocalDate.class);
                    OffsetDateTime doneAt = rs.getObject("done_at", OffsetDateTime.class);
                    return new TaskDetails.OccurrenceView(rs.getLong("id"), rs.getObject("nominal", LocalDate.class), due,
                            doneAt, rs.getString("done_by"), doneAt == null && t.status().open() && due.isBefore(today));
                }).list();
        return new TaskDetails(t.view(today), t.plan(), occurrences,
                jdbc.sql("select id, progress, note, link, created_by, created_at from task_update where task_id = :t order by id desc")
                        .param("t", id).query(TaskDetails.UpdateView.class).list(),
                jdbc.sql("select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from task_file where task_id = :t order by id")
                        .param("t", id).query(TaskDetails.FileView.class).list(),
                jdbc.sql("select id, body, created_by, created_at from task_comment where task_id = :t order by id")
                        .param("t", id).query(TaskDetails.CommentView.class).list(),
                canReport(t), canAddEvidence(t), canComment(t),
                jdbc.sql("select source_link from task where id = :t").param("t", id).query(String.class).optional().orElse(null));
    }

    /** A member of the lead unit (an account of it or a grant on it, not a grant on a unit above) reports progress. */
    boolean canReport(TaskRow t) {
        return t.active() && t.status() != TaskStatus.CLOSED && member(t.leadUnitId());
    }

    /** Lead and coordinating units add evidence. */
    boolean canAddEvidence(TaskRow t) {
        return t.active() && t.status() != TaskStatus.CLOSED
                && (member(t.leadUnitId()) || t.coordinators().stream().anyMatch(this::member));
    }

    /** Everyone involved comments: the lead, coordinating units and the issuer following the task up. */
    boolean canComment(TaskRow t) {
        return t.active() && (canAddEvidence(t) || member(t.issuerUnitId()));
    }

    private boolean member(long unitId) {
        return access.caller().map(c -> c.systemAdmin() || Long.valueOf(unitId).equals(c.unitId())
                || c.grants().stream().anyMatch(g -> g.unitId() == unitId)).orElse(false);
    }

    /** SQL predicate: the task (alias {@code t}) is visible to the caller. */
    String visible(String t) {
        // "id in (…)" rather than a correlated "exists": PostgreSQL hashes the assigned tasks once; with 100,000
        // tasks and a Sở's 6,000 schools the exists form took 3.1 s, this one 0.4 s (docs/performance.md)
        return "(" + access.scopeSql(t + ".issuer_unit_id") + " or (" + t + ".active and " + t + ".id in (select su.task_id"
                + " from task_unit su where " + access.scopeSql("su.unit_id") + ")))";
    }

    /** {@link #visible} tested row by row (search: a few title matches, not the caller's whole scope first). */
    String visibleRow(String t) {
        return "(" + access.scopeRowSql(t + ".issuer_unit_id") + " or (" + t + ".active and exists (select 1 from task_unit su"
                + " where su.task_id = " + t + ".id and " + access.scopeRowSql("su.unit_id") + ")))";
    }

    private static String statusSql(String status) {
        if (status == null || "OPEN".equals(status)) {
            return " and status in ('NOT_STARTED', 'IN_PROGRESS')";
        }
        if ("ALL".equals(status) || !FILTERS.contains(status)) {
            return "";
        }
        return " and status = '" + status + "'";
    }
}
