package vn.gandan.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.shared.ProblemException;

/** "Quên mật khẩu": ask for a link (same answer for every name), then set a new password through it. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/login/forgot")
    String forgot() {
        return "access/forgot";
    }

    @PostMapping("/login/forgot")
    String ask(@RequestParam(defaultValue = "") String login, HttpServletRequest req, HttpServletResponse res, Model model) {
        try {
            resets.request(login, req.getRemoteAddr());
        } catch (ProblemException e) {
            if (e.status() != 429) {
                throw e;
            }
            res.setStatus(429);
            res.setHeader("Retry-After", "3600");
            model.addAttribute("login", login);
            model.addAttribute("tooMany", true);
            return "access/forgot";
        }
        return "redirect:/login/forgot?sent";
    }

    @GetMapping("/login/reset/{token}")
    String form(@PathVariable String token, HttpServletResponse res, Model model) {
        return page(token, resets.valid(token), res, model);
    }

    @PostMapping("/login/reset/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String next,
                 @RequestParam(defaultValue = "") String confirm, HttpServletResponse res, Model model) {
        try {
            resets.reset(token, next, confirm);
        } catch (ProblemException e) {
            if (e.status() == 410) {
                return page(token, false, res, model);
            }
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            res.setStatus(422);
            model.addAttribute("problems", e.fieldProblems());
            return page(token, true, res, model);
        }
        return "redirect:/login?reset";
    }

    private static String page(String token, boolean valid, HttpServletResponse res, Model model) {
        if (!valid) {
            res.setStatus(410);
        }
        model.addAttribute("token", token);
        model.addAttribute("valid", valid);
        return "access/reset";
    }
}
