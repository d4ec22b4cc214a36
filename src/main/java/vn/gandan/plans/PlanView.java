package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the API shows it (api.md: the body of POST plus id, status, number, symbol, numberSymbol, issueDate and
 * tasks with their id, status and progress). {@code parentPlanId} is the plan this one implements (triển khai);
 * {@code progress} is the average progress of its tasks, or null without tasks; {@code returnComment} is the leader's
 * comment when the plan was last returned to draft, {@code approval} its approval trail.
 */
public record PlanView(long id, PlanKind kind, Plan.Status status, List<Long> issuerUnitIds, String title,
                       PlanContent.Period period, String place, List<PlanContent.BaseRef> baseRefs,
                       List<PlanContent.Section> sections, List<TaskView> tasks,
                       List<PlanContent.ReportDeadline> reportDeadlines, List<String> recipients,
                       List<PlanContent.Signer> signers, List<String> footnotes, Integer number, String symbol,
                       String numberSymbol, LocalDate issueDate, Long parentPlanId, Long supersedesPlanId,
                       Integer progress, String returnComment, List<Step> approval) {

    /** A step of the approval trail: SUBMITTED, APPROVED, SIGNED, RETURNED (with the leader's comment) or ISSUED. */
    public record Step(String step, String username, String comment, java.time.OffsetDateTime at) {}

    public record TaskView(Long id, String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due,
                           String recurrence, String status, int progress, boolean overdue, Long derivedFromTaskId) {}
}
