package vn.gandan.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.gandan.org.UnitService;
import vn.gandan.platform.SessionStamp;

/**
 * The signed-in account with its grants valid today, read once per request (or, outside a request, once per
 * transaction). Split from {@link AccessService}, which answers what that caller may see and do.
 */
@Component
class CallerLookup {

    private static final String CACHE = AccessService.class.getName() + ".caller";

    /** The enabled account and its grants valid on the day, one row per grant (one row with no grant if none). */
    private static final String CALLER = """
            select a.id, a.username, a.display_name, a.unit_id, a.system_admin, g.unit_id as grant_unit, g.role, g.subtree
            from access_account a
            left join access_grant g on g.account_id = a.id
                 and g.valid_from <= :day and (g.valid_to is null or g.valid_to >= :day)
            where a.username = :username and a.enabled
            order by g.id""";

    /** Callers kept on this node (a few hundred bytes each), emptied when it would hold more. */
    private static final int KEPT_MAX = 20_000;

    private final JdbcClient jdbc;
    private final UnitService units;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    CallerLookup(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    Optional<Caller> caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return Optional.empty();
        }
        RequestAttributes req = RequestContextHolder.getRequestAttributes();
        Object cached = req != null ? req.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST)
                : TransactionSynchronizationManager.getResource(CACHE);
        if (cached instanceof Caller c && c.username().equals(auth.getName())) {
            return Optional.of(c);
        }
        Optional<Caller> caller = stamped(auth.getName());
        if (req != null) {
            caller.ifPresent(c -> req.setAttribute(CACHE, c, RequestAttributes.SCOPE_REQUEST));
        } else if (caller.isPresent() && TransactionSynchronizationManager.isSynchronizationActive()) {
            cacheForTransaction(caller.get());
        }
        return caller;
    }

    /**
     * The caller as this node last loaded it for the account's change counter read with the session
     * ({@link CallerStamp}) and for today, else loaded (issue 14, item 5, session 13: one statement less per page). The
     * counter is read before the load, so a caller kept is never older than its counter: a change committed on any
     * node moves the counter, and the next request of every session of that account loads the caller again. Requests
     * without a signed-in session (API tokens, jobs) load it as before.
     */
    private Optional<Caller> stamped(String username) {
        OptionalLong stamp = SessionStamp.current(CallerStamp.ATTRIBUTE);
        if (stamp.isEmpty()) {
            return load(username);
        }
        return kept(username, stamp.getAsLong());
    }

    /**
     * The caller behind an API token, for the account's change counter read with the token ({@link TokenService#holder}):
     * kept like a session's (issue 14, session 15: an API request read the account and its grants twice, by JPA for
     * the token's authorities and again for the handler's scope), and remembered for the rest of the request.
     */
    Optional<Caller> forToken(String username, long stamp) {
        Optional<Caller> caller = kept(username, stamp);
        RequestAttributes req = RequestContextHolder.getRequestAttributes();
        if (req != null) {
            caller.ifPresent(c -> req.setAttribute(CACHE, c, RequestAttributes.SCOPE_REQUEST));
        }
        return caller;
    }

    private Optional<Caller> kept(String username, long stamp) {
        LocalDate today = units.today();
        Kept kept = this.kept.get(username);
        if (kept != null && kept.stamp() == stamp && kept.day().equals(today)) {
            return Optional.of(kept.caller());
        }
        Optional<Caller> caller = load(username);
        if (this.kept.size() >= KEPT_MAX) {
            this.kept.clear();
        }
        caller.ifPresentOrElse(c -> this.kept.put(username, new Kept(stamp, today, c)),
                () -> this.kept.remove(username));
        return caller;
    }

    /** A caller loaded for a change counter and a day. */
    private record Kept(long stamp, LocalDate day, Caller caller) {
    }

    /**
     * The account by username with its grants valid today: one SQL statement, read on every request (issue 14, item 5:
     * the two JPA queries it replaced were 7 % of the request threads' CPU per page).
     */
    Optional<Caller> load(String username) {
        LocalDate today = units.today();
        List<Caller.Grant> grants = new ArrayList<>();
        Caller[] account = new Caller[1];
        jdbc.sql(CALLER).param("day", today).param("username", username).query(rs -> {
            if (account[0] == null) {
                account[0] = new Caller(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getObject("unit_id", Long.class), rs.getBoolean("system_admin"), grants);
            }
            if (rs.getString("role") != null) {
                grants.add(new Caller.Grant(rs.getLong("grant_unit"), Role.valueOf(rs.getString("role")),
                        rs.getBoolean("subtree")));
            }
        });
        return Optional.ofNullable(account[0]).map(c -> new Caller(c.accountId(), c.username(), c.displayName(),
                c.unitId(), c.systemAdmin(), List.copyOf(grants)));
    }

    /** Service calls outside a request (jobs, event listeners, tests) ask once per transaction, like a request. */
    private static void cacheForTransaction(Caller caller) {
        boolean first = TransactionSynchronizationManager.unbindResourceIfPossible(CACHE) == null;
        TransactionSynchronizationManager.bindResource(CACHE, caller);
        if (first) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
                }
            });
        }
    }
}
