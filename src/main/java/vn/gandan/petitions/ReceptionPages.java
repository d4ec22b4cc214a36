package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** Reception screens (D1–D4): the unit's month (schedules, sessions, compliance), logging a session, a visitor's identity. */
@Controller
class ReceptionPages {

    /** The log form as typed (dates and numbers as text, so bad input comes back in place, not as a 400). */
    record ReceptionForm(String unitId, String on, String hostName, String hostPosition, String isHead, String form,
                         String visitorName, String visitorIdNumber, String content, String kind, String action,
                         String petitionId, String createCase) {
    }

    private final ReceptionCalendar calendar;
    private final ReceptionVisits visits;
    private final AccessService access;
    private final Clock clock;

    ReceptionPages(ReceptionCalendar calendar, ReceptionVisits visits, AccessService access, Clock clock) {
        this.calendar = calendar;
        this.visits = visits;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/petitions/receptions")
    String month(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month, Model model) {
        YearMonth ym = YearMonth.now(clock);
        try {
            ym = month == null || month.isBlank() ? ym : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("monthProblem", "petitions.field.month");
        }
        model.addAttribute("m", calendar.month(unitOf(unitId), ym));
        model.addAttribute("deputyRuleFrom", LocalDate.of(2026, 7, 1));
        return "petitions/receptions";
    }

    @GetMapping("/petitions/receptions/new")
    String form(@RequestParam(required = false) Long unitId, Model model) {
        Long id = unitId != null ? unitId : access.caller().map(Caller::unitId).orElse(null);
        String unit = id == null ? null : String.valueOf(id);
        model.addAttribute("f", new ReceptionForm(unit, LocalDate.now(clock).toString(), null, null, "true", "TRUC_TIEP",
                null, null, null, "KIEN_NGHI", null, null, null));
        model.addAttribute("errors", Map.of());
        return "petitions/reception-form";
    }

    @PostMapping("/petitions/receptions")
    String log(@ModelAttribute ReceptionForm f, Model model, RedirectAttributes redirect,
               jakarta.servlet.http.HttpServletResponse response) {
        try {
            NewReception r = ReceptionFormParser.parse(f);
            visits.log(r, "on".equals(f.createCase()) || "true".equals(f.createCase()));
            redirect.addFlashAttribute("logged", true);
            return "redirect:/petitions/receptions?unitId=" + r.unitId() + "&month=" + YearMonth.from(r.on());
        } catch (ProblemException e) {
            if (e.status() == 403) {
                throw e;
            }
            response.setStatus(422);
            model.addAttribute("f", f);
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("errors", e.fieldProblems().stream()
                    .collect(Collectors.toMap(FieldProblem::field, x -> x, (a, b) -> a)));
            return "petitions/reception-form";
        }
    }

    @GetMapping("/petitions/receptions/sessions/{id}")
    String visitor(@PathVariable long id, Model model) {
        model.addAttribute("sessionId", id);
        model.addAttribute("visitor", visits.visitor(id));
        return "petitions/reception-visitor";
    }

    private long unitOf(Long unitId) {
        return unitId != null ? unitId : access.caller().map(Caller::unitId)
                .orElseThrow(() -> ProblemException.badRequest("error.malformed"));
    }
}
