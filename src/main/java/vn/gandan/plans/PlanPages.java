package vn.gandan.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NavItem;

/**
 * Plan pages that read: the list with filters and the plan page (coverage, tasks, ancestors, document, approval,
 * signature, the buttons the caller gets) and its document downloads. Editing: {@link PlanEditorPages}; approval
 * and issuing steps: {@link PlanStepPages}.
 */
@Controller
class PlanPages {

    private final PlanQueries queries;
    private final PlanCoverage coverage;
    private final UnitService units;
    private final PlanApiController files;
    private final vn.gandan.legal.LegalService legal;
    private final vn.gandan.approval.ApprovalService approvals;
    private final vn.gandan.signing.SigningService signing;
    private final PlanButtons buttons;
    private final PlanTaskRows rows;

    /** The preview's class per block kind (was two comparisons of the kind's name per block in the template). */
    private static final Map<OfficialDocument.Block.Kind, String> BLOCK_CLASS = new java.util.EnumMap<>(Map.of(
            OfficialDocument.Block.Kind.HEADING, "fw-bold", OfficialDocument.Block.Kind.PARAGRAPH, "",
            OfficialDocument.Block.Kind.SUB_ITEM, "ps-3", OfficialDocument.Block.Kind.TEXT, "",
            OfficialDocument.Block.Kind.TABLE, ""));

    PlanPages(PlanQueries queries, PlanCoverage coverage, UnitService units, PlanApiController files,
              vn.gandan.legal.LegalService legal, vn.gandan.approval.ApprovalService approvals,
              vn.gandan.signing.SigningService signing, PlanButtons buttons, PlanTaskRows rows) {
        this.buttons = buttons;
        this.rows = rows;
        this.queries = queries;
        this.coverage = coverage;
        this.units = units;
        this.files = files;
        this.legal = legal;
        this.approvals = approvals;
        this.signing = signing;
    }

    /** At most this many plans on the list page (the filters narrow it). */
    static final int LIST_ROWS = 300;

    @Bean
    static NavItem plansNav() {
        return new NavItem("nav.plans", "/plans", 20, "journal-text", null);
    }

