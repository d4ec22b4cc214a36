package vn.gandan.reporting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.approval.ApprovalService;
import vn.gandan.approval.ApprovalStage;
import vn.gandan.approval.ApprovalSubject;
import vn.gandan.approval.ApprovalView;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.PdfRenderer;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.plans.DocumentNumbering;
import vn.gandan.shared.ProblemException;
import vn.gandan.signing.SigningService;

/**
 * A report as an official document (BÁO CÁO) through the shared approval mechanism: the specialist submits the
 * draft, the unit's leader signs or returns it with a comment, the clerk takes the number from the unit's register of
 * outgoing documents and sends it (submits it to the unit above); the issued PDF carries the unit's PAdES signature.
 */
@Service
@Transactional
public class ReportApproval {

    static final String TYPE = "REPORT";

    private final ReportAccess reportAccess;
    private final ReportQueries queries;
    private final ReportService reports;
    private final ReportChecks checks;
    private final ReportDocument documents;
    private final ApprovalService approvals;
    private final DocumentNumbering numbering;
    private final UnitService units;
    private final PdfRenderer pdf;
    private final SigningService signing;
    private final AccessService access;

    ReportApproval(ReportAccess reportAccess, ReportQueries queries, ReportService reports, ReportChecks checks,
                   ReportDocument documents, ApprovalService approvals, DocumentNumbering numbering, UnitService units,
                   PdfRenderer pdf, SigningService signing, AccessService access) {
        this.access = access;
        this.reportAccess = reportAccess;
        this.queries = queries;
        this.reports = reports;
        this.checks = checks;
        this.documents = documents;
        this.approvals = approvals;
        this.numbering = numbering;
        this.units = units;
        this.pdf = pdf;
        this.signing = signing;
    }

    /** A report with its approval. */
    public record ReportApprovalView(SubmissionView submission, ApprovalView approval) {
    }

    @Transactional(readOnly = true)
    public ReportApprovalView get(long id) {
        return new ReportApprovalView(queries.get(id), approvals.view(TYPE, id));
    }

    /** What the caller may do now on the report's approval (the page's buttons). */
    public record Actions(boolean submit, boolean sign, boolean returnForChanges, boolean issue) {
    }

    @Transactional(readOnly = true)
    public Actions actions(long id) {
        Submission s = reportAccess.visible(id);
        ApprovalStage st = approvals.stage(TYPE, id);
        boolean drafter = approvals.canDraft(s.unitId());
        boolean leader = approvals.isLeader(s.unitId());
        boolean open = s.editable();
        return new Actions(open && drafter && !leader && st == ApprovalStage.DRAFTING,
                open && leader && (st == ApprovalStage.PENDING_APPROVAL || st == ApprovalStage.APPROVED),
                open && leader && st.inApproval(),
                open && (drafter && (st == ApprovalStage.APPROVED || st == ApprovalStage.SIGNED)));
    }

    /** 404 outside the caller's scope; 403 unless the caller leads the unit ({@code leaderOnly}) or may draft there. */
    @Transactional(readOnly = true)
    public void requireRole(long id, boolean leaderOnly) {
        Submission s = reportAccess.visible(id);
        if (leaderOnly) {
            approvals.requireLeader(s.unitId());
        } else {
            approvals.requireDrafter(s.unitId());
        }
    }

    /** The report's title as its approval names it. */
    @Transactional(readOnly = true)
    public String title(long id) {
        return subject(reportAccess.visible(id)).title();
    }

    /** The drafter submits a checked draft for the leader's signature (trình ký); 422 when the form is incomplete. */
    public ReportApprovalView submit(long id) {
        Submission s = reportAccess.visible(id);
        approvals.requireDrafter(s.unitId());
        requireEditable(s);
        checks.check(s);
        approvals.submit(subject(s));
        return get(id);
    }

    public ReportApprovalView approve(long id) {
        approvals.approve(subject(decidable(id)));
        return get(id);
    }

    public ReportApprovalView sign(long id) {
        approvals.sign(subject(decidable(id)));
        return get(id);
    }

    public ReportApprovalView returnForChanges(long id, String comment) {
        approvals.returnForChanges(subject(decidable(id)), comment);
        return get(id);
    }

    /**
     * The clerk (or the signing leader) takes the next number of the unit's register (type BC), sends the report to
     * the unit above and keeps the signed PDF.
     */
    public ReportApprovalView issue(long id) {
        Submission s = reportAccess.visible(id);
        ApprovalSubject subject = subject(s);
        approvals.requireIssuable(subject);
        requireEditable(s);
        checks.check(s);
        UnitView unit = units.get(s.unitId());
        DocumentNumbering.Issued n = numbering.next(unit.id(), unit.kind(), unit.shortName(), "BC", null, units.today());
        reports.submitIssued(id);
        ApprovalView a = approvals.issued(subject, n.symbol());
        String signer = displayName(a.signedBy());
        OfficialDocument doc = documents.issued(s.unitId(), queries.get(id), n.symbol(), units.today(), signer);
        signing.signIssued(TYPE, id, s.unitId(), pdf.render(doc), signer != null ? signer : unit.name(),
                "Ban hành báo cáo số " + n.symbol());
        return get(id);
    }

    /** The report's PDF: the kept signed copy once issued, otherwise the draft as it would print. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        SubmissionView v = queries.get(id);
        ApprovalView a = approvals.view(TYPE, id);
        return signing.signedCopy(TYPE, id).orElseGet(() -> pdf.render(documents.issued(v.unitId(), v, a.numberSymbol(),
                null, displayName(a.signedBy()))));
    }

    /** A report the caller may decide on as its unit's leader (403 otherwise), still open (409 once sent). */
    private Submission decidable(long id) {
        Submission s = reportAccess.visible(id);
        approvals.requireLeader(s.unitId());
        requireEditable(s);
        return s;
    }

    private static void requireEditable(Submission s) {
        if (!s.editable()) {
            throw ProblemException.conflict("reporting.submission.notEditable", s.status().name());
        }
    }

    private ApprovalSubject subject(Submission s) {
        String title = queries.form(queries.view(s).formCode()).name() + " — " + ReportDocument.periodLabel(s.period());
        return new ApprovalSubject(TYPE, s.id(), s.unitId(), title, "/reports/submissions/" + s.id());
    }

    private String displayName(String username) {
        return username == null ? null : access.load(username).map(c -> c.displayName()).orElse(username);
    }
}
