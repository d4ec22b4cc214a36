package vn.gandan.reporting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.access.Role;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** Pages for reporting regimes: the list, one regime, and the create/edit form of the receiver's managers. */
@Controller
class RegimeController {

    private final RegimeService regimes;
    private final FormCatalog forms;
    private final UnitService units;
    private final AccessService access;

    RegimeController(RegimeService regimes, FormCatalog forms, UnitService units, AccessService access) {
        this.regimes = regimes;
        this.forms = forms;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/reports/regimes")
    String list(Model model) {
        List<ReportingRegime> all = regimes.list();
        model.addAttribute("regimes", all);
        model.addAttribute("receivers", names(all.stream().map(ReportingRegime::receiverUnitId).toList()));
        model.addAttribute("canCreate", regimes.canCreate());
        return "reporting/regimes";
    }

    @GetMapping("/reports/regimes/{id}")
    String detail(@PathVariable long id, Model model) {
        ReportingRegime r = regimes.get(id);
        model.addAttribute("r", r);
        List<Long> all = new java.util.ArrayList<>(java.util.Collections.singletonList(r.receiverUnitId()));
        all.addAll(r.coReceiverUnitIds());
        model.addAttribute("receivers", names(all));
        model.addAttribute("canManage", regimes.canManage(r));
        return "reporting/regime";
    }

    @GetMapping("/reports/regimes/new")
    String create(Model model) {
        RegimeCommand blank = new RegimeCommand(null, ReportController.DEFAULT_FORM, null, List.of("TRUONG"),
                List.of(new RegimeCommand.PeriodInput("SIX_MONTH", ReportingRegime.DEFAULT_CUT_OFF_DAY),
                        new RegimeCommand.PeriodInput("ANNUAL", ReportingRegime.DEFAULT_CUT_OFF_DAY)),
                List.of(new RegimeCommand.DeadlineInput("TRUONG", 2, null, null, ReportService.DEFAULT_LOCK_DAYS)),
                null, null, null);
        return form(null, blank, List.of(), model);
    }

    @GetMapping("/reports/regimes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ReportingRegime r = regimes.get(id);
        if (!regimes.canManage(r)) {
            throw ProblemException.forbidden("reporting.regime.managerOnly");
        }
        return form(r, RegimeCommand.of(r), List.of(), model);
    }

    @PostMapping("/reports/regimes")
    String save(@RequestParam(required = false) Long receiverUnitId, @RequestParam MultiValueMap<String, String> body,
                Model model) {
        return attempt(null, body, receiverUnitId, model);
    }

    @PostMapping("/reports/regimes/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> body, Model model) {
        ReportingRegime r = regimes.get(id);
        return attempt(r, body, r.receiverUnitId(), model);
    }

    private String attempt(ReportingRegime existing, MultiValueMap<String, String> body, Long receiver, Model model) {
        RegimeCommand c;
        try {
            c = RegimeForm.read(body, receiver, code -> units.findByCode(code).map(UnitView::id).orElse(null));
        } catch (RegimeForm.Invalid e) {
            model.addAttribute("coReceiverText", body.getFirst("coReceivers"));
            return form(existing, e.entered, e.problem.fieldProblems(), model);
        }
        model.addAttribute("coReceiverText", body.getFirst("coReceivers"));
        try {
            ReportingRegime saved = existing == null ? regimes.create(c) : regimes.update(existing.id(), c);
            return "redirect:/reports/regimes/" + saved.id();
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            return form(existing, c, e.fieldProblems(), model);
        }
    }

    private String form(ReportingRegime existing, RegimeCommand c, List<FieldProblem> problems, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("c", c);
        model.addAttribute("rows", RegimeForm.rows(c));
        model.addAttribute("cutOffDays", RegimeForm.cutOffDays(c));
        model.addAttribute("selectedTypes", c.periods().stream().map(RegimeCommand.PeriodInput::type).toList());
        model.addAttribute("problems", problems);
        Map<String, FieldProblem> errors = new LinkedHashMap<>();
        // the API names each co-receiver (coReceiverUnitIds[i]); the page has one field listing their codes
        problems.forEach(p -> errors.putIfAbsent(p.field().startsWith("coReceiverUnitIds") ? "coReceivers" : p.field(), p));
        if (!model.containsAttribute("coReceiverText")) {
            model.addAttribute("coReceiverText", String.join(", ", units.findAll(c.coReceiverUnitIds() == null ? List.of() : c.coReceiverUnitIds()).stream()
                    .map(UnitView::code).toList()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("formCodes", forms.codes());
        model.addAttribute("kinds", Arrays.stream(UnitKind.values()).map(Enum::name).toList());
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("managed", managedUnits());
        model.addAttribute("receivers", names(java.util.Collections.singletonList(c.receiverUnitId())));
        return "reporting/regime-form";
    }

    /** Units whose reports the caller may organise: where they are a leader or specialist. */
    private List<UnitView> managedUnits() {
        return access.caller().map(caller -> caller.grants().stream()
                .filter(g -> g.role() == Role.LEADER || g.role() == Role.SPECIALIST).map(g -> g.unitId()).distinct()
                .toList()).map(units::findAll).orElse(List.of());
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        units.findAll(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
