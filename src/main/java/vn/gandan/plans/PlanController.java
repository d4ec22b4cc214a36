package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.access.AccessService;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.org.RelationKind;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** Plan pages: list with filters, plan page (coverage, tasks, ancestors, document), editor, issuing and cascading. */
@Controller
class PlanController {

    private final PlanService plans;
    private final PlanQueries queries;
    private final PlanCoverage coverage;
    private final AccessService access;
    private final UnitService units;
    private final MessageSource messages;
    private final PlanApiController files;
    private final vn.gandan.legal.LegalService legal;
    private final vn.gandan.approval.ApprovalService approvals;
    private final vn.gandan.signing.SigningService signing;

    PlanController(PlanService plans, PlanQueries queries, PlanCoverage coverage, AccessService access, UnitService units, MessageSource messages,
                   PlanApiController files, vn.gandan.legal.LegalService legal, vn.gandan.approval.ApprovalService approvals,
                   vn.gandan.signing.SigningService signing) {
        this.approvals = approvals;
        this.signing = signing;
        this.legal = legal;
        this.plans = plans;
        this.queries = queries;
        this.coverage = coverage;
        this.access = access;
        this.units = units;
        this.messages = messages;
        this.files = files;
    }

    @Bean
    static NavItem plansNav() {
        return new NavItem("nav.plans", "/plans", 20, "journal-text", null);
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String q, Model model) {
        int y = year == null ? units.today().getYear() : year;
        List<Long> ids = queries.listIds(unitId, y == 0 ? null : y, blankToNull(status), blankToNull(kind), q, 300);
        model.addAttribute("rows", queries.summaries(ids));
        model.addAttribute("myUnits", queries.callerUnits(false));
        model.addAttribute("draftUnits", queries.callerUnits(true));
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", y);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("years", List.of(y + 1, y, y - 1, y - 2));
        return "plans/list";
    }

    @GetMapping("/plans/{id}")
    String page(@PathVariable long id, Model model) {
        PlanView p = queries.get(id);
        model.addAttribute("p", p);
        List<Long> unitIds = new ArrayList<>(p.issuerUnitIds());
        p.tasks().forEach(t -> {
            if (t.leadUnitId() != null) unitIds.add(t.leadUnitId());
            unitIds.addAll(t.assigneeUnitIds());
        });
        model.addAttribute("names", names(unitIds));
        model.addAttribute("openable", queries.openable(p, unitIds));
        model.addAttribute("ancestors", queries.ancestors(id));
        Map<Long, String> registry = new LinkedHashMap<>();
        p.baseRefs().stream().filter(b -> b.legalDocumentId() != null).forEach(b -> {
            try {
                registry.put(b.legalDocumentId(), legal.get(b.legalDocumentId()).numberSymbol());
            } catch (vn.gandan.shared.NotFoundException e) {
                // an entry removed from the registry: the citation text stays
            }
        });
        model.addAttribute("registry", registry);
        model.addAttribute("descendants", queries.descendants(id));
        permissions(p, model);
        model.addAttribute("missing", queries.missingForIssue(id));
        if (p.status() == Plan.Status.ISSUED) {
            PlanCoverage.Coverage covered0 = coverage.coverage(id);
            model.addAttribute("coverage", covered0);
            Set<Long> covered = new LinkedHashSet<>();
            covered0.units().stream().filter(u -> !"NONE".equals(u.status())).forEach(u -> covered.add(u.unitId()));
            LocalDate today = units.today();
            List<UnitView> deriveUnits = queries.callerUnits(true).stream()
                    .filter(u -> !p.issuerUnitIds().contains(u.id()) && !covered.contains(u.id())
                            && p.issuerUnitIds().stream().anyMatch(i -> units.isWithin(u.id(), i, today)))
                    .toList();
            model.addAttribute("deriveUnits", deriveUnits);
        }
        OfficialDocument doc = queries.document(id);
        model.addAttribute("doc", doc);
        model.addAttribute("approvalState", approvals.view("PLAN", id));
        model.addAttribute("signature", signing.signatureOf("PLAN", id).orElse(null));
        return "plans/plan";
    }

