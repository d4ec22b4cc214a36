package vn.gandan.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Totals over a unit's subtree for a form and period, with each direct child's status (api.md). */
public record ConsolidatedView(Long unitId, String formCode, String period, int expected, int submitted, int onTime,
                               Map<String, BigDecimal> values, List<Child> children) {

    /** A direct child of the unit in that period and where its report stands. */
    public record Child(Long unitId, String unitName, String status, OffsetDateTime submittedAt, Boolean onTime,
                        Long submissionId) {
    }
}
