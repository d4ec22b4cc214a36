package vn.gandan.access;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.shared.ProblemException;

/** The unit administrator links a login to the person it belongs to ({@code /admin/accounts/{id}/person}). */
@Controller
class AccountPersonController {

    private final AccountPeople links;

    AccountPersonController(AccountPeople links) {
        this.links = links;
    }

    @GetMapping("/admin/accounts/{id}/person")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("link", links.link(id));
        model.addAttribute("people", links.candidates(id));
        return "access/account-person";
    }

    @PostMapping("/admin/accounts/{id}/person")
    String save(@PathVariable long id, @RequestParam(required = false) String personId, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        try {
            links.setPerson(id, personId == null || personId.isBlank() ? null : parse(personId));
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) throw e;
            response.setStatus(422);
            model.addAttribute("problems", e.fieldProblems());
            model.addAttribute("entered", personId);
            return page(id, model);
        }
        flash.addFlashAttribute("done", "accounts.person.saved");
        return "redirect:/admin/accounts";
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
