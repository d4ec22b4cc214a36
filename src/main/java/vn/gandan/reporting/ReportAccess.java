package vn.gandan.reporting;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.Role;
import vn.gandan.org.UnitService;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** Who may see, draft, send and review a report: out-of-scope reports answer 404, missing roles 403. */
@Component
class ReportAccess {

    private final SubmissionRepository submissions;
    private final AccessService access;
    private final UnitService units;
    private final RegimeService regimes;

    ReportAccess(SubmissionRepository submissions, AccessService access, UnitService units, RegimeService regimes) {
        this.regimes = regimes;
        this.submissions = submissions;
        this.access = access;
        this.units = units;
    }

    Submission visible(long id) {
        Submission s = submissions.findById(id).orElseThrow(() -> new NotFoundException("submission", id));
        if (!access.canSee(s.unitId()) && !coReceives(s)) {
            throw new NotFoundException("submission", id);
        }
        return s;
    }

    /** Whether the caller may see a co-receiver the report is addressed to (defect 12: only reports sent to it). */
    boolean coReceives(Submission s) {
        List<Long> receivers = regimes.receiversOf(s.unitId(), s.formId(), ReportPeriod.parse(s.period()));
        return receivers.stream().skip(1).anyMatch(access::canSee);
    }

    /**
     * The consolidated view of a receiver: for whoever may see it, and for a co-receiver's users over the reports
     * addressed to the main receiver under the regime that names it (others: 404).
     */
    void requireConsolidationVisible(long receiverId, long formId, ReportPeriod p) {
        if (access.canSee(receiverId)) {
            return;
        }
        boolean co = regimes.inForceForReceiver(receiverId, formId, p).filter(r -> Long.valueOf(receiverId).equals(r.receiverUnitId()))
                .map(r -> r.coReceiverUnitIds().stream().anyMatch(access::canSee)).orElse(false);
        if (!co) {
            throw new NotFoundException("unit", receiverId);
        }
    }

    void requireReporter(long unitId) {
        requireAnyRole(unitId, Role.LEADER, Role.SPECIALIST);
    }

    /** Accepting and returning belong to the unit the report goes to: the parent in that period. */
    void requireReceiver(Submission s) {
        Long parent = units.parentId(s.unitId(), ReportPeriod.parse(s.period()).referenceDate()).orElse(null);
        if (parent == null || !receives(parent)) {
            throw ProblemException.forbidden("reporting.receiverOnly");
        }
    }

    /** Whether the caller receives reports of the unit's children (may accept and return them). */
    boolean receives(long unitId) {
        return access.hasRole(unitId, Role.LEADER) || access.hasRole(unitId, Role.SPECIALIST);
    }

    void requireAnyRole(long unitId, Role... roles) {
        access.requireVisible(unitId);
        for (Role r : roles) {
            if (access.hasRole(unitId, r)) {
                return;
            }
        }
        throw ProblemException.forbidden("reporting.reporterOnly");
    }
}
