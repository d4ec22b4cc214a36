package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;
import vn.gandan.approval.ApprovalStage;
import vn.gandan.shared.ProblemException;

/**
 * A plan and its lifecycle, the one place that changes a plan's state: draft → (pending approval → approved) →
 * issued → superseded / cancelled. Only a draft can be edited; a leader may return a submitted or approved plan
 * to draft with a comment, or sign a draft directly; an issued plan is immutable and is corrected by a new version
 * that supersedes it.
 */
public class Plan {

    public enum Status { DRAFT, PENDING_APPROVAL, APPROVED, ISSUED, SUPERSEDED, CANCELLED }

    private final Long id;
    private final PlanKind kind;
    private final List<Long> issuerUnitIds;
    private PlanContent content;
    private Status status = Status.DRAFT;
    private Integer number;
    private String numberSymbol;
    private LocalDate issueDate;
    private final Long supersedesPlanId;
    private String returnComment;

    public Plan(Long id, PlanKind kind, List<Long> issuerUnitIds, PlanContent content, Long supersedesPlanId) {
        if (issuerUnitIds == null || issuerUnitIds.isEmpty()) throw new IllegalArgumentException("issuer required");
        if (kind != PlanKind.KE_HOACH_PHOI_HOP && issuerUnitIds.size() > 1) {
            throw new IllegalArgumentException("only a joint plan has several issuers");
        }
        this.id = id;
        this.kind = kind;
        this.issuerUnitIds = List.copyOf(issuerUnitIds);
        this.content = content;
        this.supersedesPlanId = supersedesPlanId;
    }

    /** A plan as stored. */
    static Plan restore(Long id, PlanKind kind, List<Long> issuerUnitIds, PlanContent content, Status status,
                        Integer number, String numberSymbol, LocalDate issueDate, Long supersedesPlanId,
                        String returnComment) {
        Plan p = new Plan(id, kind, issuerUnitIds, content, supersedesPlanId);
        p.status = status;
        p.number = number;
        p.numberSymbol = numberSymbol;
        p.issueDate = issueDate;
        p.returnComment = returnComment;
        return p;
    }

    /** The same plan with new content and kind (editing a draft). */
    Plan edited(PlanKind newKind, List<Long> issuers, PlanContent newContent) {
        requireDraft();
        return restore(id, newKind, issuers, newContent, status, null, null, null, supersedesPlanId, returnComment);
    }

    public void replaceContent(PlanContent newContent) {
        requireDraft();
        this.content = newContent;
    }

    /** The plan's place in the shared approval rules ({@link ApprovalStage}): its status decides it. */
    public ApprovalStage stage() {
        return switch (status) {
            case DRAFT -> ApprovalStage.DRAFTING;
            case PENDING_APPROVAL -> ApprovalStage.PENDING_APPROVAL;
            case APPROVED -> ApprovalStage.APPROVED;
            default -> ApprovalStage.ISSUED;
        };
    }

    /** The drafter asks the leader to approve (trình ký). */
    public void submitForApproval() {
        stage().submit();
        status = Status.PENDING_APPROVAL;
    }

    /** The leader approves a submitted plan; the clerk may then issue it. */
    public void approve() {
        stage().approve();
        status = Status.APPROVED;
        returnComment = null;
    }

    /**
     * The leader signs a submitted or approved plan without taking its number: it waits, approved, for the clerk
     * (văn thư) to register the number and issue it.
     */
    public void sign() {
        stage().sign();
        status = Status.APPROVED;
        returnComment = null;
    }

    /** The leader sends a submitted or approved plan back to draft, saying what to change. */
    public void returnForChanges(String comment) {
        stage().returnForChanges();
        status = Status.DRAFT;
        returnComment = comment;
    }

    /**
     * Issues the plan under the register's number. An approved plan may be issued by the clerk; a draft (or a
     * plan waiting for approval) only when the leader signs it at once ({@code signedByLeader}).
     */
    public void issue(int number, String numberSymbol, LocalDate on, boolean signedByLeader) {
        checkIssuable(signedByLeader);
        this.number = number;
        this.numberSymbol = numberSymbol;
        this.issueDate = on;
        this.status = Status.ISSUED;
        this.returnComment = null;
    }

    /** 409 unless the plan may be issued now: approved, or signed by the leader while a draft or pending. */
    public void checkIssuable(boolean signedByLeader) {
        stage().issue(signedByLeader);
    }

    /** Whether the plan can still be issued (by a leader's signature or, once approved, by the clerk). */
    public boolean issuable() {
        return status == Status.DRAFT || status == Status.PENDING_APPROVAL || status == Status.APPROVED;
    }

    /** A correction: a new draft with the same content, which supersedes this plan when it is issued. */
    public Plan newVersion() {
        if (status != Status.ISSUED) throw ProblemException.conflict("plans.error.notIssued");
        return new Plan(null, kind, issuerUnitIds, content, id);
    }

    public void supersede() {
        if (status != Status.ISSUED) throw ProblemException.conflict("plans.error.notIssued");
        status = Status.SUPERSEDED;
    }

    public void cancel() {
        if (status == Status.SUPERSEDED || status == Status.CANCELLED) throw ProblemException.conflict("plans.error.closed");
        status = Status.CANCELLED;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) throw ProblemException.conflict("plans.error.notDraft");
    }

    public Long id() { return id; }
    public PlanKind kind() { return kind; }
    public List<Long> issuerUnitIds() { return issuerUnitIds; }
    public PlanContent content() { return content; }
    public Status status() { return status; }
    public Integer number() { return number; }
    public String numberSymbol() { return numberSymbol; }
    public LocalDate issueDate() { return issueDate; }
    public Long supersedesPlanId() { return supersedesPlanId; }
    public String returnComment() { return returnComment; }
}
