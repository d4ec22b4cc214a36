package vn.gandan.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
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

    private final CallerLookup callers;
    private final AccessAncestors ancestors;
    private final UnitService units;

    AccessService(CallerLookup callers, AccessAncestors ancestors, UnitService units) {
        this.callers = callers;
        this.ancestors = ancestors;
        this.units = units;
    }

    /** The signed-in account, if any (cached for the request, or outside a request for the transaction). */
    public Optional<Caller> caller() {
        return callers.caller();
    }

    /** The account by username with its grants valid today. */
    public Optional<Caller> load(String username) {
        return callers.load(username);
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
     * The set form of {@link #canSee}: the units among {@code unitIds} the caller may see, with the ancestors of all of
     * them read in one query (and kept for the rest of a GET request, so later {@code canSee}/{@code hasRole} on them
     * read nothing).
     */
    public Set<Long> visibleUnits(java.util.Collection<Long> unitIds) {
        Optional<Caller> caller = caller();
        if (caller.isEmpty() || unitIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (caller.get().systemAdmin()) {
            return new LinkedHashSet<>(ids);
        }
        Map<Long, Set<Long>> above = caller.get().grants().stream().anyMatch(Caller.Grant::subtree)
                ? ancestors.read(ids) : Map.of();
        return ids.stream().filter(u -> caller.get().grants().stream().anyMatch(g -> g.unitId() == u
                        || g.subtree() && above.getOrDefault(u, Set.of()).contains(g.unitId())))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Reads the ancestors of these units in one query for the scope checks that follow in this GET request. */
    public void prefetch(java.util.Collection<Long> unitIds) {
        if (caller().map(c -> !c.systemAdmin() && c.grants().stream().anyMatch(Caller.Grant::subtree)).orElse(false)) {
            ancestors.read(unitIds);
        }
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

    /**
     * An SQL expression (no parameters) for the id of the enabled account whose username is {@code usernameColumn}
     * (null if none): for a module's {@code SessionStamp} about the session's person ({@code S.PRINCIPAL_NAME}).
     */
    public String accountIdSql(String usernameColumn) {
        return "(select a.id from access_account a where a.username = " + usernameColumn + " and a.enabled)";
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
        return scope(unitIdColumn, " in (", ")");
    }

    /**
     * {@link #scopeSql} as {@code column = any(array(…))}: the planner takes the scope as a value known at run time
     * and uses an index on the column (the {@code in (select …)} form is estimated from the recursive function at
     * thousands of units and joined by a sequential scan — 100,000 tasks read for a school's 9).
     */
    public String scopeAnySql(String unitIdColumn) {
        return scope(unitIdColumn, " = any(array(", "))");
    }

    /**
     * {@link #scopeSql} tested row by row (the caller's units and one closure probe per subtree grant): for a query
     * that filters a few rows found otherwise (a search's matches) — the set forms read and hash the whole scope first,
     * a Sở's 6,333 units for 10 matches.
     */
    public String scopeRowSql(String unitIdColumn) {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return "false";
        }
        if (caller.get().systemAdmin()) {
            return "true";
        }
        java.time.LocalDate today = units.today();
        List<String> parts = caller.get().grants().stream().map(g -> g.subtree()
                ? vn.gandan.org.SubtreeSql.contains(unitIdColumn, g.unitId(), today)
                : unitIdColumn + " = " + g.unitId()).distinct().toList();
        return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
    }

    /** The caller's scope as {@code column + open + (the scope's unit ids as one select) + close}, or true / false. */
    private String scope(String unitIdColumn, String open, String close) {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return "false";
        }
        if (caller.get().systemAdmin()) {
            return "true";
        }
        // the app's day (Clock, Asia/Ho_Chi_Minh), not the database session's current_date (the JVM's zone: UTC on
        // a server left in UTC, so from 00:00 to 07:00 a unit opened today was out of scope)
        String today = "date '" + units.today() + "'";
        List<String> parts = caller.get().grants().stream().map(g -> g.subtree()
                ? "select unit_id from org_subtree(" + g.unitId() + ", " + today + ")"
                : "select " + g.unitId()).distinct().toList();
        return parts.isEmpty() ? "false" : unitIdColumn + open + String.join(" union ", parts) + close;
    }

    private boolean covers(Caller.Grant grant, long unitId) {
        if (grant.unitId() == unitId) {
            return true;
        }
        return grant.subtree() && ancestors.of(unitId).contains(grant.unitId());
    }
}
