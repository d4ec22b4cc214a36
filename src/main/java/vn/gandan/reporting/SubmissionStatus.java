package vn.gandan.reporting;

/** Where a report is in its life: only submitted and accepted reports count in totals. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    boolean counted() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
