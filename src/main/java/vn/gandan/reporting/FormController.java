package vn.gandan.reporting;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.org.UnitService;
import vn.gandan.shared.ProblemException;

/** The form builder: list forms, create one, add or remove indicators, outline sections and checks. */
@Controller
class FormController {

    private final FormAdmin admin;
    private final FormCatalog catalog;
    private final FormOwnership owners;
    private final UnitService units;

    FormController(FormAdmin admin, FormCatalog catalog, FormOwnership owners, UnitService units) {
        this.admin = admin;
        this.catalog = catalog;
        this.owners = owners;
        this.units = units;
    }

    @GetMapping("/reports/forms")
    String list(@RequestParam(required = false) String code, Model model) {
        List<String> codes = catalog.codes();
        model.addAttribute("codes", codes);
        String selected = code != null ? code : codes.isEmpty() ? null : codes.get(0);
        if (selected != null) {
            FormDef form = catalog.byCode(selected);
            model.addAttribute("form", form);
            model.addAttribute("mayChange", owners.mayChange(form.id()));
            model.addAttribute("owner", form.ownerUnitId() == null ? null : units.get(form.ownerUnitId()).name());
            model.addAttribute("history", owners.history(form.id()));
        }
        model.addAttribute("ownerUnits", units.findAll(owners.adminUnits()));
        model.addAttribute("aggregations", FormDef.Aggregation.values());
        return "reporting/forms";
    }

    @PostMapping("/reports/forms")
    String create(@RequestParam(required = false) Long ownerUnitId, @RequestParam String code, @RequestParam String name,
                  Model model) {
        return attempt(model, null, () -> admin.createForm(ownerUnitId, code, name), code);
    }

    @PostMapping("/reports/forms/{code}/indicators")
    String indicator(@PathVariable String code, @RequestParam("indicatorCode") String indicatorCode,
                     @RequestParam String name, @RequestParam(required = false) String unitLabel,
                     @RequestParam FormDef.Aggregation aggregation,
                     @RequestParam(defaultValue = "false") boolean fractional, Model model) {
        long id = catalog.byCode(code).id();
        return attempt(model, code, () -> admin.addIndicator(id, indicatorCode, name, unitLabel, aggregation, fractional), code);
    }

    @PostMapping("/reports/forms/{code}/indicators/{indicator}/remove")
    String removeIndicator(@PathVariable String code, @PathVariable String indicator) {
        admin.removeIndicator(catalog.byCode(code).id(), indicator);
        return redirect(code);
    }

    @PostMapping("/reports/forms/{code}/sections")
    String section(@PathVariable String code, @RequestParam("sectionCode") String sectionCode,
                   @RequestParam String heading, Model model) {
        long id = catalog.byCode(code).id();
        return attempt(model, code, () -> admin.addSection(id, sectionCode, heading), code);
    }

    @PostMapping("/reports/forms/{code}/sections/{section}/remove")
    String removeSection(@PathVariable String code, @PathVariable String section) {
        admin.removeSection(catalog.byCode(code).id(), section);
        return redirect(code);
    }

    @PostMapping("/reports/forms/{code}/rules")
    String rule(@PathVariable String code, @RequestParam String left, @RequestParam String operator,
                @RequestParam String right, Model model) {
        long id = catalog.byCode(code).id();
        return attempt(model, code, () -> admin.addRule(id, left, operator, right), code);
    }

    @PostMapping("/reports/forms/{code}/rules/{rule}/remove")
    String removeRule(@PathVariable String code, @PathVariable long rule) {
        admin.removeRule(catalog.byCode(code).id(), rule);
        return redirect(code);
    }

    private String attempt(Model model, String current, Runnable change, String next) {
        try {
            change.run();
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            model.addAttribute("problems", e.fieldProblems());
            return list(current, model);
        }
        return redirect(next);
    }

    private static String redirect(String code) {
        return "redirect:/reports/forms?code=" + code.strip().toUpperCase(Locale.ROOT);
    }
}
