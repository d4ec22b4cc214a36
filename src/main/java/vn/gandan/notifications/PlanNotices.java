package vn.gandan.notifications;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.plans.PlanIssued;
import vn.gandan.tasks.TaskService;
import vn.gandan.tasks.TaskView;

/**
 * When a plan is issued: its issuers' direct subordinate units get "a new plan to implement", and each unit given
 * tasks (lead or co-operating) gets one notice listing them. Keyed per plan and unit, so a redelivered event sends
 * nothing twice.
 */
@Component
class PlanNotices {

    private static final int LISTED_TASKS = 5;

    private final Notices notices;
    private final UnitService units;
    private final TaskService tasks;

    PlanNotices(Notices notices, UnitService units, TaskService tasks) {
        this.notices = notices;
        this.units = units;
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(PlanIssued e) {
        String label = e.numberSymbol() + " — " + e.title();
        Set<Long> implementers = new LinkedHashSet<>();
        for (Long issuer : e.issuerUnitIds()) {
            units.children(issuer, e.issueDate() == null ? units.today() : e.issueDate()).stream()
                    .map(UnitView::id).filter(id -> !e.issuerUnitIds().contains(id)).forEach(implementers::add);
        }
        implementers.forEach(u -> notices.sendOnce("plan|" + e.planId() + "|" + u, u, "PLAN",
                NoticeText.of("notifications.plan.title", e.numberSymbol()), NoticeText.of("notifications.plan.body", label),
                "/plans/" + e.planId()));
        tasksByUnit(e.planId()).forEach((unit, list) -> notices.sendOnce("tasks|" + e.planId() + "|" + unit, unit,
                "TASK", NoticeText.of("notifications.tasks.title", String.valueOf(list.size()), e.numberSymbol()),
                body(label, list),
                list.size() == 1 ? "/tasks/" + list.get(0).id() : "/units/" + unit + "/work"));
    }

    private Map<Long, List<TaskView>> tasksByUnit(long planId) {
        Map<Long, List<TaskView>> out = new LinkedHashMap<>();
        for (TaskView t : tasks.forPlan(planId)) {
            Set<Long> to = new LinkedHashSet<>();
            if (t.leadUnitId() != null) {
                to.add(t.leadUnitId());
            }
            if (t.assigneeUnitIds() != null) {
                to.addAll(t.assigneeUnitIds());
            }
            to.forEach(u -> out.computeIfAbsent(u, k -> new java.util.ArrayList<>()).add(t));
        }
        return out;
    }

    /** The plan and up to {@value #LISTED_TASKS} of the unit's tasks, one line each, then how many more. */
    private static NoticeText body(String label, List<TaskView> list) {
        List<Object> lines = new java.util.ArrayList<>();
        list.stream().limit(LISTED_TASKS).forEach(t -> lines.add(t.due() == null ? t.title()
                : NoticeText.of("notifications.tasks.lineDue", t.title(), Dates.vn(t.due()))));
        if (list.size() > LISTED_TASKS) {
            lines.add(NoticeText.of("notifications.tasks.more", String.valueOf(list.size() - LISTED_TASKS)));
        }
        return NoticeText.of("notifications.tasks.body", label, lines);
    }
}
