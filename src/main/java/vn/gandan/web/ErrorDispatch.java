package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The container's error page ({@code /error}), rendered by {@link Problems} like every other error. */
@Controller
class ErrorDispatch implements ErrorController {

    private final Problems problems;

    ErrorDispatch(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest req, HttpServletResponse res) {
        return problems.forError(req, res);
    }
}
