package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.access.AccessService;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** Handler and leader screens: the register with filters, a case with deadlines and timeline, its main steps. */
@Controller
class PetitionPages {

    private final PetitionReads reads;
    private final PetitionWork work;
    private final AccessService access;
    private final Clock clock;

    PetitionPages(PetitionReads reads, PetitionWork work, AccessService access, Clock clock) {
        this.reads = reads;
        this.work = work;
        this.access = access;
        this.clock = clock;
    }

    @Bean
    static NavItem petitionsNav() {
        return new NavItem("nav.petitions", "/petitions", 45, "envelope-paper", null).inGroup(NavItem.DAN_VAN);
    }

    @GetMapping("/petitions")
    String register(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "all") String view, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<PetitionView> rows = reads.list(unitId, blank(status), blank(kind), q).stream()
                .filter(p -> switch (view) {
                    case "overdue" -> CaseDue.overdue(p, today);
                    case "dueSoon" -> CaseDue.dueSoon(p, today);
                    case "mine" -> access.caller().map(c -> c.username().equals(p.handler())).orElse(false);
                    default -> true;
                }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("unitId", unitId);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("view", view);
        model.addAttribute("statuses", PetitionStatus.values());
        model.addAttribute("kinds", PetitionKind.values());
        return "petitions/register";
    }

    @GetMapping("/petitions/{id}")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("p", reads.get(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "petitions/case";
    }

    @PostMapping("/petitions/{id}/step")
    String step(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) LocalDate on,
                @RequestParam(required = false) String complexity, @RequestParam(required = false) String text,
                RedirectAttributes redirect) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        try {
            switch (action) {
                case "accept" -> work.accept(id, day, complexity, false);
                case "resolve" -> work.resolve(id, day, text, true);
                case "reject" -> work.reject(id, day, text);
                case "guide" -> work.guide(id, day, text);
                default -> throw ProblemException.badRequest("error.malformed");
            }
            redirect.addFlashAttribute("done", action);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.args());
            redirect.addFlashAttribute("fieldProblems", e.fieldProblems());
            redirect.addFlashAttribute("typed", text);
        }
        return "redirect:/petitions/" + id;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
