package vn.gandan.tasks;

/** Where a task stands. CLOSED: its plan was cancelled or superseded before it was done (kept for history). */
enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CLOSED;

    boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
