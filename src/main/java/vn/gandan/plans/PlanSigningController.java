package vn.gandan.plans;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.shared.ProblemException;

/**
 * The leader signs a plan without numbering it ({@code POST /plans/{id}/sign}): posted without {@code confirm=yes} it
 * answers a confirmation page (no JavaScript needed); once signed, the clerk registers the number and issues it.
 */
@Controller
class PlanSigningController {

    private final PlanService plans;
    private final PlanQueries queries;
    private final MessageSource messages;

    PlanSigningController(PlanService plans, PlanQueries queries, MessageSource messages) {
        this.plans = plans;
        this.queries = queries;
        this.messages = messages;
    }

    @PostMapping("/plans/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) String confirm, Model model,
                RedirectAttributes flash) {
        try {
            if (!"yes".equals(confirm)) {
                plans.checkSignable(id);
                return confirmPage(id, model);
            }
            plans.sign(id);
            flash.addFlashAttribute("notice", message("plans.signedForClerk", null));
        } catch (ProblemException e) {
            if (e.status() != 409 && e.status() != 422) throw e;
            flash.addFlashAttribute("problem", message(e.messageKey(), e.args()));
            flash.addFlashAttribute("problems", e.fieldProblems().stream().map(f -> message(f.messageKey(), f.args())).toList());
        }
        return "redirect:/plans/" + id;
    }

    private String confirmPage(long id, Model model) {
        model.addAttribute("title", message("approval.confirm.title", null));
        model.addAttribute("question", message("approval.confirm.sign", new Object[]{queries.get(id).title()}));
        model.addAttribute("action", "/plans/" + id + "/sign");
        model.addAttribute("back", "/plans/" + id);
        model.addAttribute("button", message("approval.sign", null));
        return "approval/confirm";
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
