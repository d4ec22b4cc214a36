package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gandan.approval.ApprovalService;
import vn.gandan.shared.ProblemException;

/** The checks a report passes before it is saved, submitted or sent for signature; they run in the caller's transaction. */
@Component
class ReportChecks {

    private final FormCatalog forms;
    private final ReportStore store;
    private final ApprovalService approvals;

    ReportChecks(FormCatalog forms, ReportStore store, ApprovalService approvals) {
        this.forms = forms;
        this.store = store;
        this.approvals = approvals;
    }

    /** The form's checks on a stored report (422 listing what is missing or wrong). */
    void check(Submission s) {
        check(forms.byId(s.formId()), store.values(s.id()), store.texts(s.id()));
    }

    /** The form's checks on figures and texts (422 listing what is missing or wrong). */
    static void check(FormDef form, Map<String, BigDecimal> values, Map<String, String> sections) {
        var problems = form.check(values, sections);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
    }

    /** 409 while the report waits for its leader or has been signed: it changes only when returned. */
    void requireNotInApproval(Submission s) {
        if (approvals.stage(ReportApproval.TYPE, s.id()).inApproval()) {
            throw ProblemException.conflict("reporting.submission.inApproval");
        }
    }
}
