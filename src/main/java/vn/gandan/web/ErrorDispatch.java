package vn.gandan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The container's error page ({@code /error}), rendered by {@link Problems} like every other error. */
@Controller
class ErrorDispatch implements ErrorController {

    private final ProblemResponses responses;

    ErrorDispatch(Problems problems) {
        this.responses = problems.responses();
    }

    /**
     * The container's error dispatch ({@code /error}: an error raised outside any handler, {@code sendError}, a
     * failed view) answered in our wording like every other error, instead of Spring Boot's map — which failed with
     * "No converter for LinkedHashMap" when the response was already typed {@code text/html} by the failed page.
     * An unreachable database or an exhausted pool is the outage's 503 with {@code Retry-After}.
     */
    @RequestMapping("/error")
    Object error(HttpServletRequest req, HttpServletResponse res) {
        Object error = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 500;
        if (error instanceof Throwable t && DatabaseFailures.isOutage(t)) {
            status = 503;
        }
        if (!res.isCommitted()) {
            res.resetBuffer();
            res.setContentType(null); // the failed page's text/html must not decide the problem's type
        }
        if (status == 503) {
            res.setHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS);
        }
        String key = status == 404 ? "error.notFound" : "error.page." + status;
        if (!responses.knows(key, RequestContextUtils.getLocale(req))) {
            key = status >= 500 ? "error.page.500" : "error.page.400";
        }
        return responses.respond(req, HttpStatusCode.valueOf(status), key, List.of());
    }
}
