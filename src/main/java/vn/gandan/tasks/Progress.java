package vn.gandan.tasks;

import java.time.LocalDate;

/**
 * Progress and status rules (docs/tasks.md). A recurring task's progress is the share of its occurrences done over
 * the whole period; a one-off task's is the last reported percentage (100 once its occurrence is done); a continuous
 * task's is the last reported percentage. Overdue is computed, never stored.
 */
final class Progress {

    private Progress() {
    }

    static int of(Recurrence recurrence, int reported, int doneOccurrences, int occurrences) {
        if (recurrence.recurring() && occurrences > 0) {
            return doneOccurrences * 100 / occurrences;
        }
        if (recurrence == Recurrence.ONCE && doneOccurrences > 0) {
            return 100;
        }
        return reported;
    }

    /** DONE at 100 %, IN_PROGRESS once anything was reported or done, NOT_STARTED before. */
    static TaskStatus status(int progress, boolean anyActivity) {
        if (progress >= 100) {
            return TaskStatus.DONE;
        }
        return anyActivity ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
    }

    /** An open task is overdue when its earliest open occurrence was due (a working day) before today. */
    static boolean overdue(TaskStatus status, Recurrence recurrence, LocalDate nextDue, LocalDate today) {
        return status.open() && recurrence != Recurrence.CONTINUOUS && nextDue != null && nextDue.isBefore(today);
    }
}
