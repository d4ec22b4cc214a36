package vn.gandan.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The code asked after the password, and the signed-in user's enrolment and removal of the second factor. */
@Controller
class SecondFactorController {

    static final String SECRET = "gandan.secondFactor.secret";

    private final SecondFactor factor;
    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final LoginOutcome outcome;
    private final PasswordEncoder passwords;

    SecondFactorController(SecondFactor factor, AccountRepository accounts, LoginThrottle throttle, LoginOutcome outcome,
                           PasswordEncoder passwords) {
        this.factor = factor;
        this.accounts = accounts;
        this.throttle = throttle;
        this.outcome = outcome;
        this.passwords = passwords;
    }

    @GetMapping("/login/totp")
    String codePage(HttpSession session) {
        return SecondFactorGate.VERIFY.equals(session.getAttribute(SecondFactorGate.PENDING)) ? "access/totp-code" : "redirect:/";
    }

    @PostMapping("/login/totp")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest req, HttpServletResponse res, Model model)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = req.getSession();
        if (auth == null || !SecondFactorGate.VERIFY.equals(session.getAttribute(SecondFactorGate.PENDING))) {
            return "redirect:/"; // nothing to verify: home (or, signed out, the sign-in page from there)
        }
        if (throttle.blocked(auth.getName(), req.getRemoteAddr())) {
            res.setStatus(429);
            model.addAttribute("problem", "login.blocked");
            return "access/totp-code";
        }
        if (!factor.verify(accounts.findByUsername(auth.getName()).orElseThrow(), code)) {
            throttle.failed(auth.getName(), req.getRemoteAddr());
            res.setStatus(422);
            model.addAttribute("problem", "access.secondFactor.wrong");
            return "access/totp-code";
        }
        session.removeAttribute(SecondFactorGate.PENDING);
        req.changeSessionId(); // a new session id once fully signed in, as after the password
        outcome.completed(req, res, auth);
        return null;
    }

    @GetMapping("/account/totp")
    String enrolPage(HttpSession session, Model model) {
        Account a = me();
        model.addAttribute("enrolled", factor.enrolled(a.id()));
        model.addAttribute("required", factor.required(a));
        if (!factor.enrolled(a.id())) {
            String secret = pendingSecret(session, factor);
            model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
            model.addAttribute("uri", Totp.uri("Gần Dân", a.username(), secret));
        }
        return "access/totp";
    }

    /** The secret being enrolled in this session (made on first use): the page and its QR image show the same one. */
    static String pendingSecret(HttpSession session, SecondFactor factor) {
        String secret = (String) session.getAttribute(SECRET);
        if (secret == null) {
            secret = factor.newSecret();
            session.setAttribute(SECRET, secret);
        }
        return secret;
    }

    @PostMapping("/account/totp")
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletResponse res, Model model) {
        String secret = (String) session.getAttribute(SECRET);
        List<String> codes = secret == null ? List.of() : factor.enrol(me(), secret, code);
        if (codes.isEmpty()) {
            res.setStatus(422);
            model.addAttribute("problem", "access.secondFactor.wrong");
            return enrolPage(session, model);
        }
        session.removeAttribute(SECRET);
        session.removeAttribute(SecondFactorGate.PENDING);
        model.addAttribute("codes", codes);
        return "access/totp-codes";
    }

    @PostMapping("/account/totp/remove")
    String remove(@RequestParam(defaultValue = "") String current, HttpSession session, HttpServletResponse res, Model model) {
        Account a = me();
        String problem = !passwords.matches(current, a.passwordHash()) ? "access.password.currentWrong"
                : factor.required(a) ? "access.secondFactor.requiredByUnit" : null;
        if (problem != null) {
            res.setStatus(problem.endsWith("currentWrong") ? 422 : 409);
            model.addAttribute("problem", problem);
            return enrolPage(session, model);
        }
        factor.remove(a);
        return "redirect:/account/totp?removed";
    }

    private Account me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return accounts.findByUsername(auth.getName()).orElseThrow();
    }
}
