package vn.gandan.tasks;

import java.time.LocalDate;
import java.util.List;

/** What a plan says about a task (JSON of POST /api/v1/plans "tasks": title, leadUnitId, assigneeUnitIds, due, recurrence). */
public record TaskSpec(String title, Long leadUnitId, List<Long> assigneeUnitIds, LocalDate due, Recurrence recurrence) {
}
