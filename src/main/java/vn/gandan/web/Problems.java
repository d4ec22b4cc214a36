package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Turns errors into RFC 9457 problems for {@code /api/**} (Vietnamese detail unless the caller asks for
 * English) and into the error page for browsers ({@link ProblemResponses}). Never leaks internals.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class Problems {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;
    private final ProblemResponses responses;
    private final java.time.Duration retryAfter;

    Problems(MessageSource messages,
             @org.springframework.beans.factory.annotation.Value("${app.login.window:15m}") java.time.Duration retryAfter) {
        this.messages = messages;
        this.responses = new ProblemResponses(messages);
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
        return responses.respondWith(req, HttpStatus.BAD_REQUEST, "error.validation", errors, new Object[0], fields.size());
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
     * Anything else: input PostgreSQL cannot store (a NUL that reached it) is the caller's 400, a change refused because the
     * record was changed meanwhile (optimistic locking) a 409; the rest a 500 in
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
        if (concurrentChange(e)) {
            // two requests changed the same record at once (the version check refused the later): the caller's 409, nothing stored
            return respond(req, HttpStatus.CONFLICT, "error.concurrentChange", List.of());
        }
        LOG.error("Unexpected error on {} {}", req.getMethod(), req.getRequestURI(), e);
        return respond(req, HttpStatus.INTERNAL_SERVER_ERROR, "error.page.500", List.of());
    }

    /** Two requests changed the same record at once: the version check (Spring's or JPA's) refused the later one. */
    private static boolean concurrentChange(Throwable e) {
        return causedBy(e, t -> t instanceof org.springframework.dao.OptimisticLockingFailureException
                || t instanceof jakarta.persistence.OptimisticLockException);
    }

    /** PostgreSQL refused the input itself (a NUL byte or an invalid byte sequence reached it). */
    private static boolean storedBadInput(Throwable e) {
        return causedBy(e, t -> t.getMessage() != null
                && (t.getMessage().contains("invalid byte sequence") || t.getMessage().contains("0x00")));
    }

    /** Whether the exception or any exception in its cause chain matches. */
    private static boolean causedBy(Throwable e, java.util.function.Predicate<Throwable> matches) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (matches.test(t)) {
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
        return responses.respond(req, status, key, fields, args);
    }

    /** How errors are answered, also by the container's error dispatch ({@link ErrorDispatch}). */
    ProblemResponses responses() {
        return responses;
    }
}
