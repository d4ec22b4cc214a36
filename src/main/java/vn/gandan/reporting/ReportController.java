package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** Report pages: a unit's consolidated view with its children's status, its own report, exports. */
@Controller
class ReportController {

    static final String DEFAULT_FORM = "DVCQ";

    private final ReportService reports;
    private final ReportQueries queries;
    private final ReportExport export;
    private final AccessService access;
    private final UnitService units;
    private final java.time.Clock clock;
    private final ReportDocument document;
    private final Attachments attachments;
    private final RegimeService regimes;
    private final FormCatalog forms;
    private final ReportPrefill prefill;

    private final ReportApproval approval;
    private final vn.gandan.signing.SigningService signing;

    private final ReportReceivers receivers;
    private final ChildrenPage childrenPage;

    ReportController(ReportService reports, ReportQueries queries, ReportExport export, AccessService access, UnitService units,
                     java.time.Clock clock, ReportDocument document, Attachments attachments, RegimeService regimes,
                     FormCatalog forms, ReportPrefill prefill, ReportApproval approval,
                     vn.gandan.signing.SigningService signing, ReportReceivers receivers,
                     ChildrenPage childrenPage) {
        this.childrenPage = childrenPage;
        this.receivers = receivers;
        this.prefill = prefill;
        this.approval = approval;
        this.signing = signing;
        this.regimes = regimes;
        this.forms = forms;
        this.attachments = attachments;
        this.document = document;
        this.reports = reports;
        this.queries = queries;
        this.export = export;
        this.access = access;
        this.units = units;
        this.clock = clock;
    }

    @Bean
    static NavItem reportsNav() {
        return new NavItem("nav.reports", "/reports", 30, "clipboard-data", null);
    }

    /**
     * One read-only transaction for the whole page (it opened 14, one per service call: 28 statements of 101). The
     * children are shown {@link ChildrenPage#SIZE} to a page with every status counted (session 14: a Phòng's 300
     * schools were 300 table rows, 300 × 5 matrix cells and 300 links); {@code status} shows one kind of child.
     */
    @GetMapping("/reports")
    @Transactional(readOnly = true)
    String overview(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String period,
                    @RequestParam(defaultValue = DEFAULT_FORM) String formCode,
                    @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") long page, Model model) {
        long unit = unitId != null ? unitId : access.grantRootIds().stream().findFirst()
                .orElseGet(() -> units.findByCode("BGDDT").map(UnitView::id).orElseThrow(() -> new vn.gandan.shared.NotFoundException("unit", 0)));
        String p = period == null || period.isBlank() ? String.valueOf(java.time.LocalDate.now(clock).getYear()) : period.strip();
        ConsolidatedView c = reports.consolidated(unit, formCode, p);
        FormView form = queries.form(formCode);
        List<String> periods = ReportPeriod.parse(p).withPrevious(4);
        List<UnitView> others = otherChildren(unit, c);
        String shownStatus = ChildrenPage.filter(status);
        Map<String, SubmissionView> cells = new LinkedHashMap<>();
        queries.matrix(formCode, ChildrenPage.shownIds(c, shownStatus, page, others.size()), periods)
                .forEach(s -> cells.put(s.unitId() + "|" + s.period(), s));
        Map<String, Map<String, BigDecimal>> trend = queries.trend(unit, formCode, periods);
        String base = "/reports?unitId=" + unit + "&period=" + ChildrenPage.enc(c.period()) + "&formCode=" + ChildrenPage.enc(form.code());
        ChildrenPage.View rows = childrenPage.view(c, shownStatus, page, cells, periods, base, others.size());
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("periods", periods);
        // the periods the form's regimes ask for this year, one-off reports (2026-D1025) included, offered as choices
        model.addAttribute("periodChoices", reports.periodsOf(formCode, ReportPeriod.parse(p).cutOffEnd().getYear()));
        model.addAttribute("rows", rows);
        model.addAttribute("trend", trend);
        model.addAttribute("chart", Chart.bars(trend, List.of("DIALOGUES_HELD", "PETITIONS_RECEIVED",
                "PETITIONS_RESOLVED", "DVK_MODELS_REGISTERED")));
        model.addAttribute("labels", form.indicators().stream()
                .collect(java.util.stream.Collectors.toMap(FormView.Item::code, FormView.Item::label)));
        model.addAttribute("receives", queries.receives(unit));
        ReportingRegime regime = regimes.forReceiver(unit, forms.byCode(formCode), p).orElse(null);
        model.addAttribute("regime", regime);
        // defect 8: the regime's page answers 404 outside its receiver's scope, so it is named, not linked, there
        model.addAttribute("regimeOpens", regime != null && (regime.receiverUnitId() == null || access.canSee(regime.receiverUnitId())));
        model.addAttribute("own", access.canSee(unit) ? queries.find(unit, formCode, p).orElse(null) : null);
        // defect 12: the main receivers whose reports this unit also receives (a co-receiver), linked to their view
        model.addAttribute("coReceivedFrom", receivers.coReceivedFrom(unit, forms.byCode(formCode).id(), p));
        model.addAttribute("children", ChildrenPage.slice(others, page, rows.pages()));
        return "reporting/overview";
    }

