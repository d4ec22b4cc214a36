package vn.gandan.approval;

/** The leader returned a document to its drafter with a comment saying what to change. */
public record ApprovalReturned(ApprovalSubject subject, String comment, String returnedBy, String submittedBy) {
}
