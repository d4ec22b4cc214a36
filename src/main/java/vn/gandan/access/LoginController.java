package vn.gandan.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the form posts to Spring Security's {@code /login}). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "access/login";
    }
}
