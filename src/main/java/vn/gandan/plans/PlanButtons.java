package vn.gandan.plans;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.gandan.access.Recipients;
import vn.gandan.access.Role;

/**
 * The buttons the plan page gives the caller: one primary action per role and state. A drafter submits (trình ký) a
 * complete draft; while parts are missing there is no "Trình ký", only the list of what to fix. The leader of a unit
 * with a clerk (an account other than a leader that may number and issue) signs ("Ký") and leaves the number to the
 * clerk; the leader of a unit without one signs and issues ("Ký và ban hành", on a confirmation page). The clerk issues
 * what was signed or approved. The API ({@code /api/v1/plans/{id}/approve}, {@code …/issue}) keeps every step.
 */
@Component
class PlanButtons {

    private final PlanAccess access;
    private final Recipients recipients;

    PlanButtons(PlanAccess access, Recipients recipients) {
        this.access = access;
        this.recipients = recipients;
    }

    /** Puts the caller's buttons into the page model; {@code signed}: the leader has already signed the plan. */
    void addTo(PlanView p, boolean complete, boolean signed, Model model) {
        long first = p.issuerUnitIds().get(0);
        boolean drafter = access.canDraft(first);
        boolean leader = access.isLeader(first);
        boolean clerk = leader && hasClerk(first);
        Plan.Status st = p.status();
        boolean draft = st == Plan.Status.DRAFT;
        boolean waiting = st == Plan.Status.PENDING_APPROVAL || st == Plan.Status.APPROVED && !signed;
        boolean leaderMay = leader && (draft && complete || waiting);
        model.addAttribute("canEdit", drafter && draft);
        model.addAttribute("canSubmit", drafter && !leader && draft && complete);
        model.addAttribute("canSign", clerk && leaderMay);
        model.addAttribute("canSignAndIssue", leader && !clerk && (leaderMay || st == Plan.Status.APPROVED));
        model.addAttribute("canReturn", leader && (st == Plan.Status.PENDING_APPROVAL || st == Plan.Status.APPROVED));
        model.addAttribute("canIssue", drafter && !leader && st == Plan.Status.APPROVED);
        model.addAttribute("awaitsClerk", clerk && st == Plan.Status.APPROVED && signed);
        model.addAttribute("canCancel", drafter && (draft || st == Plan.Status.ISSUED && leader));
        model.addAttribute("canCorrect", drafter && st == Plan.Status.ISSUED);
    }

    /** Whether an account other than the unit's leaders holds the drafting role there (the clerk or a specialist). */
    boolean hasClerk(long unitId) {
        return recipients.anyWithRoleWithout(unitId, Role.SPECIALIST, Role.LEADER);
    }
}
