package vn.gandan.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gandan.access.Recipients;
import vn.gandan.access.Role;
import vn.gandan.plans.PlanApproved;
import vn.gandan.plans.PlanReturned;
import vn.gandan.plans.PlanSubmittedForApproval;

/**
 * The plan approval flow as people live it: the leaders of the first issuer see "approval waiting"; the drafter
 * hears that the plan was returned (with the leader's comment) or approved and may be issued.
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
    void on(PlanSubmittedForApproval e) {
        long unit = e.issuerUnitIds().get(0);
        recipients.ofUnit(unit, Role.LEADER).forEach(r -> notices.toPerson(r.accountId(), unit, "APPROVAL",
                NoticeText.of("notifications.approval.title", e.title()),
                NoticeText.of("notifications.approval.body", e.submittedBy()),
                "/plans/" + e.planId()));
    }

    @ApplicationModuleListener
    void on(PlanReturned e) {
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.issuerUnitIds().get(0),
                "PLAN_RETURNED", NoticeText.of("notifications.planReturned.title", e.title()),
                NoticeText.of("notifications.planReturned.body", e.returnedBy(), e.comment()),
                "/plans/" + e.planId()));
    }

    @ApplicationModuleListener
    void on(PlanApproved e) {
        recipients.byUsername(e.submittedBy()).ifPresent(r -> notices.toPerson(r.accountId(), e.issuerUnitIds().get(0),
                "PLAN_APPROVED", NoticeText.of("notifications.planApproved.title", e.title()),
                NoticeText.of("notifications.planApproved.body", e.approvedBy()),
                "/plans/" + e.planId()));
    }
}
