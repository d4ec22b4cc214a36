package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Turns errors into RFC 9457 problems for {@code /api/**} (Vietnamese detail unless the caller asks for
 * English) and into the error page for browsers. Never leaks internals.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class Problems {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;

    private final java.time.Duration retryAfter;

    Problems(MessageSource messages,
             @org.springframework.beans.factory.annotation.Value("${app.login.window:15m}") java.time.Duration retryAfter) {
        this.messages = messages;
        this.retryAfter = retryAfter;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest req) {
        return respond(req, HttpStatus.NOT_FOUND, "error.notFound", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest req) {
        return respond(req, HttpStatus.NOT_FOUND, "error.notFound", List.of());
    }

    @ExceptionHandler(ProblemException.class)
    Object problem(ProblemException e, HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
        if (e.status() == 429) {
            // throttled logins wait out the throttling window; clients are told how long (RFC 9110 §10.2.3)
            res.setHeader("Retry-After", String.valueOf(retryAfter.toSeconds()));
        }
        return respond(req, HttpStatusCode.valueOf(e.status()), e.messageKey(), e.fieldProblems(), e.args());
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest req) {
        List<FieldProblem> fields = e.getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), f.getCodes() == null ? "error.invalidField" : f.getCodes()[0],
                        f.getArguments()))
                .toList();
        Locale locale = RequestContextUtils.getLocale(req);
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale))).toList();
        return respondWith(req, HttpStatus.BAD_REQUEST, "error.validation", errors, new Object[0], fields.size());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    Object malformed(Exception e, HttpServletRequest req) {
        return respond(req, HttpStatus.BAD_REQUEST, "error.malformed", List.of());
    }

    /** Any other Spring MVC error (wrong method, unacceptable media type, …): its status, our wording. */
    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    Object mvc(org.springframework.web.ErrorResponseException e, HttpServletRequest req) {
        return respond(req, e.getStatusCode(), "error.page." + e.getStatusCode().value(), List.of());
    }

    @ExceptionHandler({org.springframework.web.HttpRequestMethodNotSupportedException.class,
            org.springframework.web.HttpMediaTypeNotAcceptableException.class})
    Object notSupported(Exception e, HttpServletRequest req) {
        int status = ((org.springframework.web.ErrorResponse) e).getStatusCode().value();
        return respond(req, HttpStatusCode.valueOf(status), "error.page." + status, List.of());
    }

    /** A list index beyond the binder's limit (256), a non-multipart body to an upload, a body not parsed. */
    @ExceptionHandler({org.springframework.beans.InvalidPropertyException.class,
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.beans.TypeMismatchException.class})
    Object badInput(Exception e, HttpServletRequest req) {
        if (e instanceof MaxUploadSizeExceededException tooBig) {
            return tooLarge(tooBig, req);
        }
        return respond(req, HttpStatus.BAD_REQUEST, "error.malformed", List.of());
    }

    /**
     * Anything else: input PostgreSQL cannot store (a NUL that reached it) is the caller's 400; the rest a 500 in
     * our wording, logged, never Spring's default body. Security exceptions go on to Spring Security.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest req) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException
                || DatabaseFailures.isOutage(e)) {
            throw e; // an unreachable database is a 503 from DatabaseOutageFilter, not a 500
        }
        if (storedBadInput(e)) {
            return respond(req, HttpStatus.BAD_REQUEST, "error.nul", List.of());
        }
        LOG.error("Unexpected error on {} {}", req.getMethod(), req.getRequestURI(), e);
        return respond(req, HttpStatus.INTERNAL_SERVER_ERROR, "error.page.500", List.of());
    }

    private static boolean storedBadInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("invalid byte sequence") || m.contains("0x00"))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
        return respond(req, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupported(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
        return respond(req, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedType", List.of());
    }

    private Object respond(HttpServletRequest req, HttpStatusCode status, String key, List<FieldProblem> fields,
                           Object... args) {
        Locale locale = RequestContextUtils.getLocale(req);
        List<Map<String, String>> errors = fields.stream()
                .map(f -> Map.of("field", f.field(), "message",
                        messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)))
                .toList();
        return respondWith(req, status, key, errors, args, fields.size());
    }

    /**
     * An htmx request (a boosted form or link) gets only the message, swapped into the page's problem region: the
     * form stays as the user typed it. Without JavaScript the browser shows the error page instead.
     */
    private static boolean inPlace(HttpServletRequest req) {
        if (req.getHeader("HX-Request") == null) return false;
        jakarta.servlet.http.HttpServletResponse res = currentResponse();
        if (res != null) {
            res.setHeader("HX-Retarget", "#problem");
            res.setHeader("HX-Reswap", "innerHTML show:#problem:top");
            res.setHeader("HX-Push-Url", "false");
        }
        return true;
    }

    private static jakarta.servlet.http.HttpServletResponse currentResponse() {
        var attrs = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attrs instanceof org.springframework.web.context.request.ServletRequestAttributes s ? s.getResponse() : null;
    }

    /**
     * The container's error dispatch ({@code /error}: an error raised outside any handler, {@code sendError}, a
     * failed view) answered in our wording like every other error, instead of Spring Boot's map — which failed with
     * "No converter for LinkedHashMap" when the response was already typed {@code text/html} by the failed page.
     * An unreachable database or an exhausted pool is the outage's 503 with {@code Retry-After}.
     */
    Object forError(HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
        Object error = req.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION);
        Object code = req.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE);
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
        if (messages.getMessage(key, null, null, RequestContextUtils.getLocale(req)) == null) {
            key = status >= 500 ? "error.page.500" : "error.page.400";
        }
        return respond(req, HttpStatusCode.valueOf(status), key, List.of());
    }

    /** An API request, also when the container's error dispatch re-enters at {@code /error}. */
    private static boolean api(HttpServletRequest req) {
        Object original = req.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String o ? o : req.getRequestURI();
        return uri.startsWith(req.getContextPath() + "/api/");
    }

    private Object respondWith(HttpServletRequest req, HttpStatusCode status, String key,
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
}
