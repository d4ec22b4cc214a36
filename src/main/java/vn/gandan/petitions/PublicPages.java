package vn.gandan.petitions;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** Pages without an account: file a kiến nghị / phản ánh, track it by code, see a unit's reception schedule. */
@Controller
class PublicPages {

    private final PublicPortal portal;
    private final ReceptionSchedules schedules;
    private final UnitService units;

    PublicPages(PublicPortal portal, ReceptionSchedules schedules, UnitService units) {
        this.portal = portal;
        this.schedules = schedules;
        this.units = units;
    }

    @GetMapping("/public/petitions")
    String form(@RequestParam(required = false) String unit, Model model) {
        model.addAttribute("form", new PublicPortal.Submission(unit, "PHAN_ANH", null, null, null, null, null));
        model.addAttribute("errors", Map.of());
        return "petitions/public-form";
    }

    @PostMapping("/public/petitions")
    String submit(@ModelAttribute PublicPortal.Submission form, HttpServletRequest req, Model model,
                  RedirectAttributes redirect) {
        try {
            String code = portal.submit(form, req.getRemoteAddr(), Channel.TRUC_TUYEN);
            redirect.addFlashAttribute("filed", true);
            return "redirect:/public/petitions/track?code=" + code;
        } catch (ProblemException e) {
            model.addAttribute("form", form);
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("errors", e.fieldProblems().stream()
                    .collect(java.util.stream.Collectors.toMap(FieldProblem::field, f -> f, (a, b) -> a)));
            return "petitions/public-form";
        }
    }

    @GetMapping("/public/petitions/track")
    String track(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("status", code == null || code.isBlank() ? null : portal.track(code).orElse(null));
        return "petitions/public-track";
    }

    /** One read-only transaction for the page (the unit and the schedules took one each). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @GetMapping("/public/units/{code}/receptions")
    String receptions(@PathVariable String code, Model model) {
        UnitView unit = units.findByCode(code).orElseThrow(() -> new NotFoundException("unit", code));
        model.addAttribute("unit", unit);
        model.addAttribute("schedules", schedules.forUnitUnchecked(unit.id()));
        return "petitions/public-receptions";
    }
}
