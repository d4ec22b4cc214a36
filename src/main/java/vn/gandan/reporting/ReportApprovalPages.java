package vn.gandan.reporting;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.shared.ProblemException;

/**
 * The approval buttons of a report page. Signing and issuing cannot be undone: without {@code confirm=yes} they show
 * a confirmation page (a plain form, no JavaScript needed). Refusals come back as a message on the report page; a
 * return without a comment comes back in place with the field marked.
 */
@Controller
class ReportApprovalPages {

    private final ReportApproval approval;
    private final ReportController reportPages;
    private final MessageSource messages;

    ReportApprovalPages(ReportApproval approval, ReportController reportPages, MessageSource messages) {
        this.approval = approval;
        this.reportPages = reportPages;
        this.messages = messages;
    }

    @PostMapping("/reports/submissions/{id}/approval/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        return step(id, flash, "approval.submitted", () -> approval.submit(id));
    }

    @PostMapping("/reports/submissions/{id}/approval/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        return step(id, flash, "approval.approvedDone", () -> approval.approve(id));
    }

    @GetMapping("/reports/submissions/{id}/approval/sign")
    String confirmSign(@PathVariable long id, Model model) {
        return confirm(id, "sign", model);
    }

    @GetMapping("/reports/submissions/{id}/approval/issue")
    String confirmIssue(@PathVariable long id, Model model) {
        return confirm(id, "issue", model);
    }

    /** Signing cannot be undone: without confirm=yes the confirmation page comes back. */
    @PostMapping("/reports/submissions/{id}/approval/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) String confirm, Model model, RedirectAttributes flash) {
        approval.requireRole(id, true);
        if (!"yes".equals(confirm)) {
            return confirm(id, "sign", model);
        }
        return step(id, flash, "approval.signedDone", () -> approval.sign(id));
    }

    /** Taking the register's number cannot be undone: without confirm=yes the confirmation page comes back. */
    @PostMapping("/reports/submissions/{id}/approval/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) String confirm, Model model, RedirectAttributes flash) {
        approval.requireRole(id, false);
        if (!"yes".equals(confirm)) {
            return confirm(id, "issue", model);
        }
        return step(id, flash, null, () -> {
            String n = approval.issue(id).approval().numberSymbol();
            flash.addFlashAttribute("notice", messages.getMessage("approval.issued", new Object[]{n},
                    LocaleContextHolder.getLocale()));
        });
    }

    private String confirm(long id, String action, Model model) {
        String title = approval.title(id);
        model.addAttribute("title", message("approval.confirm.title"));
        model.addAttribute("question", messages.getMessage("approval.confirm." + action, new Object[]{title},
                LocaleContextHolder.getLocale()));
        model.addAttribute("action", "/reports/submissions/" + id + "/approval/" + action);
        model.addAttribute("back", "/reports/submissions/" + id);
        model.addAttribute("button", message(action.equals("sign") ? "approval.sign" : "approval.issue"));
        return "approval/confirm";
    }

    @PostMapping("/reports/submissions/{id}/approval/return")
    String returnForChanges(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                            RedirectAttributes flash) {
        try {
            approval.returnForChanges(id, comment);
        } catch (ProblemException e) {
            if (e.status() != 422) return step(id, flash, null, () -> { throw e; });
            model.addAttribute("comment", comment);
            model.addAttribute("commentError", message(e.messageKey()));
            return reportPages.submission(id, model);
        }
        flash.addFlashAttribute("notice", message("approval.returned"));
        return "redirect:/reports/submissions/" + id;
    }

    @GetMapping("/reports/submissions/{id}/document.pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").body(approval.pdf(id));
    }

    private String step(long id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            if (done != null) flash.addFlashAttribute("notice", message(done));
        } catch (ProblemException e) {
            if (e.status() != 422 && e.status() != 409) throw e;
            flash.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            flash.addFlashAttribute("problems", e.fieldProblems().stream()
                    .map(f -> messages.getMessage(f.messageKey(), f.args(), LocaleContextHolder.getLocale())).toList());
        }
        return "redirect:/reports/submissions/" + id;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
