package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a plan is issued (after its number is taken, in the issuing transaction). Listeners such as
 * reporting create or link the reporting regime the plan's {@code reportDeadlines} describe.
 */
public record PlanIssued(long planId, PlanKind kind, List<Long> issuerUnitIds, String numberSymbol, String title,
                         LocalDate issueDate, PlanContent.Period period, Long parentPlanId,
                         List<PlanContent.ReportDeadline> reportDeadlines) {
}
