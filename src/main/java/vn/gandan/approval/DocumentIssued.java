package vn.gandan.approval;

/** The clerk (or the signing leader) registered the document's number and issued it. */
public record DocumentIssued(ApprovalSubject subject, String numberSymbol, String issuedBy, String submittedBy) {
}
