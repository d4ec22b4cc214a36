package vn.gandan.search;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.legal.LegalService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.plans.PlanSearch;
import vn.gandan.reporting.ReportSearch;
import vn.gandan.shared.Texts;
import vn.gandan.tasks.TaskSearch;

/** {@code /search?q=}: the results of every module the caller may see, grouped, best match first in each group. */
@Controller
class SearchController {

    static final int PER_GROUP = 10;
    static final int MAX_QUERY = 200;

    private final AccessService access;
    private final PlanSearch plans;
    private final TaskSearch tasks;
    private final ReportSearch reports;
    private final UnitService units;
    private final LegalService legal;

    SearchController(AccessService access, PlanSearch plans, TaskSearch tasks, ReportSearch reports, UnitService units,
                     LegalService legal) {
        this.access = access;
        this.plans = plans;
        this.tasks = tasks;
        this.reports = reports;
        this.units = units;
        this.legal = legal;
    }

    @Transactional(readOnly = true)
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        access.requireCaller();
        String query = q == null ? "" : Texts.clean(q);
        model.addAttribute("q", query);
        if (query.length() > MAX_QUERY) {
            model.addAttribute("queryError", "search.error.tooLong");
            return "search/results";
        }
        if (query.isBlank()) {
            return "search/results";
        }
        model.addAttribute("plans", plans.search(query, PER_GROUP));
        model.addAttribute("tasks", tasks.search(query, PER_GROUP));
        model.addAttribute("reports", reports.search(query, PER_GROUP));
        model.addAttribute("units", visibleUnits(query));
        model.addAttribute("legal", legal.search(query).stream().limit(PER_GROUP).toList());
        model.addAttribute("searched", true);
        return "search/results";
    }

    /**
     * Units matching the query in the caller's scope (in SQL; dissolved units, which the scope of today's tree does not
     * hold, checked with the others in one query): they were the country's first 30 matches checked one by one.
     */
    private List<UnitView> visibleUnits(String query) {
        List<UnitView> found = units.search(query, PER_GROUP * 3, access.scopeRowSql("UNIT_ID"));
        Set<Long> seen = access.visibleUnits(found.stream().map(UnitView::id).toList());
        return found.stream().filter(u -> seen.contains(u.id())).limit(PER_GROUP).toList();
    }
}
