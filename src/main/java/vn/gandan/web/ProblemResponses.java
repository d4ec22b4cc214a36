package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.gandan.shared.FieldProblem;

/**
 * How {@link Problems} answers: an RFC 9457 problem for {@code /api/**} (Vietnamese detail unless the caller asks for
 * English), the error page for browsers, only the message for an htmx request.
 */
final class ProblemResponses {

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the bundles hold the key (else the error dispatch falls back to the 400 or 500 wording). */
    boolean knows(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale) != null;
    }

    Object respond(HttpServletRequest req, HttpStatusCode status, String key, List<FieldProblem> fields, Object... args) {
        Locale locale = RequestContextUtils.getLocale(req);
        List<Map<String, String>> errors = fields.stream()
                .map(f -> Map.of("field", f.field(), "message",
                        messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)))
                .toList();
        return respondWith(req, status, key, errors, args, fields.size());
    }

    Object respondWith(HttpServletRequest req, HttpStatusCode status, String key,
                       List<Map<String, String>> errors, Object[] args, int count) {
        Locale locale = RequestContextUtils.getLocale(req);
        String detail = messages.getMessage(key, args, key, locale);
        if (!api(req)) {
            ModelAndView page = new ModelAndView(inPlace(req) ? "error/status :: inline" : "error/status");
            page.setStatus(status);
            page.addObject("status", status.value());
            page.addObject("detail", detail);
            page.addObject("errors", errors);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("error.status." + status.value(), null,
                HttpStatus.resolve(status.value()) == null ? "Error" : HttpStatus.resolve(status.value()).getReasonPhrase(),
                locale));
        if (count > 0) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * An htmx request (a boosted form or link) gets only the message, swapped into the page's problem region: the
     * form stays as the user typed it. Without JavaScript the browser shows the error page instead.
     */
    private static boolean inPlace(HttpServletRequest req) {
        if (req.getHeader("HX-Request") == null) return false;
        HttpServletResponse res = currentResponse();
        if (res != null) {
            res.setHeader("HX-Retarget", "#problem");
            res.setHeader("HX-Reswap", "innerHTML show:#problem:top");
            res.setHeader("HX-Push-Url", "false");
        }
        return true;
    }

    private static HttpServletResponse currentResponse() {
        var attrs = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attrs instanceof org.springframework.web.context.request.ServletRequestAttributes s ? s.getResponse() : null;
    }

    /** An API request, also when the container's error dispatch re-enters at {@code /error}. */
    private static boolean api(HttpServletRequest req) {
        Object original = req.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String o ? o : req.getRequestURI();
        return uri.startsWith(req.getContextPath() + "/api/");
    }
}
