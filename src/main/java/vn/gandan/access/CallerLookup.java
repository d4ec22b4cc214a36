package vn.gandan.access;

import java.time.LocalDate;
import java.util.Optional;
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

    private final AccountRepository accounts;
    private final AccountGrantRepository grants;
    private final UnitService units;

    CallerLookup(AccountRepository accounts, AccountGrantRepository grants, UnitService units) {
        this.accounts = accounts;
        this.grants = grants;
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

    /** The account by username with its grants valid today. */
    Optional<Caller> load(String username) {
        LocalDate today = units.today();
        return accounts.findByUsername(username).filter(Account::enabled).map(a -> new Caller(a.id(), a.username(),
                a.displayName(), a.unitId(), a.systemAdmin(),
                grants.findByAccountId(a.id()).stream().filter(g -> g.validOn(today)).map(AccountGrant::view).toList()));
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