    /**
     * Defect 8: a plan may rest on the issuer's own issued plans (the Phòng's yearly plan under a thematic one) and on
     * plans from above, never on the plans of the units below it (those implement it).
     */
    private boolean baseCandidate(PlanQueries.PlanSummary pv, PlanForm form, LocalDate today) {
        Long issuer = form.getIssuerUnitId();
        return issuer == null || form.getBasePlanIds().contains(pv.id()) || pv.issuerUnitId() == issuer
                || !units.isWithin(pv.issuerUnitId(), issuer, today);
    }

    /** Which buttons the caller gets: drafters submit, leaders approve, return and sign, clerks issue approved plans. */
    private void permissions(PlanView p, Model model) {
        long first = p.issuerUnitIds().get(0);
        boolean drafter = queries.canDraft(first);
        boolean leader = queries.isLeader(first);
        Plan.Status st = p.status();
        boolean pending = st == Plan.Status.PENDING_APPROVAL;
        model.addAttribute("canEdit", drafter && st == Plan.Status.DRAFT);
        model.addAttribute("canSubmit", drafter && !leader && st == Plan.Status.DRAFT);
        model.addAttribute("canApprove", leader && pending);
        model.addAttribute("canSign", leader && (pending || st == Plan.Status.APPROVED));
        model.addAttribute("canReturn", leader && (pending || st == Plan.Status.APPROVED));
        model.addAttribute("signs", leader && st != Plan.Status.APPROVED);
        model.addAttribute("canIssue", leader && (st == Plan.Status.DRAFT || pending) || drafter && st == Plan.Status.APPROVED);
        model.addAttribute("canCancel", drafter && (st == Plan.Status.DRAFT || st == Plan.Status.ISSUED && leader));
        model.addAttribute("canCorrect", drafter && st == Plan.Status.ISSUED);
    }

