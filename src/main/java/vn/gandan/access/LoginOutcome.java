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
    private final AccountRepository accounts;
    private final SecondFactor secondFactor;

    LoginOutcome(LoginThrottle throttle, AuditLog audit, AccountRepository accounts, SecondFactor secondFactor) {
        this.throttle = throttle;
        this.audit = audit;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest req, HttpServletResponse res, Authentication auth)
            throws IOException, ServletException {
        Account account = accounts.findByUsername(auth.getName()).orElseThrow();
        if (secondFactor.enrolled(account.id())) { // the password was right; the session waits for the code
            req.getSession().setAttribute(SecondFactorGate.PENDING, SecondFactorGate.VERIFY);
            res.sendRedirect(req.getContextPath() + "/login/totp");
            return;
        }
        throttle.succeeded(auth.getName());
        audit.record("LOGIN", "account", auth.getName(), null, null);
        if (secondFactor.required(account)) { // the unit requires it and the account has none yet: enrol first
            req.getSession().setAttribute(SecondFactorGate.PENDING, SecondFactorGate.ENROL);
            res.sendRedirect(req.getContextPath() + "/account/totp");
            return;
        }
        super.onAuthenticationSuccess(req, res, auth);
    }

    /** After the second factor: the page the user asked for before signing in, or home. */
    void completed(HttpServletRequest req, HttpServletResponse res, Authentication auth) throws IOException, ServletException {
        throttle.succeeded(auth.getName());
        audit.record("LOGIN", "account", auth.getName(), null, java.util.Map.of("secondFactor", true));
        super.onAuthenticationSuccess(req, res, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        throttle.failed(req.getParameter("username"), req.getRemoteAddr());
        res.sendRedirect(req.getContextPath() + "/login?error");
    }
}
