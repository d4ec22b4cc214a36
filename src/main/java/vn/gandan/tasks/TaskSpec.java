package vn.gandan.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan says about a task (JSON of POST /api/v1/plans "tasks": title, leadUnitId, assigneeUnitIds, due,
 * recurrence); {@code derivedFromTaskId} is the upper plan's task it was copied from when a unit derived its plan.
 */
public record TaskSpec(String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due, Recurrence recurrence,
                       Long derivedFromTaskId) {

    public TaskSpec(String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due, Recurrence recurrence) {
        this(title, leadUnitId, assigneeUnitIds, due, recurrence, null);
    }
}
