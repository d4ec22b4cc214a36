package vn.gandan.approval;

import vn.gandan.shared.ProblemException;

/**
 * Where a document is in its approval: being drafted, waiting for the leader, approved, signed by the leader, issued.
 * The transitions are the one rule set for every kind of document; a refused transition answers 409.
 */
public enum ApprovalStage {
    DRAFTING, PENDING_APPROVAL, APPROVED, SIGNED, ISSUED;

    /** The drafter submits (trình ký): only a draft. */
    public ApprovalStage submit() {
        require(this == DRAFTING, "approval.error.notDraft");
        return PENDING_APPROVAL;
    }

    /** The leader approves what was submitted. */
    public ApprovalStage approve() {
        require(this == PENDING_APPROVAL, "approval.error.notPending");
        return APPROVED;
    }

    /** The leader signs: a submitted or approved document, or a draft the leader signs at once. */
    public ApprovalStage sign() {
        require(this == DRAFTING || this == PENDING_APPROVAL || this == APPROVED, "approval.error.notSignable");
        return SIGNED;
    }

    /** The leader returns a submitted, approved or signed (not yet issued) document to its drafter. */
    public ApprovalStage returnForChanges() {
        require(this == PENDING_APPROVAL || this == APPROVED || this == SIGNED, "approval.error.notReturnable");
        return DRAFTING;
    }

    /** The clerk issues an approved or signed document; the leader may issue what is not yet approved (signing it). */
    public ApprovalStage issue(boolean byLeader) {
        boolean leaderMay = byLeader && (this == DRAFTING || this == PENDING_APPROVAL);
        require(this == APPROVED || this == SIGNED || leaderMay, "approval.error.notApproved");
        return ISSUED;
    }

    /** Whether the document waits for its leader or was approved or signed and not yet issued. */
    public boolean inApproval() {
        return this == PENDING_APPROVAL || this == APPROVED || this == SIGNED;
    }

    /** Whether the drafter may still change the document. */
    public boolean editable() {
        return this == DRAFTING;
    }

    private static void require(boolean ok, String key) {
        if (!ok) {
            throw ProblemException.conflict(key);
        }
    }
}
