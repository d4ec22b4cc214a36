package vn.gandan.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.ProblemException;

/** {@code POST /api/v1/auth/tokens}: exchange a username and password for a bearer token. */
@RestController
@Tag(name = "auth")
class TokenApiController {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecondFactor secondFactor;

    TokenApiController(AccountRepository accounts, PasswordEncoder passwords, TokenService tokens,
                       LoginThrottle throttle, AuditLog audit, SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** {@code code}: the authenticator's code (or a recovery code) when the account has a second factor. */
    record Credentials(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String password,
                       @Size(max = 20) String code) {
    }

    record TokenView(String token, OffsetDateTime expiresAt) {
    }

    @PostMapping("/api/v1/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cấp token truy cập API / issue an API token")
    TokenView issue(@Valid @RequestBody Credentials body, HttpServletRequest req) {
        String ip = req.getRemoteAddr();
        if (throttle.blocked(body.username(), ip)) {
            throw new ProblemException(429, "access.throttled", List.of());
        }
        Account account = accounts.findByUsername(body.username().strip().toLowerCase(java.util.Locale.ROOT))
                .filter(Account::enabled).filter(a -> passwords.matches(body.password(), a.passwordHash()))
                .orElse(null);
        if (account == null) {
            throttle.failed(body.username(), ip);
            throw new ProblemException(401, "access.badCredentials", List.of());
        }
        if (secondFactor.enrolled(account.id()) && !secondFactor.verify(account, body.code())) {
            throttle.failed(body.username(), ip);
            throw new ProblemException(401, "access.secondFactor.needed", List.of());
        }
        throttle.succeeded(account.username());
        TokenService.Issued issued = tokens.issue(account.id());
        audit.record("TOKEN", "account", account.username(), null, null);
        return new TokenView(issued.token(), issued.expiresAt());
    }
}
