package vn.gandan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * Password reset by an e-mailed link (issue 14, item 9). Asking answers the same whether or not an account
 * matches; the link's token is random (256 bits), kept only as its SHA-256, valid {@code validity} and once;
 * requests are limited per account and per client address; asking and resetting are audited.
 */
@Service
@Transactional
class PasswordResets {

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final AuditLog audit;
    private final ResetMail mail;
    private final Clock clock;
    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder passwords, TokenService tokens,
                   AuditLog audit, ResetMail mail, Clock clock, Settings settings) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
        this.settings = settings;
    }

    @ConfigurationProperties("app.access.password-reset")
    record Settings(@DefaultValue("30m") Duration validity, @DefaultValue("3") int perAccountPerHour,
                    @DefaultValue("10") int perClientPerHour) {
    }

    /** Asks for a link for a user name or e-mail address; 429 past the client's limit, otherwise silent. */
    void request(String login, String clientIp) {
        OffsetDateTime now = now();
        if (count("client_ip = :k", clientIp, now.minusHours(1)) >= settings.perClientPerHour()) {
            throw new ProblemException(429, "access.reset.tooMany", List.of());
        }
        Optional<Account> account = find(login);
        Long id = account.map(Account::id).orElse(null);
        boolean send = account.isPresent() && count("account_id = :k", id, now.minusHours(1)) < settings.perAccountPerHour();
        String token = send ? newToken() : null;
        jdbc.sql("insert into access_password_reset(account_id, token_hash, client_ip, requested_at, expires_at) "
                        + "values (:a, :h, :ip, :now, :exp)").param("a", id).param("h", token == null ? null : hash(token))
                .param("ip", clientIp).param("now", now).param("exp", now.plus(settings.validity())).update();
        if (account.isPresent()) {
            audit.record("RESET_REQUESTED", "account", account.get().username(), null,
                    java.util.Map.of("sent", send));
        }
        if (send) {
            mail.send(account.get(), token, settings.validity());
        }
    }

    /** Whether the link's token is known, unused and not expired. */
    @Transactional(readOnly = true)
    boolean valid(String token) {
        return pending(token).isPresent();
    }

    /** Sets the new password through a valid link; the link and every other open link of the account end. */
    void reset(String token, String next, String confirm) {
        long resetId = pending(token).orElseThrow(() -> new ProblemException(410, "access.reset.expired", List.of()));
        Account a = accounts.findById(jdbc.sql("select account_id from access_password_reset where id = :id")
                .param("id", resetId).query(Long.class).single()).orElseThrow();
        List<FieldProblem> problems = new java.util.ArrayList<>(PasswordPolicy.check("next", next, a.username()));
        if (problems.isEmpty() && !next.equals(confirm)) {
            problems.add(FieldProblem.of("confirm", "access.password.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        a.changePassword(passwords.encode(next), clock.instant());
        tokens.revokeAll(a.id());
        jdbc.sql("update access_password_reset set used_at = :now where account_id = :a and used_at is null")
                .param("now", now()).param("a", a.id()).update();
        audit.record("PASSWORD_RESET", "account", a.username(), null, null);
    }

    private Optional<Long> pending(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from access_password_reset where token_hash = :h and used_at is null and expires_at > :now")
                .param("h", hash(token)).param("now", now()).query(Long.class).optional();
    }

    private Optional<Account> find(String login) {
        String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty() || l.length() > 200) {
            return Optional.empty();
        }
        return accounts.findByUsername(l).or(() -> accounts.findFirstByEmailIgnoreCase(l))
                .filter(a -> a.enabled() && a.email() != null && !a.email().isBlank());
    }

    private int count(String where, Object key, OffsetDateTime since) {
        return jdbc.sql("select count(*) from access_password_reset where " + where + " and requested_at > :t")
                .param("k", key).param("t", since).query(Integer.class).single();
    }

    private String newToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
