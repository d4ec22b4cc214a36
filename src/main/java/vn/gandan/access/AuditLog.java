package vn.gandan.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, hash-chained record of every change and of every read of protected personal data.
 * Rows are written in the caller's transaction (a rolled-back change leaves no trace) under an advisory
 * lock, so concurrent writers keep one unbroken chain.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x6761_6e64_616eL;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records an action (CREATE, UPDATE, DELETE, READ, LOGIN, …) on an object with its state before and after. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, Object objectId, Object before, Object after) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", CHAIN_LOCK).query(Object.class).list();
        jdbc.sql("""
                        with prev as (select coalesce((select hash from audit_log order by id desc limit 1), :g) as h)
                        insert into audit_log(at, username, client_ip, action, object_type, object_id, before, after,
                                              prev_hash, hash)
                        select :at, :u, :ip, :a, :t, :o, cast(:b as jsonb), cast(:af as jsonb), prev.h,
                               audit_row_hash(prev.h, :at, :u, :ip, :a, :t, :o, cast(:b as jsonb), cast(:af as jsonb))
                        from prev""")
                .param("g", GENESIS)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("u", currentUser().orElse(null))
                .param("ip", clientIp().orElse(null))
                .param("a", action).param("t", objectType)
                .param("o", objectId == null ? null : String.valueOf(objectId))
                .param("b", toJson(before)).param("af", toJson(after))
                .update();
    }

    /** Records that protected personal data of an object was read. */
    public void recordRead(String objectType, Object objectId) {
        record("READ", objectType, objectId, null, null);
    }

    /** The id of the first row whose hash or link does not match, if the chain is broken. */
    @Transactional(readOnly = true)
    public Optional<Long> firstBrokenRow() {
        return jdbc.sql("""
                        select min(id) from (
                          select id, hash, prev_hash,
                                 audit_row_hash(prev_hash, at, username, client_ip, action, object_type, object_id,
                                                before, after) as expected,
                                 coalesce(lag(hash) over (order by id), :g) as previous
                          from audit_log) r
                        where r.hash <> r.expected or r.prev_hash <> r.previous""")
                .param("g", GENESIS).query(Long.class).optional();
    }

    /** Rows matching the filters, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery q) {
        return jdbc.sql("""
                        select id, at, username, client_ip, action, object_type, object_id,
                               before::text as before, after::text as after
                        from audit_log
                        where (:u = '' or username = :u) and (:t = '' or object_type = :t)
                          and (:o = '' or object_id = :o)
                          and at >= coalesce(cast(:from as date), date '1900-01-01')
                          and at < coalesce(cast(:to as date), date '9999-01-01') + 1
                        order by id desc limit :n""")
                .param("u", q.username()).param("t", q.objectType()).param("o", q.objectId())
                .param("from", q.from()).param("to", q.to()).param("n", q.limit())
                .query(AuditEntry.class).list().stream().map(e -> e.inZone(clock.getZone())).toList();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s && s.startsWith("{") ? s : json.writeValueAsString(value);
    }

    private static Optional<String> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return Optional.ofNullable(auth).filter(Authentication::isAuthenticated).map(Authentication::getName);
    }

    private static Optional<String> clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest req = attrs.getRequest();
            return Optional.ofNullable(req.getRemoteAddr());
        }
        return Optional.empty();
    }

    /** One row of the log as the admin screen shows it. */
    public record AuditEntry(long id, OffsetDateTime at, String username, String clientIp, String action,
                             String objectType, String objectId, String before, String after) {

        AuditEntry inZone(java.time.ZoneId zone) {
            return new AuditEntry(id, at.atZoneSameInstant(zone).toOffsetDateTime(), username, clientIp, action,
                    objectType, objectId, before, after);
        }
    }

    /** Filters of the admin screen; blank strings mean "any". */
    public record AuditQuery(String username, String objectType, String objectId, java.time.LocalDate from,
                             java.time.LocalDate to, int limit) {
    }
}
