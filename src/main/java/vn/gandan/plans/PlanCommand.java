package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/plans} and {@code PUT /api/v1/plans/{id}} (api.md, Plans): only {@code kind},
 * {@code issuerUnitIds}, {@code title} and {@code period} are required for a draft; issuing checks the rest.
 * A base given as citation text that names a plan issued in the system (same number and symbol) is linked to it.
 */
public record PlanCommand(PlanKind kind, List<Long> issuerUnitIds, String title, PlanContent.Period period, String place,
                          List<PlanContent.BaseRef> baseRefs, List<PlanContent.Section> sections, List<Task> tasks,
                          List<PlanContent.ReportDeadline> reportDeadlines, List<String> recipients,
                          List<PlanContent.Signer> signers, List<String> footnotes) {

    public PlanCommand {
        issuerUnitIds = issuerUnitIds == null ? List.of() : List.copyOf(issuerUnitIds);
        baseRefs = baseRefs == null ? List.of() : List.copyOf(baseRefs);
        sections = sections == null ? List.of() : List.copyOf(sections);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        reportDeadlines = reportDeadlines == null ? List.of() : List.copyOf(reportDeadlines);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        signers = signers == null ? List.of() : List.copyOf(signers);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    /**
     * A task of the plan; {@code recurrence} ∈ ONCE, MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL, CONTINUOUS.
     * {@code leadUnitIds} assigns the same task to many units at once: each becomes a task of its own that the unit
     * leads and reports on (printed together in the plan's task assignment table).
     */
    public record Task(String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due, String recurrence,
                       List<Long> leadUnitIds, Long derivedFromTaskId) {
        public Task {
            assigneeUnitIds = assigneeUnitIds == null ? List.of() : List.copyOf(assigneeUnitIds);
            leadUnitIds = leadUnitIds == null ? List.of() : leadUnitIds.stream().filter(x -> x != null).distinct().toList();
        }

        public Task(String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due, String recurrence,
                    List<Long> leadUnitIds) {
            this(title, leadUnitId, assigneeUnitIds, due, recurrence, leadUnitIds, null);
        }

        public Task(String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due, String recurrence) {
            this(title, leadUnitId, assigneeUnitIds, due, recurrence, List.of(), null);
        }

        /** The same task, copied from the upper plan's task {@code taskId} (defect 6: a stored link, not a title). */
        public Task derivedFrom(Long taskId) {
            return new Task(title, leadUnitId, assigneeUnitIds, due, recurrence, leadUnitIds, taskId);
        }
    }

    PlanContent content() {
        return new PlanContent(title, place, period, baseRefs, sections, reportDeadlines, recipients, signers, footnotes);
    }
}
