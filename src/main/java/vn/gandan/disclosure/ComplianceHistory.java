package vn.gandan.disclosure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compliance over the last 12 months (each month's end, and today), of the unit and of each school below it as the
 * tree was on that day (G1: lapsed items count as not done) — the charts of the register page.
 */
@Component
class ComplianceHistory {

    static final int MONTHS = 12;

    private final DisclosureCompliance compliance;

    ComplianceHistory(DisclosureCompliance compliance) {
        this.compliance = compliance;
    }

    /** One bar: the day and the percent on it. */
    record Point(LocalDate on, int percent) {
    }

    /** A school's row of bars (a missing point: the school was not in the tree that day). */
    record SchoolRow(String code, String name, List<Point> points) {
    }

    record Months(DisclosureCompliance.Summary latest, List<Point> own, List<SchoolRow> bySchool) {
    }

    Months of(long unitId, LocalDate today) {
        List<Point> own = new ArrayList<>();
        Map<String, SchoolRow> rows = new LinkedHashMap<>();
        DisclosureCompliance.Summary latest = null;
        for (int i = MONTHS - 1; i >= 0; i--) {
            LocalDate end = i == 0 ? today : YearMonth.from(today).minusMonths(i).atEndOfMonth();
            DisclosureCompliance.Summary s = compliance.on(unitId, end);
            own.add(new Point(end, s.percent()));
            for (DisclosureCompliance.School sc : s.schools()) {
                if (sc.unitId() == unitId) continue;
                rows.computeIfAbsent(sc.code(), c -> new SchoolRow(c, sc.name(), new ArrayList<>())).points().add(new Point(end, sc.percent()));
            }
            latest = s;
        }
        return new Months(latest, own, List.copyOf(rows.values()));
    }
}
