package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * "Triển khai": what a subordinate unit's plan starts from — its bases cite the parent plan and the parent's own
 * bases, its sections start from the parent's, the tasks assigned to the unit become its own, and its report
 * deadlines fall a configurable number of working days before the parent's, to the parent's issuer.
 */
@Component
class PlanCascade {

    private final UnitService units;
    private final WorkCalendar calendar;
    private final int leadWorkingDays;

    PlanCascade(UnitService units, WorkCalendar calendar,
                @Value("${app.plans.derive-lead-working-days:5}") int leadWorkingDays) {
        this.units = units;
        this.calendar = calendar;
        this.leadWorkingDays = leadWorkingDays;
    }

    /** 422 unless the unit lies under one of the parent's issuers (and is not one of them). */
    void checkSubordinate(Plan parent, long unitId) {
        LocalDate today = units.today();
        if (parent.issuerUnitIds().contains(unitId)
                || parent.issuerUnitIds().stream().noneMatch(i -> units.isWithin(unitId, i, today))) {
            throw ProblemException.invalid("plans.derive.notSubordinate",
                    List.of(FieldProblem.of("unitId", "plans.derive.notSubordinate")));
        }
    }

    /** The derived draft's content. */
    PlanContent content(Plan parent, UnitView unit) {
        PlanContent pc = parent.content();
        String parentIssuer = units.get(parent.issuerUnitIds().get(0)).name();
        List<PlanContent.BaseRef> bases = new ArrayList<>();
        bases.add(new PlanContent.BaseRef(parent.id(), null));
        for (PlanContent.BaseRef b : pc.baseRefs()) if (!bases.contains(b)) bases.add(b);
        List<PlanContent.ReportDeadline> deadlines = pc.reportDeadlines().stream()
                .map(d -> new PlanContent.ReportDeadline(d.period(), d.due() == null ? null
                        : calendar.subtractWorkingDays(d.due(), leadWorkingDays, unit.id()), parentIssuer, d.channel()))
                .toList();
        List<PlanContent.Section> sections = pc.sections().stream()
                .map(sec -> new PlanContent.Section(sec.heading(), sec.body(), sec.items())).toList();
        return new PlanContent(pc.title(), unit.place(), pc.period(), bases, sections, deadlines,
                List.of(parentIssuer, "Lưu: VT"), List.of(), List.of());
    }

    /** The parent's tasks that fall to the unit (lead, coordinator, or under a coordinator), led by the unit. */
    List<PlanCommand.Task> tasks(List<PlanCommand.Task> parentTasks, List<Long> parentTaskIds, long unitId) {
        LocalDate today = units.today();
        List<PlanCommand.Task> linked = new java.util.ArrayList<>();
        for (int i = 0; i < parentTasks.size(); i++) {
            linked.add(parentTasks.get(i).derivedFrom(i < parentTaskIds.size() ? parentTaskIds.get(i) : null));
        }
        return linked.stream()
                .filter(t -> unitId == (t.leadUnitId() == null ? -1 : t.leadUnitId()) || t.assigneeUnitIds().contains(unitId)
                        || t.assigneeUnitIds().stream().anyMatch(a -> units.isWithin(unitId, a, today)))
                .map(t -> new PlanCommand.Task(t.title(), unitId, List.of(), t.due() == null ? null
                        : calendar.onOrNextWorkingDay(t.due(), unitId), t.recurrence()).derivedFrom(t.derivedFromTaskId()))
                .toList();
    }
}
