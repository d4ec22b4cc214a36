package vn.gandan.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as other modules and the API see it. {@code status} ∈ NOT_STARTED, IN_PROGRESS, DONE, CLOSED;
 * {@code overdue} is computed (an open occurrence whose working-day due date has passed), never stored;
 * {@code nextDue} is the earliest open occurrence (null for a continuous or finished task); {@code planLabel} names
 * the plan the task belongs to.
 */
public record TaskView(long id, long planId, String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due,
                       Recurrence recurrence, String status, int progress, boolean overdue, LocalDate nextDue,
                       String planLabel, Long derivedFromTaskId) {
}