    @GetMapping("/plans/new")
    String newForm(@RequestParam(required = false) Long unitId, Model model) {
        PlanForm f = new PlanForm();
        List<UnitView> mine = queries.callerUnits(true);
        if (mine.isEmpty()) throw ProblemException.forbidden("plans.noDraftingUnit");
        UnitView issuer = unitId == null ? mine.get(0) : mine.stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new vn.gandan.shared.NotFoundException("unit", unitId));
        f.setIssuerUnitId(issuer.id());
        f.setPlace(issuer.place());
        f.setPeriodValue(String.valueOf(units.today().getYear()));
        for (String h : List.of("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN")) {
            PlanForm.SectionRow s = new PlanForm.SectionRow();
            s.setHeading(h);
            f.getSections().add(s);
        }
        f.setRecipients("Lưu: VT");
        f.getSigners().add(new PlanForm.SignerRow());
        return editor(f, null, Map.of(), null, model);
    }

    @PostMapping("/plans/new")
    String create(@ModelAttribute("form") PlanForm form, org.springframework.validation.BindingResult bound,
                  @RequestParam(defaultValue = "save") String action, Model model) {
        if (queries.callerUnits(true).isEmpty()) throw ProblemException.forbidden("plans.noDraftingUnit");
        if (bound.hasErrors()) return editor(form, null, bindingErrors(bound), null, model);
        if (!"save".equals(action)) return editor(form, null, Map.of(), form.apply(action), model);
        try {
            form.expandGroups(TaskGroups.of(units, form.getIssuerUnitId(), units.today()));
            PlanView created = plans.create(form.toCommand(null));
            return "redirect:/plans/" + created.id() + "?saved";
        } catch (ProblemException e) {
            if (e.status() != 422) throw e;
            return editor(form, null, fieldErrors(e), null, model);
        }
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PlanView p = queries.get(id);
        if (p.status() != Plan.Status.DRAFT) return "redirect:/plans/" + id;
        PlanForm form = PlanForm.from(p);
        if (form.getSigners().isEmpty()) form.getSigners().add(new PlanForm.SignerRow());
        return editor(form, p, Map.of(), null, model);
    }

    @PostMapping("/plans/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") PlanForm form,
                  org.springframework.validation.BindingResult bound,
                  @RequestParam(defaultValue = "save") String action, Model model) {
        PlanView p = queries.get(id);
        if (bound.hasErrors()) return editor(form, p, bindingErrors(bound), null, model);
        if (!"save".equals(action)) return editor(form, p, Map.of(), form.apply(action), model);
        try {
            form.expandGroups(TaskGroups.of(units, form.getIssuerUnitId(), units.today()));
            plans.update(id, form.toCommand(null));
            return "redirect:/plans/" + id + "?saved";
        } catch (ProblemException e) {
            if (e.status() != 422) throw e;
            return editor(form, p, fieldErrors(e), null, model);
        }
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        return step(id, flash, "plans.submitted", () -> plans.submit(id));
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        return step(id, flash, "plans.approved", () -> plans.approve(id));
    }

    @PostMapping("/plans/{id}/return")
    String returnForChanges(@PathVariable long id, @RequestParam(required = false) String comment, Model model) {
        try {
            plans.returnForChanges(id, comment);
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            model.addAttribute("comment", comment);
            model.addAttribute("commentError", message(e.messageKey(), e.args()));
            return page(id, model);
        }
        return "redirect:/plans/" + id;
    }

    /** One approval step; a refusal (409, 422) comes back as a message on the plan page. */
    private String step(long id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", message(done, null));
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            flash.addFlashAttribute("problem", message(e.messageKey(), e.args()));
            flash.addFlashAttribute("problems", e.fieldProblems().stream().map(f -> message(f.messageKey(), f.args())).toList());
        }
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) String confirm, Model model, RedirectAttributes flash) {
        if (!"yes".equals(confirm)) {
            return confirmPage(id, "approval.confirm.issue", "issue", "plans.issue", model, flash, () -> plans.checkIssuable(id));
        }
        try {
            PlanView p = plans.issue(id);
            flash.addFlashAttribute("notice", messages.getMessage("plans.issued", new Object[]{p.numberSymbol()},
                    LocaleContextHolder.getLocale()));
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            flash.addFlashAttribute("problem", message(e.messageKey(), e.args()));
            flash.addFlashAttribute("problems", e.fieldProblems().stream().map(f -> message(f.messageKey(), f.args())).toList());
        }
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/derive")
    String derive(@PathVariable long id, @RequestParam long unitId, RedirectAttributes flash) {
        try {
            PlanView d = plans.derive(id, unitId);
            return "redirect:/plans/" + d.id() + "/edit?derived";
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            flash.addFlashAttribute("problem", message(e.messageKey(), e.args()));
            return "redirect:/plans/" + id;
        }
    }

    @PostMapping("/plans/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String confirm, Model model, RedirectAttributes flash) {
        if (!"yes".equals(confirm)) {
            return confirmPage(id, "plans.confirmCancel", "cancel", "plans.withdraw", model, flash, () -> plans.checkCancellable(id));
        }
        try {
            plans.cancel(id);
        } catch (ProblemException e) {
            if (e.status() != 409) throw e;
            flash.addFlashAttribute("problem", message(e.messageKey(), e.args()));
        }
        return "redirect:/plans/" + id;
    }

    /**
     * An irreversible step posted without its confirmation (no JavaScript, or the box left unticked): a confirmation
     * page whose form posts the same step with confirm=yes.
     */
    private String confirmPage(long id, String questionKey, String action, String buttonKey, Model model,
                               RedirectAttributes flash, Runnable allowed) {
        try {
            allowed.run(); // 403 before the page for a caller without the role; 409 back on the plan page
        } catch (ProblemException e) {
            if (e.status() != 409) throw e;
            flash.addFlashAttribute("problem", message(e.messageKey(), e.args()));
            return "redirect:/plans/" + id;
        }
        PlanView p = queries.get(id);
        model.addAttribute("title", message("approval.confirm.title", null));
        model.addAttribute("question", messages.getMessage(questionKey, new Object[]{p.title()}, LocaleContextHolder.getLocale()));
        model.addAttribute("action", "/plans/" + id + "/" + action);
        model.addAttribute("back", "/plans/" + id);
        model.addAttribute("button", message(buttonKey, null));
        return "approval/confirm";
    }

    @PostMapping("/plans/{id}/version")
    String newVersion(@PathVariable long id) {
        return "redirect:/plans/" + plans.newVersion(id).id() + "/edit";
    }

    @GetMapping("/plans/{id}/document.docx")
    ResponseEntity<byte[]> documentDocx(@PathVariable long id) {
        return files.document(id, "docx");
    }

    @GetMapping("/plans/{id}/document.pdf")
    ResponseEntity<byte[]> documentPdf(@PathVariable long id) {
        return files.document(id, "pdf");
    }

    // ---------------------------------------------------------------- helpers

    private String editor(PlanForm form, PlanView existing, Map<String, String> errors, String anchor, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("anchor", anchor);
        List<UnitView> mine = new ArrayList<>(queries.callerUnits(true));
        if (form.getIssuerUnitId() != null && mine.stream().noneMatch(u -> u.id().equals(form.getIssuerUnitId()))) {
            units.find(form.getIssuerUnitId()).ifPresent(mine::add);
        }
        model.addAttribute("issuerUnits", mine);
        LocalDate today = units.today();
        List<UnitView> taskUnits = new ArrayList<>();
        List<UnitView> partners = new ArrayList<>();
        if (form.getIssuerUnitId() != null) {
            units.find(form.getIssuerUnitId()).ifPresent(taskUnits::add);
            taskUnits.addAll(units.children(form.getIssuerUnitId(), today));
            units.details(form.getIssuerUnitId()).relations().stream()
                    .filter(r -> r.kind() == RelationKind.PHOI_HOP)
                    .forEach(r -> units.find(r.otherId()).ifPresent(partners::add));
        }
        form.getCoIssuerUnitIds().stream().filter(x -> x != null && partners.stream().noneMatch(u -> u.id().equals(x)))
                .forEach(x -> units.find(x).ifPresent(partners::add));
        model.addAttribute("taskUnits", taskUnits);
        model.addAttribute("taskGroups", TaskGroups.options(TaskGroups.of(units, form.getIssuerUnitId(), today)));
        model.addAttribute("partners", partners);
        int year;
        try {
            year = Integer.parseInt(form.getPeriodValue() == null ? "" : form.getPeriodValue().substring(0, 4));
        } catch (RuntimeException e) {
            year = today.getYear();
        }
        List<PlanQueries.PlanSummary> candidates = queries.summaries(queries.listIds(null, year, "ISSUED", null, null, 100)).stream()
                .filter(pv -> existing == null || pv.id() != existing.id())
                .filter(pv -> baseCandidate(pv, form, today))
                .toList();
        model.addAttribute("baseCandidates", candidates);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("recurrences", List.of("ONCE", "MONTHLY", "QUARTERLY", "SEMI_ANNUAL", "ANNUAL", "CONTINUOUS"));
        model.addAttribute("reportPeriods", List.of("QUARTER_1", "QUARTERLY", "SIX_MONTH", "NINE_MONTH", "ANNUAL", "OTHER"));
        return "plans/edit";
    }

    /** Service field names → editor field names, with messages in the caller's language. */
    private Map<String, String> fieldErrors(ProblemException e) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("_global", message(e.messageKey(), e.args()));
        for (FieldProblem f : e.fieldProblems()) {
            String name = f.field()
                    .replaceFirst("^issuerUnitIds.*", "issuerUnitId")
                    .replaceFirst("^period.*", "periodValue")
                    .replaceFirst("^reportDeadlines", "deadlines")
                    .replaceFirst("^baseRefs.*", "citations")
                    .replaceFirst("^recipients.*", "recipients")
                    .replaceFirst("^tasks\\[(\\d+)]\\.assigneeUnitIds.*", "tasks[$1].assigneeUnitIds");
            out.merge(name, message(f.messageKey(), f.args()), (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        return out;
    }

    /** Values that could not be read (a date typed 31/13/2026): a Vietnamese message per field; the typed text stays. */
    private Map<String, String> bindingErrors(org.springframework.validation.BindingResult bound) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("_global", message("plans.validation.failed", new Object[]{bound.getErrorCount()}));
        bound.getFieldErrors().forEach(f -> out.put(f.getField(), message(
                f.getField().endsWith("due") ? "plans.validation.date" : "error.invalidField", null)));
        return out;
    }

    private String message(String key, Object[] args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }



    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        units.findAll(new LinkedHashSet<>(ids)).forEach(u -> out.put(u.id(), u.name()));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