    /** The children the caller may open that the status table does not list (its rows link to theirs already). */
    private List<UnitView> otherChildren(long unit, ConsolidatedView c) {
        List<UnitView> children = units.children(unit, units.today());
        java.util.Set<Long> visible = access.visibleChildren(unit, children.stream().map(UnitView::id).toList());
        java.util.Set<Long> listed = c.children().stream().map(ConsolidatedView.Child::unitId)
                .collect(java.util.stream.Collectors.toSet());
        return children.stream().filter(u -> visible.contains(u.id()) && !listed.contains(u.id())).toList();
    }

    @PostMapping("/reports/new")
    String create(@RequestParam long unitId, @RequestParam String formCode, @RequestParam String period) {
        SubmissionView s = prefill.createFromRecords(unitId, formCode, period, Map.of());
        return "redirect:/reports/submissions/" + s.id();
    }

    @PostMapping("/reports/consolidate")
    String consolidate(@RequestParam long unitId, @RequestParam String formCode, @RequestParam String period) {
        return "redirect:/reports/submissions/" + reports.prefillFromChildren(unitId, formCode, period).id();
    }

    @GetMapping("/reports/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        SubmissionView s = queries.get(id);
        model.addAttribute("s", s);
        model.addAttribute("unit", units.get(s.unitId()));
        model.addAttribute("form", queries.form(s.formCode()));
        Long parent = units.parentId(s.unitId(), ReportPeriod.parse(s.period()).referenceDate()).orElse(null);
        model.addAttribute("receiver", parent != null && queries.receives(parent));
        // only the reporting unit edits, saves or attaches: a receiver or co-receiver reads (defect 12)
        model.addAttribute("mayEdit", queries.receives(s.unitId()));
        // a co-receiver (defect 12) goes back to the main receiver's view, the one it may open
        model.addAttribute("backUnitId", access.canSee(s.unitId()) || parent == null ? s.unitId() : parent);
        List<ReportQueries.HistoryEntry> history = queries.history(id);
        model.addAttribute("history", history);
        Map<String, String> labels = new java.util.HashMap<>();
        queries.form(s.formCode()).indicators().forEach(i -> labels.put(i.code(), i.label()));
        model.addAttribute("snapshots", history.stream().map(h -> java.util.Optional.ofNullable(
                SnapshotText.of(h.snapshot(), labels)).orElse("")).toList());
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("sources", prefill.sources(id));
        model.addAttribute("approvalState", approval.get(id).approval());
        model.addAttribute("approvalActions", approval.actions(id));
        model.addAttribute("signature", signing.signatureOf(ReportApproval.TYPE, id).orElse(null));
        model.addAttribute("receivers", receivers.names(s, forms.byCode(s.formCode()).id()));
        // defect 12: how the report is to be sent, as the plan that asked for it says ("qua email …")
        model.addAttribute("channel", regimes.levelFor(s.unitId(), units.get(s.unitId()).kind().name(),
                forms.byCode(s.formCode()).id(), ReportPeriod.parse(s.period())).map(l -> l.deadline().channel()).orElse(null));
        return "reporting/submission";
    }

