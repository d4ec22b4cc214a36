package vn.gandan.tasks;

/** How often a task falls due: once, every month/quarter/half-year/year of the plan's period, or continuously. */
public enum Recurrence {
    ONCE(0), MONTHLY(1), QUARTERLY(3), SEMI_ANNUAL(6), ANNUAL(12), CONTINUOUS(0);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** Months between two occurrences; 0 for a one-off or continuous task. */
    int months() {
        return months;
    }

    /** Whether the task falls due more than once. */
    public boolean recurring() {
        return months > 0;
    }
}
