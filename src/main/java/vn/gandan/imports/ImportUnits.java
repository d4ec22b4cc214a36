package vn.gandan.imports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.plans.PlanQueries;
import vn.gandan.reporting.ReportService;

/** The units an imported document may go to (the caller is a specialist or leader there) and the report choices. */
@Component
class ImportUnits {

    private final UnitService units;
    private final PlanQueries plans;
    private final ReportService reports;

    ImportUnits(UnitService units, PlanQueries plans, ReportService reports) {
        this.units = units;
        this.plans = plans;
        this.reports = reports;
    }

    /** The caller's granted units and those directly under them where the caller may draft (SPECIALIST or LEADER). */
    List<UnitView> drafting() {
        return plans.callerUnits(true);
    }


    List<String> formCodes() {
        return reports.formCodes();
    }

    /** The report periods of this year and the last for every form (e.g. 2026-S1, 2026). */
    List<String> periodSuggestions() {
        int year = units.today().getYear();
        Set<String> out = new LinkedHashSet<>();
        for (String code : reports.formCodes()) {
            out.addAll(reports.periodsOf(code, year));
            out.addAll(reports.periodsOf(code, year - 1));
        }
        return List.copyOf(out);
    }
}
