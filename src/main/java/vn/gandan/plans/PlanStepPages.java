package vn.gandan.plans;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.shared.ProblemException;

/**
 * A plan's steps as pages: submit, approve, return with a comment, issue and withdraw (irreversible ones behind a
 * confirmation page without JavaScript), derive a unit's plan, start a correction. A refusal comes back on the plan
 * page as a message.
 */
@Controller
class PlanStepPages {

    private final PlanService plans;
    private final PlanQueries queries;
    private final PlanPages pages;
    private final PlanMessages messages;

    PlanStepPages(PlanService plans, PlanQueries queries, PlanPages pages, PlanMessages messages) {
        this.plans = plans;
        this.queries = queries;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        return step(id, flash, "plans.submitted", () -> plans.submit(id));
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        return step(id, flash, "plans.approved", () -> plans.approve(id));
    }

    @PostMapping("/plans/{id}/return")
    String returnForChanges(@PathVariable long id, @RequestParam(required = false) String comment, Model model) {
        try {
            plans.returnForChanges(id, comment);
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            model.addAttribute("comment", comment);
            model.addAttribute("commentError", messages.get(e.messageKey(), e.args()));
            return pages.page(id, model);
        }
        return "redirect:/plans/" + id;
    }

    /** One approval step; a refusal (409, 422) comes back as a message on the plan page. */
    private String step(long id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", messages.get(done, null));
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            flash.addFlashAttribute("problem", messages.get(e.messageKey(), e.args()));
            flash.addFlashAttribute("problems", e.fieldProblems().stream().map(f -> messages.get(f.messageKey(), f.args())).toList());
        }
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) String confirm, Model model, RedirectAttributes flash) {
        if (!"yes".equals(confirm)) {
            // the leader signs and issues at once ("Ký và ban hành"); the clerk issues what was signed
            String button = queries.isLeader(queries.get(id).issuerUnitIds().get(0)) ? "plans.sign" : "plans.issue";
            return confirmPage(id, "approval.confirm.issue", "issue", button, model, flash, () -> plans.checkIssuable(id));
        }
        try {
            PlanView p = plans.issue(id);
            flash.addFlashAttribute("notice", messages.source().getMessage("plans.issued", new Object[]{p.numberSymbol()},
                    LocaleContextHolder.getLocale()));
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            flash.addFlashAttribute("problem", messages.get(e.messageKey(), e.args()));
            flash.addFlashAttribute("problems", e.fieldProblems().stream().map(f -> messages.get(f.messageKey(), f.args())).toList());
        }
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/derive")
    String derive(@PathVariable long id, @RequestParam long unitId, RedirectAttributes flash) {
        try {
            PlanView d = plans.derive(id, unitId);
            return "redirect:/plans/" + d.id() + "/edit?derived";
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            flash.addFlashAttribute("problem", messages.get(e.messageKey(), e.args()));
            return "redirect:/plans/" + id;
        }
    }

    @PostMapping("/plans/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String confirm, Model model, RedirectAttributes flash) {
        if (!"yes".equals(confirm)) {
            return confirmPage(id, "plans.confirmCancel", "cancel", "plans.withdraw", model, flash, () -> plans.checkCancellable(id));
        }
        try {
            plans.cancel(id);
        } catch (ProblemException e) {
            if (e.status() != 409) throw e;
            flash.addFlashAttribute("problem", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/plans/" + id;
    }

    /**
     * An irreversible step posted without its confirmation (no JavaScript, or the box left unticked): a confirmation
     * page whose form posts the same step with confirm=yes.
     */
    private String confirmPage(long id, String questionKey, String action, String buttonKey, Model model,
                               RedirectAttributes flash, Runnable allowed) {
        try {
            allowed.run(); // 403 before the page for a caller without the role; 409 back on the plan page
        } catch (ProblemException e) {
            if (e.status() != 409) throw e;
            flash.addFlashAttribute("problem", messages.get(e.messageKey(), e.args()));
            return "redirect:/plans/" + id;
        }
        PlanView p = queries.get(id);
        model.addAttribute("title", messages.get("approval.confirm.title", null));
        model.addAttribute("question", messages.source().getMessage(questionKey, new Object[]{p.title()}, LocaleContextHolder.getLocale()));
        model.addAttribute("action", "/plans/" + id + "/" + action);
        model.addAttribute("back", "/plans/" + id);
        model.addAttribute("button", messages.get(buttonKey, null));
        return "approval/confirm";
    }

    @PostMapping("/plans/{id}/version")
    String newVersion(@PathVariable long id) {
        return "redirect:/plans/" + plans.newVersion(id).id() + "/edit";
    }
}
