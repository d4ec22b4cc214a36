package vn.gandan.reporting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.shared.ProblemException;

/** The form builder: list forms, create one, add indicators, outline sections and checks. */
@Controller
class FormController {

    private final FormAdmin admin;
    private final FormCatalog catalog;

    FormController(FormAdmin admin, FormCatalog catalog) {
        this.admin = admin;
        this.catalog = catalog;
    }

    @GetMapping("/reports/forms")
    String list(@RequestParam(required = false) String code, Model model) {
        java.util.List<String> codes = catalog.codes();
        model.addAttribute("codes", codes);
        String selected = code != null ? code : codes.isEmpty() ? null : codes.get(0);
        if (selected != null) {
            model.addAttribute("form", catalog.byCode(selected));
        }
        model.addAttribute("aggregations", FormDef.Aggregation.values());
        return "reporting/forms";
    }

    @PostMapping("/reports/forms")
    String create(@RequestParam String code, @RequestParam String name, Model model) {
        return attempt(model, null, () -> admin.createForm(code, name), code);
    }

    @PostMapping("/reports/forms/{code}/indicators")
    String indicator(@PathVariable String code, @RequestParam("indicatorCode") String indicatorCode,
                     @RequestParam String name, @RequestParam(required = false) String unitLabel,
                     @RequestParam FormDef.Aggregation aggregation, Model model) {
        long id = catalog.byCode(code).id();
        return attempt(model, code, () -> admin.addIndicator(id, indicatorCode, name, unitLabel, aggregation), code);
    }

    @PostMapping("/reports/forms/{code}/sections")
    String section(@PathVariable String code, @RequestParam("sectionCode") String sectionCode,
                   @RequestParam String heading, Model model) {
        long id = catalog.byCode(code).id();
        return attempt(model, code, () -> admin.addSection(id, sectionCode, heading), code);
    }

    @PostMapping("/reports/forms/{code}/rules")
    String rule(@PathVariable String code, @RequestParam String left, @RequestParam String operator,
                @RequestParam String right, Model model) {
        long id = catalog.byCode(code).id();
        return attempt(model, code, () -> admin.addRule(id, left, operator, right), code);
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
        return "redirect:/reports/forms?code=" + next.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