    @Transactional(readOnly = true)
    @GetMapping("/plans")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String q, Model model) {
        int y = year == null ? units.today().getYear() : year;
        // one id past the page's rows tells whether the list goes on: then the page says it shows the first ones
        List<Long> ids = queries.listIds(unitId, y == 0 ? null : y, blankToNull(status), blankToNull(kind), q, LIST_ROWS + 1);
        model.addAttribute("rows", queries.summaries(ids.size() > LIST_ROWS ? ids.subList(0, LIST_ROWS) : ids));
        model.addAttribute("truncated", ids.size() > LIST_ROWS);
        model.addAttribute("myUnits", queries.callerUnits(false));
        newPlanUnit(unitId, queries.callerUnits(true), model);
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", y);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("years", List.of(y + 1, y, y - 1, y - 2));
        model.addAttribute("statuses", Plan.Status.values());
        model.addAttribute("kinds", PlanKind.values());
        return "plans/list";
    }

    @Transactional(readOnly = true)
    @GetMapping("/plans/{id}")
    /** The plan page; also re-rendered in place by {@link PlanStepPages} with a refused return's comment and message. */
    String page(@PathVariable long id, Model model) {
        PlanView p = queries.get(id);
        model.addAttribute("p", p);
        List<Long> unitIds = new ArrayList<>(p.issuerUnitIds());
        p.tasks().forEach(t -> {
            if (t.leadUnitId() != null) unitIds.add(t.leadUnitId());
            unitIds.addAll(t.assigneeUnitIds());
        });
        // the issuers of the plans listed below this one (the plan's tree, read with its roll-up) are read with the
        // page's units: their names in the same unit read, their scope in the same closure read
        List<Long> below = queries.descendantIssuers(id);
        Map<Long, String> names = names(unitIds, below);
        model.addAttribute("names", names);
        model.addAttribute("coReceivers", coReceivers(p));
        List<Long> asked = new ArrayList<>(unitIds);
        asked.addAll(below);
        // an issued plan offers the derive choice: the drafting units' scope is read with the page's units (one query)
        List<UnitView> drafting = p.status() == Plan.Status.ISSUED ? queries.draftingUnits(asked) : List.of();
        if (p.status() != Plan.Status.ISSUED) queries.prefetchScope(asked);
        PlanQueries.Openable openable = queries.openable(p, unitIds);
        model.addAttribute("openable", openable);
        model.addAttribute("taskRows", rows.tasks(p.tasks(), openable.tasks(), names));
        model.addAttribute("ancestors", queries.ancestors(id));
        // the registry entries the bases cite, in one query (was one per base); an entry removed: the citation stays
        model.addAttribute("citations", PlanTaskRows.citations(p.baseRefs(), legal.numberSymbols(p.baseRefs().stream()
                .map(PlanContent.BaseRef::legalDocumentId).filter(java.util.Objects::nonNull).distinct().toList())));
        model.addAttribute("blockClass", BLOCK_CLASS);
        model.addAttribute("descendants", queries.descendants(id));
        List<PlanMissing.Part> missing = PlanMissing.parts(queries.missingForIssue(id), p);
        model.addAttribute("missing", missing);
        vn.gandan.approval.ApprovalView approval = approvals.view("PLAN", id);
        buttons.addTo(p, missing.isEmpty(), approval != null && approval.signedBy() != null, model);
        if (p.status() == Plan.Status.ISSUED) {
            PlanCoverage.Coverage covered0 = coverage.coverage(id);
            model.addAttribute("coverage", covered0);
            Set<Long> covered = new LinkedHashSet<>();
            covered0.units().stream().filter(u -> !"NONE".equals(u.status())).forEach(u -> covered.add(u.unitId()));
            Map<Long, Set<Long>> above = queries.unitsAbove(drafting.stream().map(UnitView::id).toList());
            List<UnitView> deriveUnits = drafting.stream()
                    .filter(u -> !p.issuerUnitIds().contains(u.id()) && !covered.contains(u.id())
                            && p.issuerUnitIds().stream().anyMatch(i -> above.get(u.id()).contains(i)))
                    .toList();
            model.addAttribute("deriveUnits", deriveUnits);
        }
        OfficialDocument doc = queries.document(id);
        model.addAttribute("doc", doc);
        model.addAttribute("approvalState", approval);
        model.addAttribute("signature", signing.signatureOf("PLAN", id).orElse(null));
        return "plans/plan";
    }

    @GetMapping("/plans/{id}/document.docx")
    ResponseEntity<byte[]> documentDocx(@PathVariable long id) {
        return files.document(id, "docx");
    }

    @GetMapping("/plans/{id}/document.pdf")
    ResponseEntity<byte[]> documentPdf(@PathVariable long id) {
        return files.document(id, "pdf");
    }

    /**
     * "New plan" is one button: the units are chosen in the filter's one list (the drafting units were a second list of
     * the same units — 300 schools twice for a Phòng); the plan is for the unit filtered on when the caller drafts for it,
     * for the only drafting unit, or else for the first (the editor's issuer list changes it).
     */
    private static void newPlanUnit(Long unitId, List<UnitView> drafting, Model model) {
        model.addAttribute("canDraft", !drafting.isEmpty());
        Long chosen = drafting.size() == 1 ? drafting.get(0).id()
                : drafting.stream().map(UnitView::id).filter(i -> i.equals(unitId)).findFirst().orElse(null);
        model.addAttribute("newUnitId", chosen);
    }

    private Map<Long, String> names(List<Long> ids) {
        return names(ids, List.of());
    }

    /** The names of {@code ids}; the units of {@code alsoRead} read in the same query (the page names them later). */
    private Map<Long, String> names(List<Long> ids, List<Long> alsoRead) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        Set<Long> read = new LinkedHashSet<>(wanted);
        read.addAll(alsoRead);
        Map<Long, String> out = new LinkedHashMap<>();
        units.findAll(read).stream().filter(u -> wanted.contains(u.id())).forEach(u -> out.put(u.id(), u.name()));
        return out;
    }

    /** Per report deadline (by position) the names of the units that receive it beside its receiver (defect 12). */
    private Map<Integer, String> coReceivers(PlanView p) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < p.reportDeadlines().size(); i++) {
            List<Long> ids = p.reportDeadlines().get(i).coReceiverUnitIds();
            if (ids != null && !ids.isEmpty()) {
                Map<Long, String> n = names(ids);
                out.put(i, String.join("; ", ids.stream().map(n::get).filter(java.util.Objects::nonNull).toList()));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
