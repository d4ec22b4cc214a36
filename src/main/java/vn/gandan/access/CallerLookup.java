package vn.gandan.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.gandan.org.UnitService;

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

    private final JdbcClient jdbc;
    private final UnitService units;

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
        Optional<Caller> caller = load(auth.getName());
        if (req != null) {
            caller.ifPresent(c -> req.setAttribute(CACHE, c, RequestAttributes.SCOPE_REQUEST));
        } else if (caller.isPresent() && TransactionSynchronizationManager.isSynchronizationActive()) {
            cacheForTransaction(caller.get());
        }
        return caller;
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
