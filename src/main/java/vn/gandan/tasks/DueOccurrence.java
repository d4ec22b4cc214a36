package vn.gandan.tasks;

import java.time.LocalDate;

/** An open occurrence of an active task, for reminders: which task, which unit leads it, when it is due. */
public record DueOccurrence(long occurrenceId, long taskId, String title, String planLabel, long leadUnitId,
                            LocalDate due) {
}
