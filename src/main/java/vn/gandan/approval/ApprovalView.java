package vn.gandan.approval;

import java.time.OffsetDateTime;
import java.util.List;

/** A document's approval: its stage, who submitted, approved and signed it and when, the last comment, the trail. */
public record ApprovalView(ApprovalStage stage, String submittedBy, String approvedBy, String signedBy,
                           OffsetDateTime signedAt, String comment, String numberSymbol, List<Step> steps) {

    /** One step of the trail: SUBMITTED, APPROVED, RETURNED, SIGNED or ISSUED, by whom, when, with which comment. */
    public record Step(String step, String username, String comment, OffsetDateTime at) {
    }
}
