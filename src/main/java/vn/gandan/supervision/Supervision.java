package vn.gandan.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.plans.PlanCoverage;
import vn.gandan.plans.PlanQueries;
import vn.gandan.reporting.ConsolidatedView;
import vn.gandan.reporting.SubtreeDeadlines;
import vn.gandan.reporting.ReportService;
import vn.gandan.tasks.TaskService;

/** Builds the supervision overview of a unit's subtree from the plans, tasks and reporting modules' public APIs. */
@Component
@Transactional(readOnly = true)
class Supervision {

    private final AccessService access;
    private final UnitService units;
    private final PlanQueries plans;
    private final PlanCoverage coverage;
    private final TaskService tasks;
    private final ReportService reports;
    private final SubtreeDeadlines deadlines;

    Supervision(AccessService access, UnitService units, PlanQueries plans, PlanCoverage coverage, TaskService tasks, ReportService reports,
                SubtreeDeadlines deadlines) {
        this.access = access;
        this.units = units;
        this.plans = plans;
        this.coverage = coverage;
        this.tasks = tasks;
        this.reports = reports;
        this.deadlines = deadlines;
    }

    /** 404 unless the caller may see the unit. */
    Overview overview(long rootId, int year) {
        access.requireVisible(rootId);
        LocalDate today = units.today();
        Set<Long> subtree = units.subtreeIds(rootId, today);
        List<Overview.PlanLine> planLines = planLines(subtree, year);
        Map<Long, Integer> missingPlans = new HashMap<>();
        planLines.forEach(p -> p.notImplemented().forEach(m -> missingPlans.merge(m.unitId(), 1, Integer::sum)));
        return new Overview(units.get(rootId), year, units.children(rootId, today), planLines,
                late(rootId, subtree, today, missingPlans), reportLines(rootId, year));
    }

    /** The units of the subtree that are late with anything, the latest first. */
    List<Overview.UnitLine> late(long rootId, Set<Long> subtree, LocalDate today, Map<Long, Integer> missingPlans) {
        Map<Long, Integer> overdue = tasks.overdueCountsInSubtree(rootId, today.minusYears(1), today.minusDays(1));
        Map<Long, List<String>> lateReports = new HashMap<>();
        deadlines.missingDue(rootId, today.minusYears(1), today.minusDays(1)).forEach((unit, due) -> lateReports.put(unit,
                due.stream().map(d -> d.formCode() + " " + d.period() + " (" + d.due().format(Overview.VN) + ")").toList()));
        Set<Long> ids = new java.util.TreeSet<>(overdue.keySet());
        ids.addAll(lateReports.keySet());
        ids.addAll(missingPlans.keySet());
        ids.remove(rootId);
        Map<Long, String> names = new HashMap<>();
        units.findAll(ids).forEach(u -> names.put(u.id(), u.name()));
        return ids.stream().map(id -> new Overview.UnitLine(id, names.getOrDefault(id, "#" + id),
                        overdue.getOrDefault(id, 0), lateReports.getOrDefault(id, List.of()), missingPlans.getOrDefault(id, 0)))
                .sorted(Comparator.comparingInt(Overview.UnitLine::weight).reversed()
                        .thenComparing(Overview.UnitLine::unitName)).toList();
    }

    private List<Overview.PlanLine> planLines(Set<Long> subtree, int year) {
        List<Overview.PlanLine> out = new ArrayList<>();
        for (PlanQueries.PlanSummary p : plans.issuedBy(subtree, year)) {
            PlanCoverage.Coverage c = coverage.coverage(p.id());
            if (c.expected() == 0) {
                continue;
            }
            List<Overview.Missing> missing = c.units().stream().filter(u -> !"ISSUED".equals(u.status()))
                    .map(u -> new Overview.Missing(u.unitId(), u.unitName(), "DRAFT".equals(u.status()))).toList();
            out.add(new Overview.PlanLine(p.id(), p.numberSymbol() + " — " + p.title(), c.expected(), c.implemented(),
                    c.drafts(), missing));
        }
        out.sort(Comparator.comparingInt(Overview.PlanLine::percent));
        return out;
    }

    private List<Overview.ReportLine> reportLines(long rootId, int year) {
        List<Overview.ReportLine> out = new ArrayList<>();
        for (String form : reports.formCodes()) {
            for (String period : reports.periodsOf(form, year)) {
                ConsolidatedView c = reports.consolidated(rootId, form, period);
                if (c.expected() > 0) {
                    out.add(new Overview.ReportLine(form, period, c.expected(), c.submitted(), c.onTime()));
                }
            }
        }
        return out;
    }
}
