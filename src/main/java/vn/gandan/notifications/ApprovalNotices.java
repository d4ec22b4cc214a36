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
                "Văn bản chờ phê duyệt: " + e.subject().title(),
                "Người trình: " + e.submittedBy() + ". Đề nghị lãnh đạo xem xét, phê duyệt, ký hoặc trả lại.",
                e.subject().link()));
    }

    @ApplicationModuleListener
    void on(ApprovalReturned e) {
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.subject().unitId(),
                "APPROVAL_RETURNED", "Văn bản bị trả lại: " + e.subject().title(),
                "Ý kiến của " + e.returnedBy() + ": " + e.comment() + ". Vui lòng chỉnh sửa và trình lại.",
                e.subject().link()));
    }

    @ApplicationModuleListener
    void on(ApprovalGranted e) {
        String what = e.signed() ? "đã ký" : "đã phê duyệt";
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.subject().unitId(),
                "APPROVAL_GRANTED", "Văn bản " + what + ": " + e.subject().title(),
                "Lãnh đạo " + e.decidedBy() + " " + what + ". Văn thư có thể cấp số và ban hành.",
                e.subject().link()));
    }

    @ApplicationModuleListener
    void on(DocumentIssued e) {
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.subject().unitId(),
                "DOCUMENT_ISSUED", "Văn bản đã ban hành: " + e.numberSymbol(),
                e.subject().title() + " — văn thư " + e.issuedBy() + " đã cấp số và ban hành.", e.subject().link()));
    }
}
