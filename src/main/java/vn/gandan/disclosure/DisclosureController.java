package vn.gandan.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;
import vn.gandan.web.UnitPages;

/**
 * Pages: a unit's disclosure register with the publish form (pre-filled from a link, e.g. a conference's resolution),
 * evidence per publication, its schools' traffic lights and 12 months of compliance, the unit's and each school's.
 */
@Controller
class DisclosureController {

    private final DisclosureService service;
    private final DisclosureStore store;
    private final Catalogue catalogue;
    private final ComplianceHistory history;
    private final UnitPages pages;
    private final MessageSource messages;

    DisclosureController(DisclosureService service, DisclosureStore store, Catalogue catalogue, ComplianceHistory history,
                         UnitPages pages, MessageSource messages) {
        this.service = service;
        this.store = store;
        this.catalogue = catalogue;
        this.history = history;
        this.pages = pages;
        this.messages = messages;
    }

    @Bean
    static NavItem disclosureNav() {
        return new NavItem("nav.disclosure", "/disclosures", 32, "megaphone", null).inGroup(NavItem.DAN_VAN);
    }

    @GetMapping("/disclosures")
    String mine() {
        return pages.redirectToOwn("disclosures");
    }

    @GetMapping("/units/{id}/disclosures")
    String register(@PathVariable long id, @RequestParam Map<String, String> prefill, Model model) {
        UnitView unit = pages.open(id).unit();
        LocalDate today = store.today();
        ComplianceHistory.Months months = history.of(id, today);
        DisclosureCompliance.Summary summary = months.latest();
        model.addAttribute("unit", unit);
        model.addAttribute("summary", summary);
        model.addAttribute("items", catalogue.applicable(unit, today));
        model.addAttribute("register", store.forUnit(id));
        model.addAttribute("history", months.own());
        model.addAttribute("schoolHistory", months.bySchool());
        boolean others = summary.schools().size() > 1 || (summary.schools().size() == 1 && summary.schools().get(0).unitId() != id);
        model.addAttribute("lights", others ? lights(summary) : List.of());
        model.addAttribute("today", today);
        if (!model.containsAttribute("entered")) {
            Map<String, String> entered = new LinkedHashMap<>(prefill);
            entered.putIfAbsent("publishedOn", today.toString());
            model.addAttribute("entered", entered);
            model.addAttribute("prefilled", prefill.containsKey("itemCode"));
        }
        return "disclosure/register";
    }

    private List<UnitPages.Light> lights(DisclosureCompliance.Summary summary) {
        List<UnitPages.Light> out = new ArrayList<>();
        for (DisclosureCompliance.School s : summary.schools()) {
            out.add(new UnitPages.Light(s.code(), s.name(), "/units/" + s.unitId() + "/disclosures", s.light(),
                    messages.getMessage("disclosure.light", new Object[] {s.percent(), s.lapsed(), s.missing()}, LocaleContextHolder.getLocale())));
        }
        return out;
    }

    @PostMapping("/units/{id}/disclosures")
    String publish(@PathVariable long id, @RequestParam Map<String, String> form,
                   @RequestParam(name = "forms", required = false) List<String> forms, Model model) {
        try {
            service.publish(new DisclosureService.Publish(id, form.get("itemCode"), date(form.get("publishedOn"), "publishedOn"),
                    forms, form.get("evidenceUrl"), form.get("period"), form.get("title"), date(form.get("decidedOn"), "decidedOn")));
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) throw e;
            model.addAttribute("errors", errors(e));
            model.addAttribute("entered", form);
            model.addAttribute("enteredForms", forms == null ? List.of() : forms);
            return register(id, Map.of(), model);
        }
        return "redirect:/units/" + id + "/disclosures";
    }

    /** field → message in the reader's language (first per field). */
    Map<String, String> errors(ProblemException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldProblems().forEach(p -> errors.putIfAbsent(p.field(),
                messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale())));
        return errors;
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
