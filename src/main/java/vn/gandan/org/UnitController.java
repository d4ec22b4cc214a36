package vn.gandan.org;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** Pages of the organisation tree: browse and search, a unit's page, create, edit, move, dissolve. */
@Controller
@RequestMapping("/units")
class UnitController {

    private static final List<String> EDITABLE = List.of("name", "shortName", "place", "address", "phone", "email",
            "governingBody");

    private final UnitService units;
    private final UnitAdmin admin;
    private final CallerScope scope;
    private final PeopleService people;

    UnitController(UnitService units, UnitAdmin admin, CallerScope scope, PeopleService people) {
        this.units = units;
        this.admin = admin;
        this.scope = scope;
        this.people = people;
    }

    @Bean
    static NavItem unitsNav() {
        return new NavItem("nav.units", "/units", 10, "diagram-3", null);
    }

    @GetMapping
    String tree(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            model.addAttribute("results", units.search(q, 500, scope.scopeSql("UNIT_ID")).stream()
                    .filter(u -> u.validTo() == null || scope.canSee(u.id())).limit(100).toList());
        }
        model.addAttribute("roots", scope.isSystemAdmin() ? units.roots() : units.findAll(scope.rootUnitIds()));
        return "org/tree";
    }

    @HxRequest
    @GetMapping("/{id}/children")
    String children(@PathVariable long id, Model model) {
        scope.requireVisible(id);
        model.addAttribute("children", units.children(id, units.today()));
        return "org/tree :: children";
    }

    @GetMapping("/{id}")
    String unit(@PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        scope.requireVisible(id);
        LocalDate day = asOf == null ? units.today() : asOf;
        UnitService.UnitDetails details = units.details(id);
        model.addAttribute("d", details);
        model.addAttribute("asOf", day);
        model.addAttribute("children", units.children(id, day));
        List<UnitView> ancestors = new java.util.ArrayList<>(units.findAll(units.ancestorIds(id, day)).stream()
                .filter(a -> scope.canSee(a.id())).toList());
        java.util.Collections.reverse(ancestors);
        model.addAttribute("ancestors", ancestors);
        // links only to units the caller may open (a school sees its Phòng's name, not a link that answers 404)
        java.util.Set<Long> openable = new java.util.HashSet<>();
        details.history().forEach(h -> openable.add(h.parentId()));
        details.relations().forEach(r -> openable.add(r.otherId()));
        openable.removeIf(u -> u == null || !scope.canSee(u));
        model.addAttribute("openable", openable);
        model.addAttribute("canAdminister", scope.canAdminister(id));
        model.addAttribute("people", people.inUnit(id));
        return "org/unit";
    }

    @PostMapping("/{id}/people")
    String addPerson(@PathVariable long id, @RequestParam String fullName, @RequestParam String position,
                     @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
        requireAdmin(id);
        people.add(id, fullName, position, email, phone, validFrom);
        return "redirect:/units/" + id + "#people";
    }

    @PostMapping("/{id}/people/{personId}/leave")
    String leave(@PathVariable long id, @PathVariable long personId,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
        requireAdmin(id);
        people.leave(personId, id, lastDay);
        return "redirect:/units/" + id + "#people";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        requireAdmin(parentId);
        model.addAttribute("form", UnitForm.child(parentId, units.today()));
        model.addAttribute("creating", true);
        return "org/edit";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model) {
        requireAdmin(form.parentId());
        model.addAttribute("creating", true);
        if (errors.hasErrors()) {
            return "org/edit";
        }
        try {
            long id = admin.create(form.toNew(), form.toContact()).id();
            admin.setGoverningBody(id, form.governingBody());
            return "redirect:/units/" + id;
        } catch (ProblemException e) {
            return rejected(e, errors, "org/edit");
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireAdmin(id);
        model.addAttribute("form", UnitForm.of(units.details(id)));
        model.addAttribute("unitId", id);
        model.addAttribute("creating", false);
        return "org/edit";
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model) {
        requireAdmin(id);
        model.addAttribute("unitId", id);
        model.addAttribute("creating", false);
        if (errors.getTarget() == null || EDITABLE.stream().anyMatch(errors::hasFieldErrors)) {
            return "org/edit"; // no target: a value could not be converted at all (shown with its field)
        }
        try {
            admin.update(id, form.toEdit());
            admin.setGoverningBody(id, form.governingBody());
            return "redirect:/units/" + id;
        } catch (ProblemException e) {
            return rejected(e, errors, "org/edit");
        }
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam String parentCode,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        requireAdmin(id);
        UnitView parent = units.findByCode(parentCode.strip()).filter(p -> scope.canSee(p.id()))
                .orElseThrow(() -> ProblemException.invalid("error.validation",
                        List.of(FieldProblem.of("parentCode", "org.unit.parent.unknown"))));
        admin.move(id, parent.id(), day);
        return "redirect:/units/" + id + "?asOf=" + day;
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        requireAdmin(id);
        admin.dissolve(id, day);
        return "redirect:/units/" + id;
    }

    private void requireAdmin(Long unitId) {
        if (unitId == null ? !scope.isSystemAdmin() : !scope.canAdminister(unitId)) {
            if (unitId != null) {
                scope.requireVisible(unitId);
            }
            throw ProblemException.forbidden("org.unit.adminOnly");
        }
    }

    static String rejected(ProblemException e, BindingResult errors, String view) {
        if (e.fieldProblems().isEmpty()) {
            throw e;
        }
        for (FieldProblem p : e.fieldProblems()) {
            if (errors.getTarget() == null) {
                errors.reject(p.messageKey(), p.args(), null);
                continue;
            }
            errors.rejectValue(p.field().equals("parentCode") ? "parentId" : p.field(), p.messageKey(), p.args(), null);
        }
        return view;
    }
}
