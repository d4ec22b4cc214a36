package vn.gandan.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures in a window, for one account or from one client
 * address, further attempts are refused (429) until the window has passed. Kept in the database so that
 * every app node counts the same failures.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Settings settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, Settings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Whether attempts for this username or from this address are currently refused. */
    @Transactional(readOnly = true)
    public boolean blocked(String username, String clientIp) {
        return failures("user:" + normal(username)) >= settings.maxPerAccount()
                || failures("ip:" + clientIp) >= settings.maxPerClient();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String clientIp) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String key : new String[] {"user:" + normal(username), "ip:" + clientIp}) {
            jdbc.sql("insert into access_login_failure(key, failed_at) values (:k, :t)")
                    .param("k", key).param("t", now).update();
        }
        jdbc.sql("delete from access_login_failure where failed_at < :t")
                .param("t", now.minus(settings.window().multipliedBy(4))).update();
    }

    /** A successful login clears the account's failures (not the address's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("delete from access_login_failure where key = :k").param("k", "user:" + normal(username)).update();
    }

    private int failures(String key) {
        Instant since = clock.instant().minus(settings.window());
        return jdbc.sql("select count(*) from access_login_failure where key = :k and failed_at > :t")
                .param("k", key).param("t", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).query(Integer.class).single();
    }

    private static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Limits: failures allowed per account and per client address within the window. */
    @ConfigurationProperties("app.login")
    record Settings(@DefaultValue("5") int maxPerAccount, @DefaultValue("20") int maxPerClient,
                    @DefaultValue("15m") Duration window) {
    }
}
