package vn.gandan.access;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * What the signed-in caller may see and do. Every module scopes its reads and writes through this:
 * an out-of-scope id answers 404 (never revealing that it exists), a visible object with too little
 * right answers 403.
 */
@Service
@Transactional(readOnly = true)
public class AccessService {

    private static final String CACHE = AccessService.class.getName() + ".caller";
    private static final String ANCESTORS = AccessService.class.getName() + ".ancestors";

    private final AccountRepository accounts;
    private final AccountGrantRepository grants;
    private final UnitService units;

    AccessService(AccountRepository accounts, AccountGrantRepository grants, UnitService units) {
        this.accounts = accounts;
        this.grants = grants;
        this.units = units;
    }

    /** The signed-in account, if any (cached for the request, or outside a request for the transaction). */
    public Optional<Caller> caller() {
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

    /** The account by username with its grants valid today. */
    public Optional<Caller> load(String username) {
        LocalDate today = units.today();
        return accounts.findByUsername(username).filter(Account::enabled).map(a -> new Caller(a.id(), a.username(),
                a.displayName(), a.unitId(), a.systemAdmin(),
                grants.findByAccountId(a.id()).stream().filter(g -> g.validOn(today)).map(AccountGrant::view).toList()));
    }

    public Caller requireCaller() {
        return caller().orElseThrow(() -> new ProblemException(401, "access.notSignedIn", List.of()));
    }

    public boolean isSystemAdmin() {
        return caller().map(Caller::systemAdmin).orElse(false);
    }

    /** Whether the unit is granted to the caller or lies under a subtree grant. */
    public boolean canSee(long unitId) {
        return caller().map(c -> c.systemAdmin() || c.grants().stream().anyMatch(g -> covers(g, unitId)))
                .orElse(false);
    }

    /**
     * The set form of {@link #canSee} for the units under a parent today (a page listing a unit's children): a
     * child is visible through a grant on itself or a subtree grant on the parent or one of its ancestors — one
     * query for the parent's ancestors instead of two per child.
     */
    public Set<Long> visibleChildren(long parentId, java.util.Collection<Long> childIds) {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return Set.of();
        }
        if (caller.get().systemAdmin() || caller.get().grants().stream().anyMatch(g -> g.subtree() && g.unitId() == parentId)) {
            return new LinkedHashSet<>(childIds);
        }
        Set<Long> above = new java.util.HashSet<>(units.ancestorIds(parentId, units.today()));
        if (caller.get().grants().stream().anyMatch(g -> g.subtree() && above.contains(g.unitId()))) {
            return new LinkedHashSet<>(childIds);
        }
        Set<Long> granted = caller.get().grants().stream().map(Caller.Grant::unitId).collect(Collectors.toSet());
        return childIds.stream().filter(granted::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void requireVisible(long unitId) {
        if (!canSee(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
    }

    /** Whether the caller holds the role on the unit (directly, or through a subtree grant on an ancestor). */
    public boolean hasRole(long unitId, Role role) {
        return caller().map(c -> c.systemAdmin()
                || c.grants().stream().anyMatch(g -> g.role() == role && covers(g, unitId))).orElse(false);
    }

    /** 404 if the unit is not visible, 403 if it is but the role is missing. */
    public void requireRole(long unitId, Role role) {
        requireVisible(unitId);
        if (!hasRole(unitId, role)) {
            throw ProblemException.forbidden("access.roleMissing", role.name());
        }
    }

    /** Whether the caller is the system administrator or holds one of the roles on some unit. */
    public boolean holdsAnyRole(Role... roles) {
        List<Role> wanted = List.of(roles);
        return caller().map(c -> c.systemAdmin() || c.grants().stream().anyMatch(g -> wanted.contains(g.role())))
                .orElse(false);
    }

    /** 403 for a page or action that needs one of the roles on some unit (pages without an object). */
    public void requireAnyRole(Role... roles) {
        if (!holdsAnyRole(roles)) {
            throw ProblemException.forbidden("access.roleMissing", java.util.Arrays.stream(roles).map(Role::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The units at the top of the caller's grants (system admin: none, meaning everything). */
    public Set<Long> grantRootIds() {
        return caller().map(c -> c.grants().stream().map(Caller.Grant::unitId)
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElse(new LinkedHashSet<>());
    }

    /**
     * An SQL predicate (no parameters) that is true when {@code unitIdColumn} is in the caller's scope today:
     * {@code "true"} for the system admin, {@code "false"} for nobody.
     */
    public String scopeSql(String unitIdColumn) {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return "false";
        }
        if (caller.get().systemAdmin()) {
            return "true";
        }
        List<String> parts = caller.get().grants().stream().map(g -> g.subtree()
                ? "select unit_id from org_subtree(" + g.unitId() + ", current_date)"
                : "select " + g.unitId()).distinct().toList();
        return parts.isEmpty() ? "false" : unitIdColumn + " in (" + String.join(" union ", parts) + ")";
    }

    private boolean covers(Caller.Grant grant, long unitId) {
        if (grant.unitId() == unitId) {
            return true;
        }
        return grant.subtree() && ancestors(unitId).contains(grant.unitId());
    }

    /**
     * The units above a unit (where a dissolved one was on its last day). A page asks about the same units many
     * times (canSee, hasRole per role, per task and per child): in a GET request each unit's ancestors are read once
     * (two queries) and kept for the request; outside one, where a write may move units, they are read each time.
     */
    private Set<Long> ancestors(long unitId) {
        Map<Long, Set<Long>> known = ancestorsInThisRead();
        return known == null ? readAncestors(unitId) : known.computeIfAbsent(unitId, this::readAncestors);
    }

    private Set<Long> readAncestors(long unitId) {
        LocalDate day = units.find(unitId).map(AccessService::lastDayOrToday).orElse(null);
        return day == null ? Set.of()
                : new java.util.HashSet<>(units.ancestorIds(unitId, day.isAfter(units.today()) ? units.today() : day));
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Set<Long>> ancestorsInThisRead() {
        RequestAttributes req = RequestContextHolder.getRequestAttributes();
        if (!(req instanceof org.springframework.web.context.request.ServletRequestAttributes servlet)
                || !("GET".equals(servlet.getRequest().getMethod()) || "HEAD".equals(servlet.getRequest().getMethod()))) {
            return null;
        }
        Object known = req.getAttribute(ANCESTORS, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof Map<?, ?> map) {
            return (Map<Long, Set<Long>>) map;
        }
        Map<Long, Set<Long>> fresh = new java.util.HashMap<>();
        req.setAttribute(ANCESTORS, fresh, RequestAttributes.SCOPE_REQUEST);
        return fresh;
    }

    /** A dissolved unit is placed where it was on its last day, so its old superiors still see its records. */
    private static LocalDate lastDayOrToday(UnitView unit) {
        return unit.validTo() != null ? unit.validTo() : LocalDate.MAX;
    }
}
