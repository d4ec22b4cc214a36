package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.shared.ProblemException;

/**
 * Drafting reports (called through {@link ReportService}, and by {@link ReportPrefill}): a new draft, saving a draft,
 * the figures computed from the records, and the unit's own report pre-filled from its children's.
 * Checks: {@link ReportChecks}; SQL: {@link ReportStore}.
 */
@Component
@Transactional
class ReportDrafts {

    private final SubmissionRepository submissions;
    private final FormCatalog forms;
    private final SubmissionDue due;
    private final ReportStore store;
    private final ReportAccess reportAccess;
    private final ReportQueries queries;
    private final ReportChecks checks;
    private final CoReceivedReports coReceived;
    private final ValueSources valueSources;
    private final AccessService access;

    ReportDrafts(SubmissionRepository submissions, FormCatalog forms, SubmissionDue due, ReportStore store,
                 ReportAccess reportAccess, ReportQueries queries, ReportChecks checks, CoReceivedReports coReceived,
                 ValueSources valueSources, AccessService access) {
        this.submissions = submissions;
        this.forms = forms;
        this.due = due;
        this.store = store;
        this.reportAccess = reportAccess;
        this.queries = queries;
        this.checks = checks;
        this.coReceived = coReceived;
        this.valueSources = valueSources;
        this.access = access;
    }

    /** A new draft; {@code consolidated} when its figures already cover the unit's subtree (not added up again). */
    SubmissionView createDraft(long unitId, String formCode, String period, Map<String, BigDecimal> values,
                               Map<String, String> sections, boolean consolidated) {
        reportAccess.requireReporter(unitId);
        FormDef form = forms.byCode(formCode);
        ReportChecks.check(form, values, sections);
        Submission s = newDraft(unitId, form, ReportPeriod.parse(period), consolidated);
        store.writeContent(s.id(), values, sections);
        return queries.view(s, form);
    }

    SubmissionView updateDraft(long id, Map<String, BigDecimal> values, Map<String, String> sections) {
        Submission s = reportAccess.visible(id);
        reportAccess.requireReporter(s.unitId());
        s.requireEditable();
        checks.requireNotInApproval(s);
        FormDef form = forms.byId(s.formId());
        ReportChecks.check(form, values, sections);
        store.writeContent(s.id(), values, sections);
        return queries.view(s, form);
    }

    /**
     * Figures computed from the records, written into a new draft as they are: the form's cross-checks (resolved ≤
     * received) are for what a person types, and are applied again when the draft is saved or submitted.
     */
    void writeComputed(long id, Map<String, BigDecimal> values) {
        store.writeValues(id, values);
    }

    /** See {@link ReportService#prefillFromChildren}. */
    SubmissionView prefillFromChildren(long unitId, String formCode, String period) {
        reportAccess.requireReporter(unitId);
        ConsolidatedView c = queries.consolidated(unitId, formCode, period);
        FormDef form = forms.byCode(formCode);
        ReportPeriod p = ReportPeriod.parse(period);
        Submission s = submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), p.code()).orElse(null);
        if (s != null && !s.editable()) {
            throw ProblemException.conflict("reporting.submission.notEditable", s.status().name());
        }
        if (s == null) {
            s = newDraft(unitId, form, p, true);
        }
        // defect 12: a co-receiver adds the reports addressed to it (each unit once), each figure with its sources
        CoReceivedReports.Consolidation co = coReceived.into(unitId, form, p, c.values(), c.submitted(), childTexts(form, c));
        store.writeContent(s.id(), co.values(), co.texts());
        valueSources.record(s.id(), new Indicators.Prefill(co.values().entrySet().stream()
                .filter(e -> co.sources().containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), co.sources()));
        return queries.view(s, form);
    }

    private Submission newDraft(long unitId, FormDef form, ReportPeriod p, boolean consolidated) {
        if (submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), p.code()).isPresent()) {
            throw ProblemException.conflict("reporting.submission.exists", p.code());
        }
        SubmissionDue.Due d = due.of(unitId, form, p);
        return submissions.save(new Submission(unitId, form.id(), p.code(), consolidated, d.due(), d.lockDate(),
                access.caller().map(Caller::username).orElse(null)));
    }

    /** Per outline section, each child's text under its name (children whose report was sent and not returned). */
    private Map<String, String> childTexts(FormDef form, ConsolidatedView c) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FormDef.Section section : form.sections()) {
            StringBuilder b = new StringBuilder();
            for (ConsolidatedView.Child child : c.children()) {
                if (child.submissionId() != null && !"RETURNED".equals(child.status()) && !"DRAFT".equals(child.status())) {
                    String t = store.texts(child.submissionId()).get(section.code());
                    if (t != null && !t.isBlank()) {
                        b.append("— ").append(child.unitName()).append(": ").append(t.strip()).append("\n\n");
                    }
                }
            }
            if (!b.isEmpty()) {
                texts.put(section.code(), b.toString().strip());
            }
        }
        return texts;
    }
}
