package vn.gandan.tasks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A stored task as read from the database, with its earliest open occurrence (the stored {@code task.open_due}, kept
 * by triggers on {@code task_occurrence}) and its coordinating units.
 */
record TaskRow(long id, long planId, long issuerUnitId, String planLabel, LocalDate periodStart, LocalDate periodEnd,
               String title, long leadUnitId, LocalDate due, Recurrence recurrence, boolean active, TaskStatus status,
               int progress, LocalDate openDue, List<Long> coordinators, Long derivedFromTaskId) {

    /** Columns of {@link #map}; {@code t} is the task table. Wrap it as a subquery to filter on {@code open_due}. */
    static final String SELECT = """
            select t.id, t.plan_id, t.issuer_unit_id, t.plan_label, t.period_start, t.period_end, t.title,
                   t.lead_unit_id, t.due, t.recurrence, t.active, t.status, t.progress, t.position, t.derived_from_task_id,
                   t.open_due,
                   array(select u.unit_id from task_unit u where u.task_id = t.id and u.role = 'COORDINATOR'
                         order by u.position) as coordinators
            from task t""";

    static TaskRow map(ResultSet rs, int i) throws SQLException {
        Array a = rs.getArray("coordinators");
        List<Long> coordinators = Arrays.stream((Object[]) a.getArray()).map(o -> ((Number) o).longValue()).toList();
        return new TaskRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("issuer_unit_id"), rs.getString("plan_label"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getString("title"), rs.getLong("lead_unit_id"), rs.getObject("due", LocalDate.class),
                Recurrence.valueOf(rs.getString("recurrence")), rs.getBoolean("active"),
                TaskStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
                rs.getObject("open_due", LocalDate.class), coordinators, rs.getObject("derived_from_task_id", Long.class));
    }

    /** The next due date: the earliest open occurrence of an open active task. */
    LocalDate nextDue() {
        return active && status.open() ? openDue : null;
    }

    TaskView view(LocalDate today) {
        return new TaskView(id, planId, title, leadUnitId, coordinators, due, recurrence, status.name(), progress,
                active && Progress.overdue(status, recurrence, nextDue(), today), nextDue(), planLabel, derivedFromTaskId);
    }

    PlanRef plan() {
        return new PlanRef(planId, issuerUnitId, planLabel, periodStart, periodEnd);
    }
}
