package vn.gandan.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * The plan editor's pages: a new draft and a draft's edit, without JavaScript (add/remove/move rows post the form
 * back), every refusal shown in place with the typed input kept. The editor's choices: {@link PlanEditorModel}.
 */
@Controller
class PlanEditorPages {

    private final PlanService plans;
    private final PlanQueries queries;
    private final UnitService units;
    private final PlanEditorModel editorModel;
    private final PlanMessages messages;
    private final CoReceiverNames coReceivers;

    PlanEditorPages(PlanService plans, PlanQueries queries, UnitService units, PlanEditorModel editorModel,
                    PlanMessages messages, CoReceiverNames coReceivers) {
        this.coReceivers = coReceivers;
        this.plans = plans;
        this.queries = queries;
        this.units = units;
        this.editorModel = editorModel;
        this.messages = messages;
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
            PlanFormRows.SectionRow s = new PlanFormRows.SectionRow();
            s.setHeading(h);
            f.getSections().add(s);
        }
        f.setRecipients("Lưu: VT");
        f.getSigners().add(new PlanFormRows.SignerRow());
        return editor(f, null, Map.of(), null, model);
    }

    @PostMapping("/plans/new")
    String create(@ModelAttribute("form") PlanForm form, org.springframework.validation.BindingResult bound,
                  @RequestParam(defaultValue = "save") String action, Model model) {
        if (queries.callerUnits(true).isEmpty()) throw ProblemException.forbidden("plans.noDraftingUnit");
        if (bound.hasErrors()) return editor(form, null, bindingErrors(bound), null, model);
        if (!"save".equals(action)) return editor(form, null, Map.of(), form.apply(action), model);
        Map<String, String> unknown = unknownCoReceivers(form);
        if (!unknown.isEmpty()) return editor(form, null, unknown, null, model);
        try {
            form.expandGroups(TaskGroups.of(units, form.getIssuerUnitId(), units.today()));
            PlanView created = plans.create(PlanFormMapping.toCommand(form));
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
        PlanForm form = PlanFormMapping.from(p);
        coReceivers.describe(form);
        if (form.getSigners().isEmpty()) form.getSigners().add(new PlanFormRows.SignerRow());
        return editor(form, p, Map.of(), null, model);
    }

    @PostMapping("/plans/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") PlanForm form,
                  org.springframework.validation.BindingResult bound,
                  @RequestParam(defaultValue = "save") String action, Model model) {
        PlanView p = queries.get(id);
        if (bound.hasErrors()) return editor(form, p, bindingErrors(bound), null, model);
        if (!"save".equals(action)) return editor(form, p, Map.of(), form.apply(action), model);
        Map<String, String> unknown = unknownCoReceivers(form);
        if (!unknown.isEmpty()) return editor(form, p, unknown, null, model);
        try {
            form.expandGroups(TaskGroups.of(units, form.getIssuerUnitId(), units.today()));
            plans.update(id, PlanFormMapping.toCommand(form));
            return "redirect:/plans/" + id + "?saved";
        } catch (ProblemException e) {
            if (e.status() != 422) throw e;
            return editor(form, p, fieldErrors(e), null, model);
        }
    }

    private String editor(PlanForm form, PlanView existing, Map<String, String> errors, String anchor, Model model) {
        return editorModel.fill(form, existing, errors, anchor, model);
    }

    /** Defect 12: co-receivers typed that name no unit, in place, the text kept. */
    private Map<String, String> unknownCoReceivers(PlanForm form) {
        Map<String, String> out = new LinkedHashMap<>();
        coReceivers.apply(form).forEach((field, names) -> out.put(field,
                messages.get("plans.validation.coReceiverUnknown", new Object[]{String.join(", ", names)})));
        if (!out.isEmpty()) out.put("_global", messages.get("plans.validation.failed", new Object[]{out.size()}));
        return out;
    }

    /** Service field names → editor field names, with messages in the caller's language. */
    private Map<String, String> fieldErrors(ProblemException e) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("_global", messages.get(e.messageKey(), e.args()));
        for (FieldProblem f : e.fieldProblems()) {
            String name = f.field()
                    .replaceFirst("^issuerUnitIds.*", "issuerUnitId")
                    .replaceFirst("^period.*", "periodValue")
                    .replaceFirst("^reportDeadlines", "deadlines")
                    .replaceFirst("^baseRefs.*", "citations")
                    .replaceFirst("^recipients.*", "recipients")
                    .replaceFirst("^tasks\\[(\\d+)]\\.assigneeUnitIds.*", "tasks[$1].assigneeUnitIds")
                    .replaceFirst("^deadlines\\[(\\d+)]\\.coReceiverUnitIds.*", "deadlines[$1].coReceivers");
            out.merge(name, messages.get(f.messageKey(), f.args()), (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        return out;
    }

    /** Values that could not be read (a date typed 31/13/2026): a Vietnamese message per field; the typed text stays. */
    private Map<String, String> bindingErrors(org.springframework.validation.BindingResult bound) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("_global", messages.get("plans.validation.failed", new Object[]{bound.getErrorCount()}));
        bound.getFieldErrors().forEach(f -> out.put(f.getField(), messages.get(
                f.getField().endsWith("due") ? "plans.validation.date" : "error.invalidField", null)));
        return out;
    }

}
