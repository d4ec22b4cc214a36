package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;
import vn.gandan.shared.ProblemException;

/**
 * A plan and its lifecycle: draft → issued → superseded / cancelled. Only a draft can be edited; an issued plan
 * is immutable and is corrected by a new version that supersedes it.
 */
public class Plan {

    public enum Status { DRAFT, ISSUED, SUPERSEDED, CANCELLED }

    private final Long id;
    private final PlanKind kind;
    private final List<Long> issuerUnitIds;
    private PlanContent content;
    private Status status = Status.DRAFT;
    private Integer number;
    private String numberSymbol;
    private LocalDate issueDate;
    private final Long supersedesPlanId;

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
                        Integer number, String numberSymbol, LocalDate issueDate, Long supersedesPlanId) {
        Plan p = new Plan(id, kind, issuerUnitIds, content, supersedesPlanId);
        p.status = status;
        p.number = number;
        p.numberSymbol = numberSymbol;
        p.issueDate = issueDate;
        return p;
    }

    public void replaceContent(PlanContent newContent) {
        requireDraft();
        this.content = newContent;
    }

    public void issue(int number, String numberSymbol, LocalDate on) {
        requireDraft();
        this.number = number;
        this.numberSymbol = numberSymbol;
        this.issueDate = on;
        this.status = Status.ISSUED;
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
}
