package vn.gandan.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Counts failed form logins for throttling and audits sign-ins; clears the count on success. */
@Component
class LoginOutcome extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginOutcome(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest req, HttpServletResponse res, Authentication auth)
            throws IOException, ServletException {
        throttle.succeeded(auth.getName());
        audit.record("LOGIN", "account", auth.getName(), null, null);
        super.onAuthenticationSuccess(req, res, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        throttle.failed(req.getParameter("username"), req.getRemoteAddr());
        res.sendRedirect(req.getContextPath() + "/login?error");
    }
}
