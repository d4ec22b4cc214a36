package vn.gandan.disclosure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** Pages: a unit's disclosure register with the publish form, its schools' traffic lights and 12 months of compliance. */
@Controller
class DisclosureController {

    private final DisclosureService service;
    private final DisclosureStore store;
    private final DisclosureCompliance compliance;
    private final Catalogue catalogue;
    private final UnitService units;
    private final AccessService access;
    private final MessageSource messages;

    DisclosureController(DisclosureService service, DisclosureStore store, DisclosureCompliance compliance, Catalogue catalogue,
                         UnitService units, AccessService access, MessageSource messages) {
        this.service = service;
        this.store = store;
        this.compliance = compliance;
        this.catalogue = catalogue;
        this.units = units;
        this.access = access;
        this.messages = messages;
    }

    @Bean
    static NavItem disclosureNav() {
        return new NavItem("nav.disclosure", "/disclosures", 32, "megaphone", null).inGroup(NavItem.DAN_VAN);
    }

    @GetMapping("/disclosures")
    String mine() {
        Caller c = access.requireCaller();
        Long unit = c.unitId() != null ? c.unitId() : access.grantRootIds().stream().findFirst().orElse(null);
        return unit == null ? "redirect:/units" : "redirect:/units/" + unit + "/disclosures";
    }

    @GetMapping("/units/{id}/disclosures")
    String register(@PathVariable long id, Model model) {
        access.requireVisible(id);
        LocalDate today = store.today();
        UnitView unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("summary", compliance.on(id, today));
        model.addAttribute("items", catalogue.applicable(unit, today));
        model.addAttribute("register", store.forUnit(id));
        List<Object[]> history = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            LocalDate end = i == 0 ? today : YearMonth.from(today).minusMonths(i).atEndOfMonth();
            history.add(new Object[] {end, compliance.on(id, end).percent()});
        }
        model.addAttribute("history", history);
        model.addAttribute("today", today);
        if (!model.containsAttribute("entered")) model.addAttribute("entered", Map.of("publishedOn", today.toString()));
        return "disclosure/register";
    }

    @PostMapping("/units/{id}/disclosures")
    String publish(@PathVariable long id, @RequestParam Map<String, String> form,
                   @RequestParam(name = "forms", required = false) List<String> forms, Model model) {
        try {
            service.publish(new DisclosureService.Publish(id, form.get("itemCode"), date(form.get("publishedOn"), "publishedOn"),
                    forms, form.get("evidenceUrl"), form.get("period"), form.get("title"), date(form.get("decidedOn"), "decidedOn")));
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) throw e;
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.fieldProblems().forEach(p -> errors.putIfAbsent(p.field(),
                    messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale())));
            model.addAttribute("errors", errors);
            model.addAttribute("entered", form);
            model.addAttribute("enteredForms", forms == null ? List.of() : forms);
            return register(id, model);
        }
        return "redirect:/units/" + id + "/disclosures";
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.DateTimeException e) {
            throw ProblemException.invalid("disclosure.error.invalid", List.of(FieldProblem.of(field, "disclosure.error.date")));
        }
    }
}
