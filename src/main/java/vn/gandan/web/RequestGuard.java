package vn.gandan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, input no field can hold: a NUL character (PostgreSQL cannot store one) in
 * the query, a form field or an uploaded file's name, and JSON bodies over {@code app.web.max-json-bytes}
 * (default 2 MB; uploads have their own multipart limits). Answers a Vietnamese problem (400 / 413); the error
 * page asked for directly answers 404 (it is reached only by the container's error dispatch); a query string over
 * {@code app.web.max-query-chars} (16 KiB) answers 414. Tomcat reads request lines and headers up to
 * {@code server.max-http-request-header-size} (256 KB, application.properties) so that such a query reaches this
 * filter: past Tomcat's limit it answers a bare 400 and closes the connection with the request unread, which the
 * client may see as a connection closed without an answer (the case that kept HostileInputTests disabled).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestGuard extends OncePerRequestFilter {

    private final GuardResponses responses;
    private final int maxJsonBytes;
    private final int maxQueryChars;

    RequestGuard(GuardResponses responses, @Value("${app.web.max-json-bytes:2097152}") int maxJsonBytes,
                 @Value("${app.web.max-query-chars:16384}") int maxQueryChars) {
        this.responses = responses;
        this.maxJsonBytes = maxJsonBytes;
        this.maxQueryChars = maxQueryChars;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(req.getRequestURI())) { // only the container forwards here; asked directly it is no page
            responses.send(req, res, 404, "error.notFound");
            return;
        }
        String query = req.getQueryString();
        if (query != null && query.length() > maxQueryChars) { // no search or filter needs more; answered, not cut
            responses.send(req, res, 414, "error.uriTooLong");
            return;
        }
        if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
            responses.send(req, res, 400, "error.nul");
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.contains("json")) {
            guardJson(req, res, chain);
            return;
        }
        int refused = refusedForm(req, type);
        if (refused != 0) {
            responses.send(req, res, refused, refused == 413 ? "error.tooLarge" : "error.nul");
            return;
        }
        chain.doFilter(req, res);
    }

    private void guardJson(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getContentLengthLong() > maxJsonBytes) {
            responses.send(req, res, 413, "error.tooLarge");
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(maxJsonBytes + 1);
        }
        if (body.length > maxJsonBytes) {
            responses.send(req, res, 413, "error.tooLarge");
            return;
        }
        if (JsonBodies.hasNul(body)) {
            responses.send(req, res, 400, "error.nul");
            return;
        }
        chain.doFilter(new CachedBodyRequest(req, body), res);
    }

    /**
     * 400 for a NUL in a form field (name or value) or in an uploaded file's name; 413 for a multipart body over the
     * container's upload limits (session 21: a page's form carrying its CSRF token in the body, with a file over
     * {@code spring.servlet.multipart.max-file-size}, answered 500 — the body's parse failure surfaced when the CSRF filter
     * read the token); 0 when the form is fine.
     */
    private static int refusedForm(HttpServletRequest req, String type) throws IOException {
        try {
            for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
                if (e.getKey().indexOf('\0') >= 0 || java.util.Arrays.stream(e.getValue()).anyMatch(v -> v.indexOf('\0') >= 0)) {
                    return 400;
                }
            }
            if (type.startsWith("multipart/")) {
                return req.getParts().stream().map(p -> p.getSubmittedFileName())
                        .anyMatch(n -> n != null && n.indexOf('\0') >= 0) ? 400 : 0;
            }
        } catch (ServletException | IllegalStateException | IllegalArgumentException unreadable) {
            // an oversized upload is answered here; anything else is left to Spring MVC, which answers a problem
            return overLimit(unreadable) ? 413 : 0;
        }
        return 0;
    }

    /** Tomcat's upload limits (file size, request size, part count) raised while parsing the body. */
    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.endsWith("SizeLimitExceededException") || name.equals("FileCountLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
