package vn.gandan.approval;

/** The leader approved ({@code signed} false) or signed a document: the clerk may register its number and issue it. */
public record ApprovalGranted(ApprovalSubject subject, boolean signed, String decidedBy, String submittedBy) {
}
