package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
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

    private final CaseDocuments documents;
    private final Protections protections;
    private final CaseRegister register;
    private final MessageSource messages;

    PetitionPages(PetitionReads reads, PetitionWork work, AccessService access, Clock clock, CaseDocuments documents,
                  Protections protections, CaseRegister register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
        this.documents = documents;
        this.protections = protections;
        this.reads = reads;
        this.work = work;
        this.access = access;
        this.clock = clock;
    }

    @Bean
    static NavItem petitionsNav() {
        return new NavItem("nav.petitions", "/petitions", 45, "envelope-paper", null).inGroup(NavItem.DAN_VAN);
    }

    @Transactional(readOnly = true)
    @GetMapping("/petitions")
    String register(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "all") String view, @RequestParam(defaultValue = "1") int page,
                    Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        String me = access.caller().map(c -> c.username()).orElse(null);
        CaseRegister.Page shown = register.page(new CaseRegister.Filter(unitId, blank(status), blank(kind), q, view,
                today, me), page);
        RegisterRow.Builder rows = new RegisterRow.Builder(messages, locale);
        model.addAttribute("rows", shown.rows().stream().map(rows::row).toList());
        model.addAttribute("registerPage", shown);
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
        PetitionView p = reads.get(id);
        model.addAttribute("p", p);
        model.addAttribute("docs", documents.available(p));
        model.addAttribute("protection", protections.of(id));
        model.addAttribute("measures", NewProtection.Measure.values());
        model.addAttribute("relations", NewProtection.Relation.values());
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
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.args());
            redirect.addFlashAttribute("fieldProblems", e.fieldProblems());
            redirect.addFlashAttribute("typed", text);
        }
        return "redirect:/petitions/" + id;
    }

    /** C7 from the case page: a protection request (in place errors, typed input kept). */
    @PostMapping("/petitions/{id}/protection")
    String protect(@PathVariable long id, @RequestParam(required = false) String personName,
                   @RequestParam(required = false) String relation,
                   @RequestParam(required = false) List<String> measures, @RequestParam(required = false) String grounds,
                   RedirectAttributes redirect) {
        try {
            protections.record(id, new NewProtection(LocalDate.now(clock), personName, relation, measures, grounds,
                    null, null, null, null));
            redirect.addFlashAttribute("done", "protection");
        } catch (ProblemException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("protectionProblems", e.fieldProblems());
            redirect.addFlashAttribute("protectionProblem", e.messageKey());
            redirect.addFlashAttribute("typedPerson", personName);
            redirect.addFlashAttribute("typedGrounds", grounds);
        }
        return "redirect:/petitions/" + id + "#protection";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
