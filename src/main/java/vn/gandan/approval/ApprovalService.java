package vn.gandan.approval;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The approval steps of any official document. Drafters are the unit's specialists and leaders, deciders its
 * leaders, the clerk (văn thư) a specialist of the unit. Each step checks the role (403), lets {@link ApprovalStage}
 * decide (409), records the trail and the audit, and publishes a past-tense event for the notices.
 */
@Service
@Transactional
public class ApprovalService {

    private final ApprovalStore store;
    private final AccessService access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalService(ApprovalStore store, AccessService access, AuditLog audit, ApplicationEventPublisher events,
                    Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ApprovalView view(String type, long id) {
        // read once per GET request (the plan page asks twice: for its trail and for its approval box)
        return vn.gandan.shared.GetRequestMemo.get("approval.view", type + ":" + id, k -> {
            ApprovalStore.State s = store.load(type, id, false);
            return new ApprovalView(s.stage(), s.submittedBy(), s.approvedBy(), s.signedBy(), s.signedAt(), s.comment(),
                    s.numberSymbol(), store.steps(type, id));
        });
    }

    /** The approval trails of many documents of one type in one query (a list of them), each oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<ApprovalView.Step>> steps(String type, java.util.Collection<Long> ids) {
        return store.steps(type, ids);
    }

    @Transactional(readOnly = true)
    public ApprovalStage stage(String type, long id) {
        return store.load(type, id, false).stage();
    }

    public boolean canDraft(long unitId) {
        return access.hasRole(unitId, Role.SPECIALIST) || access.hasRole(unitId, Role.LEADER);
    }

    public boolean isLeader(long unitId) {
        return access.hasRole(unitId, Role.LEADER);
    }

    /** The drafter submits the document for the leader's approval (trình ký). */
    public ApprovalView submit(ApprovalSubject s) {
        requireDrafter(s.unitId());
        ApprovalStore.State st = store.load(s.type(), s.id(), true);
        String by = username();
        save(s, new ApprovalStore.State(st.stage().submit(), by, null, null, null, null, st.numberSymbol()), "SUBMITTED", null);
        events.publishEvent(new ApprovalRequested(s, by));
        return view(s.type(), s.id());
    }

    /** The leader approves a submitted document. */
    public ApprovalView approve(ApprovalSubject s) {
        requireLeader(s.unitId());
        ApprovalStore.State st = store.load(s.type(), s.id(), true);
        save(s, new ApprovalStore.State(st.stage().approve(), st.submittedBy(), username(), null, null, null,
                st.numberSymbol()), "APPROVED", null);
        events.publishEvent(new ApprovalGranted(s, false, username(), st.submittedBy()));
        return view(s.type(), s.id());
    }

    /** The leader signs: the clerk may then register the number and issue the signed document. */
    public ApprovalView sign(ApprovalSubject s) {
        requireLeader(s.unitId());
        ApprovalStore.State st = store.load(s.type(), s.id(), true);
        save(s, new ApprovalStore.State(st.stage().sign(), st.submittedBy(), st.approvedBy(), username(),
                OffsetDateTime.now(clock), null, st.numberSymbol()), "SIGNED", null);
        events.publishEvent(new ApprovalGranted(s, true, username(), st.submittedBy()));
        return view(s.type(), s.id());
    }

    /** The leader returns the document to its drafter; the comment (what to change) is required (422 on "comment"). */
    public ApprovalView returnForChanges(ApprovalSubject s, String comment) {
        requireLeader(s.unitId());
        String why = Texts.clean(comment);
        if (why == null || why.isBlank() || why.length() > 4000) {
            throw ProblemException.invalid("approval.return.commentRequired",
                    List.of(FieldProblem.of("comment", "approval.return.commentRequired")));
        }
        ApprovalStore.State st = store.load(s.type(), s.id(), true);
        save(s, new ApprovalStore.State(st.stage().returnForChanges(), st.submittedBy(), null, null, null, why,
                st.numberSymbol()), "RETURNED", why);
        events.publishEvent(new ApprovalReturned(s, why, username(), st.submittedBy()));
        return view(s.type(), s.id());
    }

    /**
     * Checks that the caller may issue the document now (the clerk: approved or signed; a leader: also a draft,
     * signing it) and answers whether the caller issues as its leader. 403 / 409 otherwise.
     */
    @Transactional(readOnly = true)
    public boolean requireIssuable(ApprovalSubject s) {
        boolean leader = isLeader(s.unitId());
        if (!leader && !canDraft(s.unitId())) {
            throw ProblemException.forbidden("access.roleMissing", Role.SPECIALIST.name());
        }
        store.load(s.type(), s.id(), false).stage().issue(leader);
        return leader;
    }

    /**
     * Records the issue under the register's number, once the owner checked it may be issued ({@link #requireIssuable}
     * or its own aggregate): who signed is the leader who signed or approved it, or the leader issuing it now.
     */
    public ApprovalView issued(ApprovalSubject s, String numberSymbol) {
        ApprovalStore.State st = store.load(s.type(), s.id(), true);
        boolean leader = isLeader(s.unitId());
        ApprovalStage next = ApprovalStage.ISSUED;
        String signer = st.signedBy() != null ? st.signedBy() : leader ? username() : st.approvedBy();
        OffsetDateTime signedAt = st.signedAt() != null ? st.signedAt() : leader ? OffsetDateTime.now(clock)
                : store.lastStepAt(s.type(), s.id(), "APPROVED").orElse(null);
        save(s, new ApprovalStore.State(next, st.submittedBy(), st.approvedBy(), signer, signedAt, null, numberSymbol),
                "ISSUED", null);
        events.publishEvent(new DocumentIssued(s, numberSymbol, username(), st.submittedBy()));
        return view(s.type(), s.id());
    }

    /**
     * An issued document sent back by its receiver (a report returned by the unit above) is drafted again and goes
     * through approval anew; its former number stays in the trail.
     */
    public void reopen(String type, long id) {
        ApprovalStore.State st = store.load(type, id, true);
        if (st.stage() == ApprovalStage.ISSUED) {
            store.reopen(type, id);
        }
    }

    /** Documents of these units waiting for their leader. */
    @Transactional(readOnly = true)
    public List<Long> pending(String type, List<Long> unitIds) {
        return store.pending(type, unitIds);
    }

    private void save(ApprovalSubject s, ApprovalStore.State st, String step, String comment) {
        store.save(s, st);
        store.step(s, step, username(), comment);
        audit.record(step, s.type(), s.id(), null, comment == null ? Map.of("stage", st.stage().name())
                : Map.of("stage", st.stage().name(), "comment", comment));
    }

    /** 404 outside the caller's scope, 403 without a drafting role on the unit. */
    public void requireDrafter(long unitId) {
        access.requireVisible(unitId);
        if (!canDraft(unitId)) throw ProblemException.forbidden("access.roleMissing", Role.SPECIALIST.name());
    }

    /** 404 outside the caller's scope, 403 unless the caller leads the unit. */
    public void requireLeader(long unitId) {
        access.requireRole(unitId, Role.LEADER);
    }

    private String username() {
        return access.caller().map(c -> c.username()).orElse("system");
    }
}
