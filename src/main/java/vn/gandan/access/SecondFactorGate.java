package vn.gandan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a session whose password was right but whose second factor is not proven yet ({@link #VERIFY}), or whose
 * unit requires one not enrolled yet ({@link #ENROL}): pages lead to the code (or enrolment) page, the API answers
 * 401. Runs after Spring Security (a plain filter, ordered last).
 */
@Component
class SecondFactorGate extends OncePerRequestFilter {

    static final String PENDING = "gandan.secondFactor.pending";
    static final String VERIFY = "verify";
    static final String ENROL = "enrol";
    private static final List<String> OPEN = List.of("/login", "/logout", "/css/", "/js/", "/img/", "/webjars/",
            "/favicon.ico", "/error", "/actuator/health");

    private final MessageSource messages;

    SecondFactorGate(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = req.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (pending == null || open(path, pending)) {
            chain.doFilter(req, res);
            return;
        }
        if (path.startsWith("/api/")) {
            String detail = messages.getMessage("access.secondFactor.needed", null, LocaleContextHolder.getLocale());
            res.setStatus(401);
            res.setContentType("application/problem+json;charset=UTF-8");
            res.getOutputStream().write(("{\"type\":\"about:blank\",\"status\":401,\"title\":\"Unauthorized\",\"detail\":\""
                    + detail.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        res.sendRedirect(req.getContextPath() + (VERIFY.equals(pending) ? "/login/totp" : "/account/totp"));
    }

    private static boolean open(String path, Object pending) {
        return OPEN.stream().anyMatch(p -> path.equals(p) || p.endsWith("/") && path.startsWith(p)
                || path.startsWith(p + "/") && p.equals("/login"))
                || ENROL.equals(pending) && (path.equals("/account/totp") || path.startsWith("/account/totp/"));
    }

}
