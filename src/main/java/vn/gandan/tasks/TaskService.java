package vn.gandan.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The tasks of plans, as the plans module drives them: replaced while the plan is a draft, activated (occurrences
 * generated) when it is issued, closed when it is cancelled or superseded. These calls run in the caller's
 * transaction and trust the caller to have checked the plan's scope; unit-facing reads and actions are scoped
 * (see {@link TaskQueries} and {@link TaskWork}).
 */
@Service
@Transactional
public class TaskService {

    static final int MAX_TITLE = 500;
    /** How far outside the plan's period a stated due date may lie ("near the period"). */
    static final int NEAR_PERIOD_DAYS = 92;

    private final JdbcClient jdbc;
    private final WorkCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    TaskService(JdbcClient jdbc, WorkCalendar calendar, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replaces the tasks of a DRAFT plan (no occurrences, not shown on unit pages). 422 with per-field errors
     * "tasks[i].field" on bad input; 409 once the plan's tasks are active. Returns the stored tasks in order.
     */
    public List<TaskView> replaceForPlan(PlanRef plan, List<TaskSpec> specs) {
        List<TaskSpec> clean = validate(plan, specs == null ? List.of() : specs);
        if (jdbc.sql("select count(*) from task where plan_id = :p and active").param("p", plan.planId())
                .query(Integer.class).single() > 0) {
            throw ProblemException.conflict("tasks.error.planActive");
        }
        jdbc.sql("select id, title from task where plan_id = :p order by position").param("p", plan.planId())
                .query((rs, i) -> Map.of("id", rs.getLong(1), "title", rs.getString(2))).list()
                .forEach(old -> audit.record("DELETE", "Task", old.get("id"), old, null));
        jdbc.sql("delete from task where plan_id = :p").param("p", plan.planId()).update();
        for (int i = 0; i < clean.size(); i++) {
            insert(plan, i, clean.get(i));
        }
        return forPlan(plan.planId());
    }

    /** The plan was issued: its tasks become active, with occurrences over [periodStart, periodEnd]. */
    public void activateForPlan(PlanRef plan) {
        List<TaskRow> rows = rows(plan.planId());
        for (TaskRow t : rows) {
            if (t.active()) {
                continue;
            }
            for (Schedule.Occurrence o : Schedule.occurrences(t.recurrence(), t.due(), plan.periodStart(), plan.periodEnd(),
                    d -> calendar.onOrNextWorkingDay(d, t.leadUnitId()))) {
                jdbc.sql("insert into task_occurrence(task_id, nominal, due) values (:t, :n, :d) on conflict do nothing")
                        .param("t", t.id()).param("n", o.nominal()).param("d", o.due()).update();
            }
            jdbc.sql("""
                            update task set active = true, plan_label = :l, issuer_unit_id = :i, period_start = :s,
                                   period_end = :e, updated_at = now() where id = :id""")
                    .param("l", label(plan)).param("i", plan.issuerUnitId()).param("s", plan.periodStart())
                    .param("e", plan.periodEnd()).param("id", t.id()).update();
            audit.record("ACTIVATE", "Task", t.id(), Map.of("active", false), Map.of("active", true, "plan", label(plan)));
        }
    }

    /** The plan was cancelled or superseded: its open tasks are closed (kept for history). */
    public void closeForPlan(long planId) {
        List<Long> open = jdbc.sql("select id from task where plan_id = :p and status in ('NOT_STARTED', 'IN_PROGRESS')")
                .param("p", planId).query(Long.class).list();
        for (Long id : open) {
            jdbc.sql("update task set status = 'CLOSED', updated_at = now() where id = :id").param("id", id).update();
            audit.record("CLOSE", "Task", id, null, Map.of("status", "CLOSED", "planId", planId));
        }
    }

    @Transactional(readOnly = true)
    public List<TaskView> forPlan(long planId) {
        LocalDate today = LocalDate.now(clock);
        return rows(planId).stream().map(r -> r.view(today)).toList();
    }

    /** The tasks of many plans in one query, each plan's in position order (a plan without tasks is absent). */
    @Transactional(readOnly = true)
    public Map<Long, List<TaskView>> forPlans(Collection<Long> planIds) {
        Map<Long, List<TaskView>> out = new HashMap<>();
        if (planIds.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql(TaskRow.SELECT + " where t.plan_id in (:p) order by t.plan_id, t.position").param("p", planIds)
                .query(TaskRow::map).list().forEach(r -> out.computeIfAbsent(r.planId(), k -> new ArrayList<>()).add(r.view(today)));
        return out;
    }

    /**
     * Plan progress 0–100 from its tasks (average of task progress; a plan without tasks is absent from the map), read
     * from the per-plan count and sum the triggers of {@code task_plan_progress} keep (issue 14: averaging the tasks
     * read 12,629 of them for a Sở's 25 plans) — the same value as {@code round(avg(progress))} over the plan's tasks.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> progressByPlan(Collection<Long> planIds) {
        Map<Long, Integer> out = new HashMap<>();
        if (planIds == null || planIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select plan_id, round(progress_sum::numeric / tasks)::int from task_plan_progress"
                        + " where plan_id = any(cast(:ids as bigint[])) and tasks > 0")
                .param("ids", planIds.toArray(Long[]::new)).query((rs, i) -> out.put(rs.getLong(1), rs.getInt(2))).list();
        return out;
    }

    private List<TaskRow> rows(long planId) {
        return jdbc.sql(TaskRow.SELECT + " where t.plan_id = :p order by t.position").param("p", planId)
                .query(TaskRow::map).list();
    }

    private void insert(PlanRef plan, int position, TaskSpec s) {
        long id = jdbc.sql("""
                        insert into task(plan_id, issuer_unit_id, plan_label, period_start, period_end, position, title,
                                         lead_unit_id, due, recurrence, derived_from_task_id)
                        values (:p, :i, :l, :s, :e, :pos, :t, :lead, :due, :r,
                                (select id from task where id = :from)) returning id""")
                .param("p", plan.planId()).param("i", plan.issuerUnitId()).param("l", label(plan))
                .param("s", plan.periodStart()).param("e", plan.periodEnd()).param("pos", position)
                .param("t", s.title()).param("lead", s.leadUnitId()).param("due", s.due())
                .param("r", s.recurrence().name()).param("from", s.derivedFromTaskId()).query(Long.class).single();
        jdbc.sql("insert into task_unit(task_id, unit_id, role, position) values (:t, :u, 'LEAD', 0)")
                .param("t", id).param("u", s.leadUnitId()).update();
        int n = 1;
        for (Long u : s.assigneeUnitIds()) {
            jdbc.sql("insert into task_unit(task_id, unit_id, role, position) values (:t, :u, 'COORDINATOR', :n)")
                    .param("t", id).param("u", u).param("n", n++).update();
        }
        audit.record("CREATE", "Task", id, null, Map.of("planId", plan.planId(), "title", s.title(),
                "leadUnitId", s.leadUnitId(), "recurrence", s.recurrence().name()));
    }

    private static String label(PlanRef plan) {
        String l = Texts.clean(plan.label());
        return l == null || l.isEmpty() ? "#" + plan.planId() : l.length() > 600 ? l.substring(0, 600) : l;
    }

    /** Normalised specs, or 422 listing every invalid field. */
    private List<TaskSpec> validate(PlanRef plan, List<TaskSpec> specs) {
        Set<Long> named = new LinkedHashSet<>();
        specs.stream().filter(s -> s != null).forEach(s -> {
            if (s.leadUnitId() != null) named.add(s.leadUnitId());
            if (s.assigneeUnitIds() != null) s.assigneeUnitIds().stream().filter(u -> u != null).forEach(named::add);
        });
        Set<Long> known = named.isEmpty() ? Set.of() : new java.util.HashSet<>(jdbc.sql("select id from org_unit where id in (:ids)")
                .param("ids", named).query(Long.class).list());
        List<FieldProblem> problems = new ArrayList<>();
        List<TaskSpec> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            TaskSpec s = specs.get(i) == null ? new TaskSpec(null, null, null, null, null) : specs.get(i);
            String f = "tasks[" + i + "].";
            String title = Texts.clean(s.title());
            if (title == null || title.isEmpty()) problems.add(FieldProblem.of(f + "title", "tasks.error.titleRequired"));
            else if (title.length() > MAX_TITLE) problems.add(FieldProblem.of(f + "title", "tasks.error.titleTooLong", MAX_TITLE));
            if (s.leadUnitId() == null) problems.add(FieldProblem.of(f + "leadUnitId", "tasks.error.leadRequired"));
            else if (!known.contains(s.leadUnitId())) problems.add(FieldProblem.of(f + "leadUnitId", "tasks.error.unitUnknown"));
            List<Long> assignees = s.assigneeUnitIds() == null ? List.of() : s.assigneeUnitIds().stream()
                    .filter(u -> u != null && !u.equals(s.leadUnitId())).distinct().toList();
            if (assignees.stream().anyMatch(u -> !known.contains(u))) {
                problems.add(FieldProblem.of(f + "assigneeUnitIds", "tasks.error.unitUnknown"));
            }
            if (s.due() != null && (s.due().isBefore(plan.periodStart().minusDays(NEAR_PERIOD_DAYS))
                    || s.due().isAfter(plan.periodEnd().plusDays(NEAR_PERIOD_DAYS)))) {
                problems.add(FieldProblem.of(f + "due", "tasks.error.dueOutsidePeriod", plan.periodStart(), plan.periodEnd()));
            }
            out.add(new TaskSpec(title, s.leadUnitId(), assignees, s.due(),
                    s.recurrence() == null ? Recurrence.ONCE : s.recurrence(), s.derivedFromTaskId()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("tasks.error.invalid", problems);
        }
        return out;
    }

    /**
     * A follow-up task that no plan issued (a commitment recorded in meeting minutes): active at once, one occurrence on
     * its due date (moved to a working day), issued by {@code issuerUnitId}, linked back to {@code sourceLink}. 422 per
     * field on a blank or long title, an unknown lead unit or a missing due date.
     */
    public TaskView createFollowUp(String title, long issuerUnitId, Long leadUnitId, LocalDate due, String sourceLabel,
                                   String sourceLink) {
        FollowUps.check(jdbc, title, leadUnitId, due);
        long id = jdbc.sql("""
                        insert into task(plan_id, issuer_unit_id, plan_label, period_start, period_end, position, title,
                                         lead_unit_id, due, recurrence, active, source_link)
                        values (null, :i, :l, :s, :e, 0, :t, :lead, :due, 'ONCE', true, :link) returning id""")
                .param("i", issuerUnitId).param("l", FollowUps.label(sourceLabel)).param("s", LocalDate.now(clock))
                .param("e", due).param("t", Texts.clean(title)).param("lead", leadUnitId).param("due", due)
                .param("link", sourceLink).query(Long.class).single();
        jdbc.sql("insert into task_unit(task_id, unit_id, role, position) values (:t, :u, 'LEAD', 0)")
                .param("t", id).param("u", leadUnitId).update();
        jdbc.sql("insert into task_occurrence(task_id, nominal, due) values (:t, :n, :d)").param("t", id)
                .param("n", due).param("d", calendar.onOrNextWorkingDay(due, leadUnitId)).update();
        audit.record("CREATE", "Task", id, null, Map.of("title", Texts.clean(title), "leadUnitId", leadUnitId,
                "source", String.valueOf(sourceLink)));
        return views(List.of(id)).get(id);
    }

    /** Tasks by id as they stand today (no scope check: the caller shows tasks its own records point to). */
    @Transactional(readOnly = true)
    public Map<Long, TaskView> views(Collection<Long> ids) {
        Map<Long, TaskView> out = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql(TaskRow.SELECT + " where t.id in (:ids)").param("ids", ids).query(TaskRow::map).list()
                .forEach(r -> out.put(r.id(), r.view(today)));
        return out;
    }

    /** Evidence that a record fulfils the task (e.g. the meeting that carried it out), shown among its progress reports. */
    public void recordEvidence(long taskId, String note, String link, String by) {
        long id = jdbc.sql("insert into task_update(task_id, note, link, created_by) values (:t, :n, :l, :u) returning id")
                .param("t", taskId).param("n", Texts.clean(note)).param("l", link).param("u", by)
                .query(Long.class).single();
        audit.record("CREATE", "TaskUpdate", id, null, Map.of("taskId", taskId, "link", String.valueOf(link)));
    }

    /**
     * Open occurrences due between {@code from} and {@code to} of tasks led by a unit of {@code rootId}'s subtree
     * today, counted per lead unit: one grouped query scoped in SQL (a province reads only its own rows).
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> overdueCountsInSubtree(long rootId, LocalDate from, LocalDate to) {
        java.util.Map<Long, Integer> out = new java.util.TreeMap<>();
        jdbc.sql("""
                        select t.lead_unit_id, count(*) from task_occurrence o join task t on t.id = o.task_id
                        where o.done_at is null and t.active and t.status in ('NOT_STARTED', 'IN_PROGRESS')
                          and o.due between :f and :t
                          and t.lead_unit_id in (select unit_id from org_subtree(:root, :today))
                        group by t.lead_unit_id""")
                .param("f", from).param("t", to).param("root", rootId).param("today", LocalDate.now(clock))
                .query((rs, i) -> out.put(rs.getLong(1), rs.getInt(2))).list();
        return out;
    }

    /** Open occurrences of active, open tasks due between {@code from} and {@code to} (inclusive), soonest first. */
    @Transactional(readOnly = true)
    public List<DueOccurrence> openOccurrencesDue(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select o.id, t.id, t.title, t.plan_label, t.lead_unit_id, o.due
                        from task_occurrence o join task t on t.id = o.task_id
                        where o.done_at is null and t.active and t.status in ('NOT_STARTED', 'IN_PROGRESS')
                          and o.due between :f and :t
                        order by o.due, o.id""")
                .param("f", from).param("t", to)
                .query((rs, i) -> new DueOccurrence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getObject(6, LocalDate.class))).list();
    }
}
