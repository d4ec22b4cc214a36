package vn.gandan.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gandan.access.Recipients;
import vn.gandan.access.Role;
import vn.gandan.approval.ApprovalGranted;
import vn.gandan.approval.ApprovalRequested;
import vn.gandan.approval.ApprovalReturned;
import vn.gandan.approval.DocumentIssued;

/**
 * The approval of any official document (plan, công văn, consolidated report…) as people live it: the leaders of
 * the issuing unit see "approval waiting"; the drafter hears that it was returned (with the leader's comment),
 * approved or signed (the clerk may issue it), and issued with its number.
 */
@Component
class ApprovalNotices {

    private final Notices notices;
    private final Recipients recipients;

    ApprovalNotices(Notices notices, Recipients recipients) {
        this.notices = notices;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(ApprovalRequested e) {
        long unit = e.subject().unitId();
        recipients.ofUnit(unit, Role.LEADER).forEach(r -> notices.toPerson(r.accountId(), unit, "APPROVAL",
                NoticeText.of("notifications.approval.title", e.subject().title()),
                NoticeText.of("notifications.approval.body", e.submittedBy()),
                e.subject().link()));
    }

    @ApplicationModuleListener
    void on(ApprovalReturned e) {
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.subject().unitId(),
                "APPROVAL_RETURNED", NoticeText.of("notifications.approvalReturned.title", e.subject().title()),
                NoticeText.of("notifications.approvalReturned.body", e.returnedBy(), e.comment()),
                e.subject().link()));
    }

    @ApplicationModuleListener
    void on(ApprovalGranted e) {
        String how = e.signed() ? "signed" : "approved";
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.subject().unitId(),
                "APPROVAL_GRANTED", NoticeText.of("notifications.approvalGranted." + how + ".title", e.subject().title()),
                NoticeText.of("notifications.approvalGranted." + how + ".body", e.decidedBy()),
                e.subject().link()));
    }

    @ApplicationModuleListener
    void on(DocumentIssued e) {
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.subject().unitId(),
                "DOCUMENT_ISSUED", NoticeText.of("notifications.documentIssued.title", e.numberSymbol()),
                NoticeText.of("notifications.documentIssued.body", e.subject().title(), e.issuedBy()), e.subject().link()));
    }
}
