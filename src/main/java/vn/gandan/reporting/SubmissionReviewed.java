package vn.gandan.reporting;

/** A receiver accepted or returned a unit's report (reason given when returned). */
public record SubmissionReviewed(long submissionId, long unitId, String formCode, String period, SubmissionStatus status,
                                 String reason) {
}
