package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;

/**
 * Drafts that start from the records: the figures other modules compute for the unit's subtree, each with its
 * source, and overrides of those figures only with a reason.
 */
@Service
@Transactional
class ReportPrefill {

    private final ReportService reports;
    private final ReportDrafts drafts;
    private final ReportQueries queries;
    private final FormCatalog forms;
    private final Indicators indicators;
    private final ValueSources sources;
    private final AccessService access;

    ReportPrefill(ReportService reports, ReportDrafts drafts, ReportQueries queries, FormCatalog forms,
                  Indicators indicators, ValueSources sources, AccessService access) {
        this.reports = reports;
        this.drafts = drafts;
        this.queries = queries;
        this.forms = forms;
        this.indicators = indicators;
        this.sources = sources;
        this.access = access;
    }

    /** The figures of the unit's subtree as it was in the period, computed from the records, with their sources. */
    @Transactional(readOnly = true)
    public PrefillView prefill(long unitId, String formCode, String period) {
        access.requireVisible(unitId);
        Indicators.Prefill p = indicators.compute(unitId, forms.byCode(formCode), ReportPeriod.parse(period));
        return new PrefillView(p.values(), p.sources());
    }

    /** The answer of {@code GET /api/v1/reports/prefill}. */
    public record PrefillView(Map<String, BigDecimal> values, Map<String, String> sources) {
    }

    /**
     * A new draft whose figures come from the records. When they cover more than the unit itself (a Phòng, a
     * commune) the draft is a consolidated one, so the roll-up does not add its subordinates' records twice.
     */
    public SubmissionView createFromRecords(long unitId, String formCode, String period, Map<String, String> sections) {
        access.requireVisible(unitId);
        ReportPeriod p = ReportPeriod.parse(period);
        Indicators.Prefill computed = indicators.compute(unitId, forms.byCode(formCode), p);
        SubmissionView draft = drafts.createDraft(unitId, formCode, period, Map.of(), sections,
                indicators.coversSubordinates(unitId, p));
        drafts.writeComputed(draft.id(), computed.values());
        sources.record(draft.id(), computed);
        return queries.get(draft.id());
    }

    /**
     * Saves a draft; a computed figure that is changed needs a reason (kept with who changed it). A computed figure
     * left out (a blank field, a partial API body) keeps its computed value.
     */
    public SubmissionView update(long id, Map<String, BigDecimal> values, Map<String, String> sections,
                                 Map<String, String> reasons) {
        Map<String, BigDecimal> merged = new java.util.LinkedHashMap<>(values);
        sources.of(id).forEach((code, src) -> merged.putIfAbsent(code, src.computed()));
        SubmissionView saved = reports.updateDraft(id, merged, sections);
        sources.applyOverrides(id, merged, reasons, access.caller().map(Caller::username).orElse(null));
        return saved;
    }

    /** Where each computed figure of a report came from. */
    @Transactional(readOnly = true)
    public Map<String, ValueSources.ValueSource> sources(long id) {
        queries.get(id);
        return sources.of(id);
    }
}
