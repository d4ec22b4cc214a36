package vn.gandan.supervision;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.gandan.org.UnitView;

/** What the supervision dashboard shows for one unit's subtree in one year (a view record). */
public record Overview(UnitView root, int year, List<UnitView> children, List<PlanLine> plans, List<UnitLine> late,
                List<ReportLine> reports) {

    static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One plan of the subtree: how many of the units that must implement it have done so, and who has not. */
    public record PlanLine(long planId, String label, int expected, int implemented, int drafts, List<Missing> notImplemented) {
        public int percent() {
            return expected == 0 ? 100 : implemented * 100 / expected;
        }
    }

    /** A unit that has not issued its implementing plan ({@code draft}: one is being drafted). */
    public record Missing(long unitId, String unitName, boolean draft) {
    }

    /** A unit of the subtree that is late: overdue task occurrences, reports past due and not sent. */
    public record UnitLine(long unitId, String unitName, int overdueTasks, List<String> lateReports, int plansMissing) {
        public int weight() {
            return overdueTasks + lateReports.size() + plansMissing;
        }
    }

    /** One form and period as the root receives it from its direct children. */
    public record ReportLine(String formCode, String period, int expected, int submitted, int onTime) {
        public int submittedPercent() {
            return expected == 0 ? 0 : Math.min(100, submitted * 100 / expected);
        }

        public int onTimePercent() {
            return expected == 0 ? 0 : Math.min(100, onTime * 100 / expected);
        }
    }

    public int maxWeight() {
        return late.stream().mapToInt(UnitLine::weight).max().orElse(1);
    }
}
