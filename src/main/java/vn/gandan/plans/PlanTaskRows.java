package vn.gandan.plans;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The plan page's task table, bases and document blocks with their display strings worked out once in the handler
 * (issue 14, item 5: the page's loops evaluated ~12 expressions a task — a set look-up twice, a message key
 * concatenated, a name look-up, a ternary and a date per row; now a field read each). What the template prints is
 * unchanged: the same messages in the caller's language, the same {@code dd/MM/yyyy} dates.
 */
@Component
class PlanTaskRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A task's row: {@code linked} when the caller may open the task; assignees each with its separating comma. */
    public record TaskRow(Long id, String title, boolean linked, String recurrence, String lead, List<String> assignees,
                          String due, boolean overdue, String progress) {}

    /** A base that is a citation (bases that are plans show in the tree); {@code registry}: its entry's number. */
    public record CitationRow(String citation, String registry) {}

    private final PlanMessages messages;

    PlanTaskRows(PlanMessages messages) {
        this.messages = messages;
    }

    List<TaskRow> tasks(List<PlanView.TaskView> tasks, Set<Long> openable, Map<Long, String> names) {
        String continuous = messages.get("plans.recurrence.CONTINUOUS", null);
        List<TaskRow> out = new ArrayList<>(tasks.size());
        for (PlanView.TaskView t : tasks) {
            List<Long> with = t.assigneeUnitIds();
            List<String> assignees = new ArrayList<>(with.size());
            for (int i = 0; i < with.size(); i++) {
                assignees.add(names.get(with.get(i)) + (i == with.size() - 1 ? "" : ", "));
            }
            out.add(new TaskRow(t.id(), t.title(), t.id() != null && openable.contains(t.id()),
                    messages.get("plans.recurrence." + t.recurrence(), null),
                    t.leadUnitId() != null ? names.get(t.leadUnitId()) : "", assignees,
                    t.due() != null ? DAY.format(t.due()) : continuous, t.overdue(), t.progress() + "%"));
        }
        return out;
    }

    static List<CitationRow> citations(List<PlanContent.BaseRef> bases, Map<Long, String> registry) {
        return bases.stream().filter(b -> b.planId() == null)
                .map(b -> new CitationRow(b.citation(), b.legalDocumentId() == null ? null : registry.get(b.legalDocumentId())))
                .toList();
    }
}