    @PostMapping("/reports/submissions/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, @RequestParam(defaultValue = "save") String action,
                Model model) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        form.forEach((k, v) -> {
            if (k.startsWith("v.") && v != null && !v.isBlank()) {
                try {
                    values.put(k.substring(2), new BigDecimal(v.strip().replace(',', '.')));
                } catch (NumberFormatException e) {
                    problems.add(FieldProblem.of("values." + k.substring(2), "reporting.value.notNumber"));
                }
            } else if (k.startsWith("s.")) {
                sections.put(k.substring(2), v);
            } else if (k.startsWith("r.")) {
                reasons.put(k.substring(2), v);
            }
        });
        try {
            if (!problems.isEmpty()) {
                throw ProblemException.invalid("error.validation", problems);
            }
            prefill.update(id, values, sections, reasons);
            if ("submit".equals(action)) {
                reports.submit(id);
            }
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            model.addAttribute("problems", problems(e));
            model.addAttribute("entered", form);
            return submission(id, model);
        }
        return "redirect:/reports/submissions/" + id;
    }

    @PostMapping("/reports/submissions/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
                  Model model) throws java.io.IOException {
        try {
            attachments.add(id, file.getOriginalFilename(), file.getBytes());
        } catch (ProblemException e) {
            if (e.status() != 413 && e.status() != 415) {
                throw e;
            }
            model.addAttribute("uploadProblem", e);
            return submission(id, model);
        }
        return "redirect:/reports/submissions/" + id;
    }

    @GetMapping("/reports/submissions/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Object[] f = attachments.download(id, attachmentId)
                .orElseThrow(() -> new vn.gandan.shared.NotFoundException("attachment", attachmentId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType((String) f[1]))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((String) f[0], java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body((byte[]) f[2]);
    }

    @PostMapping("/reports/submissions/{id}/accept")
    String accept(@PathVariable long id) {
        reports.accept(id);
        return "redirect:/reports/submissions/" + id;
    }

    @PostMapping("/reports/submissions/{id}/return")
    String returnToSender(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        try {
            reports.returnToSender(id, reason);
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            model.addAttribute("problems", problems(e));
            return submission(id, model);
        }
        return "redirect:/reports/submissions/" + id;
    }

    /** The field problems of a refusal, or the refusal itself (e.g. sent after the lock date) as one line. */
    private static List<FieldProblem> problems(ProblemException e) {
        return e.fieldProblems().isEmpty() ? List.of(FieldProblem.of("", e.messageKey(), e.args())) : e.fieldProblems();
    }

    @GetMapping("/reports/export.{ext}")
    ResponseEntity<byte[]> export(@PathVariable String ext, @RequestParam long unitId, @RequestParam String period,
                                  @RequestParam(defaultValue = DEFAULT_FORM) String formCode) {
        UnitView unit = units.get(unitId);
        queries.requireConsolidationVisible(unitId, formCode, period); // a co-receiver exports the main receiver's view too
        String kind = ext.toLowerCase(java.util.Locale.ROOT);
        byte[] body = switch (kind) {
            case "xlsx" -> export.xlsx(unitId, formCode, period, unit.name());
            case "docx" -> document.docx(unitId, formCode, period);
            default -> export.csv(unitId, formCode, period);
        };
        MediaType type = switch (kind) {
            case "xlsx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case "docx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            default -> new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-" + formCode + "-" + period + "." + (kind.equals("xlsx") || kind.equals("docx") ? kind : "csv"))
                        .build().toString())
                .body(body);
    }
}
