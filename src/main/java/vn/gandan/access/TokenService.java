package vn.gandan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opaque API tokens: 256 random bits handed out once; only their SHA-256 is stored. */
@Component
class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    TokenService(JdbcClient jdbc, Clock clock, @Value("${app.api.token-lifetime:8h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record Issued(String token, OffsetDateTime expiresAt) {
    }

    @Transactional
    Issued issue(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.ofInstant(clock.instant().plus(lifetime), ZoneOffset.UTC);
        jdbc.sql("insert into access_token(token_hash, account_id, expires_at) values (:h, :a, :e)")
                .param("h", sha256(token)).param("a", accountId).param("e", expires).update();
        jdbc.sql("delete from access_token where expires_at < :t")
                .param("t", OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC)).update();
        return new Issued(token, expires);
    }

    /** The account behind a valid token: its username and change counter ({@code caller_version}, see {@link CallerStamp}). */
    record Holder(String username, long callerVersion) {
    }

    /**
     * The account behind a valid token, read on every API request: one statement and no transaction of its own (issue
     * 14, session 15: a read-only transaction around one statement cost two more round trips).
     */
    Optional<Holder> holder(String token) {
        return jdbc.sql("""
                        select a.username, coalesce(a.caller_version, 0) from access_token t join access_account a on a.id = t.account_id
                        where t.token_hash = :h and not t.revoked and t.expires_at > :now and a.enabled""")
                .param("h", sha256(token)).param("now", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .query((rs, i) -> new Holder(rs.getString(1), rs.getLong(2))).optional();
    }

    @Transactional
    void revokeAll(long accountId) {
        jdbc.sql("update access_token set revoked = true where account_id = :a").param("a", accountId).update();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
