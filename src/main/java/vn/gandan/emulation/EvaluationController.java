package vn.gandan.emulation;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.org.PeopleService;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** Pages of staff evaluation (I1, I2): a unit's evaluations for a period, opening one, the head's rating. */
@Controller
class EvaluationController {

    private final EvaluationService evaluations;
    private final EvalSettings settings;
    private final AccessService access;
    private final PeopleService people;
    private final Actors actors;
    private final MessageSource messages;
    private final EvaluationPage page;
    private final EvaluationReaders readers;

    EvaluationController(EvaluationService evaluations, EvalSettings settings, AccessService access, PeopleService people,
                         Actors actors, MessageSource messages, EvaluationPage page, EvaluationReaders readers) {
        this.readers = readers;
        this.page = page;
        this.evaluations = evaluations;
        this.settings = settings;
        this.access = access;
        this.people = people;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/emulation/evaluations")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String period, Model model) {
        long unit = unitId != null ? unitId : java.util.Optional.ofNullable(access.requireCaller().unitId())
                .orElseThrow(() -> new NotFoundException("unit", null));
        String p = period == null || period.isBlank() ? schoolYear() : period.strip();
        EvaluationPeriod parsed = EvaluationPeriod.parse(p);
        boolean all = evaluations.seesAll(unit);
        List<EvaluationView> rows = all ? evaluations.forUnit(unit, p) : evaluations.ownInUnit(unit, p);
        model.addAttribute("rows", rows);
        model.addAttribute("all", all);
        model.addAttribute("unitId", unit);
        model.addAttribute("unitName", actors.unitName(unit));
        model.addAttribute("period", p);
        model.addAttribute("periodValid", parsed != null);
        var rule = parsed == null ? java.util.Optional.<EvalSettings.Setting>empty() : settings.on(parsed.to());
        model.addAttribute("rule", rule.map(EvaluationQuotas::rule).orElse(null));
        model.addAttribute("quotas", rule.map(r -> EvaluationQuotas.of(rows, r)).orElse(List.of()));
        model.addAttribute("canOpen", actors.may(unit));
        Long own = readers.ownPerson(unit).orElse(null);
        model.addAttribute("ownPerson", own != null && parsed != null && rows.stream().noneMatch(r -> r.personId() == own) ? own : null);
        model.addAttribute("people", actors.may(unit) ? people.inUnit(unit) : List.of());
        model.addAttribute("levels", StaffLevel.values());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of("period", p, "account", access.requireCaller().username(), "staffGroup", ""));
        }
        return "emulation/evaluations";
    }

    @PostMapping("/emulation/evaluations")
    String open(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        Map<String, String> f = form.toSingleValueMap();
        Long unit = number(f.get("unitId"));
        if (unit == null) throw new NotFoundException("unit", null);
        try {
            EvaluationView e = evaluations.open(unit, number(f.get("personId")), f.get("period"), f.get("staffGroup"),
                    f.get("account"), f.get("selfText"), f.get("selfLevel"));
            return "redirect:/emulation/evaluations/" + e.id();
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            response.setStatus(422);
            model.addAttribute("errors", PageErrors.of(e, messages));
            model.addAttribute("entered", f);
            return list(unit, f.get("period"), model);
        }
    }

    @GetMapping("/emulation/evaluations/{id}")
    String page(@PathVariable long id, Model model) {
        return page.fill(id, model);
    }

    @PostMapping("/emulation/evaluations/{id}/rate")
    String rate(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                HttpServletResponse response) {
        Map<String, String> f = form.toSingleValueMap();
        try {
            evaluations.rate(id, points(f.get("professionalPoints")), points(f.get("danVanPoints")),
                    "on".equals(f.get("disciplined")), f.get("comment"));
            return "redirect:/emulation/evaluations/" + id;
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            response.setStatus(422);
            model.addAttribute("errors", PageErrors.of(e, messages));
            model.addAttribute("entered", f);
            return page(id, model);
        }
    }

    private String schoolYear() {
        java.time.LocalDate t = actors.today();
        int start = t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal points(String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
