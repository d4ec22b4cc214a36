package vn.gandan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While PostgreSQL is unreachable (stopped, restarting, fail-over) every request that needs it answers
 * 503 with a Vietnamese problem (English on request) and {@code Retry-After}, instead of Spring's default 500
 * body. It wraps the whole chain, so session loading and token checks — which run in filters before any
 * controller — are covered too. A request never waits longer than the pool's connection timeout.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseOutageFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(req, res);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseFailures.isOutage(e) || res.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable for {} {}: {}", req.getMethod(), req.getRequestURI(), e.toString());
            answer(req, res);
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Locale locale = locale(req);
        String title = messages.getMessage("error.status.503", null, "Service Unavailable", locale);
        String detail = messages.getMessage("error.page.503", null, title, locale);
        res.resetBuffer();
        res.setStatus(503);
        res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        res.setHeader("Cache-Control", "no-store");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":503,\"detail\":\""
                    + json(detail) + "\",\"instance\":\"" + json(req.getRequestURI()) + "\"}");
        } else {
            res.setContentType("text/html");
            res.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>503</h1><p>"
                    + HtmlUtils.htmlEscape(detail) + "</p></main></body></html>");
        }
        res.flushBuffer();
    }

    private Locale locale(HttpServletRequest req) {
        try {
            return locales.resolveLocale(req);
        } catch (RuntimeException e) {
            return WebConfig.VI;
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
