package vn.gandan.approval;

/** A drafter submitted a document for approval (trình ký): the leaders of its unit have work. */
public record ApprovalRequested(ApprovalSubject subject, String submittedBy) {
}
