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
 * Rows are written in the caller's transaction (a rolled-back change leaves no trace) without any lock;
 * {@link AuditSealer} links committed rows into the chain within a second.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditSealer sealer;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.sealer = sealer;
    }

    /** Records an action (CREATE, UPDATE, DELETE, READ, LOGIN, …) on an object with its state before and after. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, Object objectId, Object before, Object after) {
        jdbc.sql("""
                        insert into audit_log(at, username, client_ip, action, object_type, object_id, before, after)
                        values (:at, :u, :ip, :a, :t, :o, cast(:b as jsonb), cast(:af as jsonb))""")
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
    public Optional<Long> firstBrokenRow() {
        return Optional.ofNullable(verify().firstBrokenRow());
    }

    /**
     * Seals what is committed, then checks the sealed chain in seal order: every row's hash, its link to the
     * row before, and no gap in the sequence (a removed row). Rows still unsealed are counted, not checked.
     */
    public ChainCheck verify() {
        sealer.seal();
        Long broken = jdbc.sql("""
                        select id from (
                          select id, seq, hash, prev_hash,
                                 audit_row_hash(prev_hash, at, username, client_ip, action, object_type, object_id,
                                                before, after) as expected,
                                 coalesce(lag(hash) over (order by seq), :g) as previous,
                                 coalesce(lag(seq) over (order by seq), 0) as previous_seq
                          from audit_log where seq is not null) r
                        where r.hash <> r.expected or r.prev_hash <> r.previous or r.seq <> r.previous_seq + 1
                        order by r.seq limit 1""")
                .param("g", GENESIS).query(Long.class).optional().orElse(null);
        SealCounts counts = sealCounts();
        return new ChainCheck(counts.sealed(), counts.unsealed(), broken);
    }

    /** How many rows are linked into the chain and how many still wait for the sealer (cheap: two index reads). */
    public SealCounts sealCounts() {
        return jdbc.sql("""
                        select coalesce((select max(seq) from audit_log), 0) as sealed,
                               (select count(*) from audit_log where seq is null) as unsealed""")
                .query(SealCounts.class).single();
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

    /** Rows linked into the chain (its last sequence number) and rows waiting for the sealer. */
    public record SealCounts(long sealed, long unsealed) {
    }

    /** The outcome of a chain check: counts, and the first row (in chain order) that does not match, if any. */
    public record ChainCheck(long sealed, long unsealed, Long firstBrokenRow) {

        public boolean intact() {
            return firstBrokenRow == null;
        }
    }

    /** Filters of the admin screen; blank strings mean "any". */
    public record AuditQuery(String username, String objectType, String objectId, java.time.LocalDate from,
                             java.time.LocalDate to, int limit) {
    }
}
