package vn.gandan.plans;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.Role;
import vn.gandan.org.UnitService;
import vn.gandan.shared.GetRequestMemo;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Who may see and do what with plans. A plan is visible to callers who see one of its issuers, and — once issued —
 * to the units below its issuers (they implement it). Specialists and leaders draft; leaders approve and sign.
 */
@Component
class PlanAccess {

    private final AccessService access;
    private final UnitService units;
    private final PlanStore store;
    private final vn.gandan.org.UnitAncestry ancestry;

    PlanAccess(AccessService access, UnitService units, PlanStore store, vn.gandan.org.UnitAncestry ancestry) {
        this.ancestry = ancestry;
        this.access = access;
        this.units = units;
        this.store = store;
    }

    /** The plan if the caller may see it; 404 otherwise (never revealing that it exists). */
    PlanStore.Stored load(long id) {
        return load(id, false);
    }

    /** As {@link #load(long)}, locking the row until the commit when {@code forUpdate}. */
    PlanStore.Stored load(long id, boolean forUpdate) {
        PlanStore.Stored s = store.find(id, forUpdate).orElseThrow(() -> new NotFoundException("plan", id));
        // decided once per GET request: the plan page loads the plan five times (page, ancestors, descendants, …)
        if (!GetRequestMemo.get("plans.visible", id, k -> visible(s.plan()))) {
            throw new NotFoundException("plan", id);
        }
        return s;
    }

    boolean canLoad(long id) {
        return store.find(id, false).map(s -> visible(s.plan())).orElse(false);
    }

    boolean visible(Plan plan) {
        if (!access.visibleUnits(plan.issuerUnitIds()).isEmpty()) return true;
        if (plan.status() != Plan.Status.ISSUED && plan.status() != Plan.Status.SUPERSEDED) return false;
        Set<Long> above = ancestorsOfCaller();
        return plan.issuerUnitIds().stream().anyMatch(above::contains);
    }

    /**
     * {@link #visible} for a few known plans at once (their issuers and status): two index reads for all of them — the
     * issuers' ancestors and the caller's — instead of {@link #visibilitySql()}, which reads the caller's whole scope
     * (6,333 units for a Sở) to check 2 or 25 plans.
     */
    Set<Long> visiblePlans(Map<Long, List<Long>> issuersByPlan, Map<Long, Plan.Status> statusByPlan) {
        if (issuersByPlan.isEmpty()) return Set.of();
        Set<Long> seen = access.visibleUnits(issuersByPlan.values().stream().flatMap(List::stream).distinct().toList());
        Set<Long> out = new HashSet<>();
        Set<Long> above = null;
        for (var e : issuersByPlan.entrySet()) {
            Plan.Status status = statusByPlan.get(e.getKey());
            if (e.getValue().stream().anyMatch(seen::contains)) {
                out.add(e.getKey());
            } else if (status == Plan.Status.ISSUED || status == Plan.Status.SUPERSEDED) {
                if (above == null) above = ancestorsOfCaller();
                if (e.getValue().stream().anyMatch(above::contains)) out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * The same rule as {@link #visible} in SQL over {@code p} (plan) rows: one semi-join on the issuers in the caller's
     * scope (an index read of the tree's closure) and, for issued plans, issuers above the caller's units.
     */
    String visibilitySql() {
        String own = "select i.plan_id from plan_issuer i where " + access.scopeSql("i.unit_id");
        Set<Long> above = ancestorsOfCaller();
        if (above.isEmpty()) return "p.id in (" + own + ")";
        String ids = String.join(",", above.stream().map(String::valueOf).toList());
        return "p.id in (" + own + " union all select i.plan_id from plan_issuer i join plan q on q.id = i.plan_id"
                + " where q.status in ('ISSUED', 'SUPERSEDED') and i.unit_id in (" + ids + "))";
    }

    /**
     * {@link #visibilitySql} tested plan by plan (its issuers against the scope, one closure probe each): for a query
     * over a few plans found otherwise (a search's matches, summaries of listed ids). The set form reads and hashes the
     * whole scope first; with every plan matching a search the planner also estimated one match and joined once per
     * plan (705 hash joins, 230–660 ms for every role at national scale; docs/performance.md, session 13).
     */
    String visibilityRowSql() {
        String own = "exists (select 1 from plan_issuer i where i.plan_id = p.id and " + access.scopeRowSql("i.unit_id") + ")";
        Set<Long> above = ancestorsOfCaller();
        if (above.isEmpty()) return own;
        String ids = String.join(",", above.stream().map(String::valueOf).toList());
        return "(" + own + " or (p.status in ('ISSUED', 'SUPERSEDED') and exists (select 1 from plan_issuer i"
                + " where i.plan_id = p.id and i.unit_id in (" + ids + "))))";
    }

    /** Reads the scope of all these units at once for the checks that follow (a list's issuers, a page's units). */
    void prefetch(java.util.Collection<Long> unitIds) {
        access.prefetch(unitIds);
    }

    /** The units among {@code unitIds} the caller may see, in one query. */
    Set<Long> visibleUnits(java.util.Collection<Long> unitIds) {
        return access.visibleUnits(unitIds);
    }

    boolean canSeeUnit(long unitId) {
        return access.canSee(unitId);
    }

    boolean canDraft(long unitId) {
        return access.hasRole(unitId, Role.SPECIALIST) || access.hasRole(unitId, Role.LEADER);
    }

    boolean isLeader(long unitId) {
        return access.hasRole(unitId, Role.LEADER);
    }

    boolean canSeePlansOf(long unitId) {
        return access.canSee(unitId) || ancestorsOfCaller().contains(unitId);
    }

    void requireDrafter(long unitId) {
        access.requireVisible(unitId);
        if (!canDraft(unitId)) throw ProblemException.forbidden("access.roleMissing", Role.SPECIALIST.name());
    }

    /** For a plan the caller may see (already loaded): 403 unless a drafter of its first issuer. */
    void requireDrafterOf(Plan plan) {
        if (!canDraft(plan.issuerUnitIds().get(0))) throw ProblemException.forbidden("access.roleMissing", Role.SPECIALIST.name());
    }

    /** For a plan the caller may see (already loaded): 403 unless the leader of its first issuer. */
    void requireLeaderOf(Plan plan) {
        if (!isLeader(plan.issuerUnitIds().get(0))) throw ProblemException.forbidden("access.roleMissing", Role.LEADER.name());
    }

    /** A plan the caller may see but whose issuer grants the caller no such role: 403 (not 404). */
    static void requireRole(boolean holds, Role role) {
        if (!holds) throw ProblemException.forbidden("access.roleMissing", role.name());
    }

    void requireLeader(long unitId) {
        access.requireRole(unitId, Role.LEADER);
    }

    String username() {
        return access.caller().map(c -> c.username()).orElse("system");
    }

    /** The caller's granted units and the units directly under them, valid today; optionally only drafting ones. */
    List<UnitView> callerUnits(boolean drafting) {
        return callerUnits(drafting, List.of());
    }

    /**
     * As {@link #callerUnits(boolean)}; with {@code drafting}, the ancestors of {@code alsoAsked} (units the page checks
     * next) are read in the same query as the caller's units' (the plan page: one closure read, not two).
     */
    List<UnitView> callerUnits(boolean drafting, java.util.Collection<Long> alsoAsked) {
        LocalDate today = units.today();
        Map<Long, UnitView> out = new LinkedHashMap<>();
        for (Long root : access.grantRootIds()) {
            units.find(root).filter(u -> u.validOn(today)).ifPresent(u -> out.put(u.id(), u));
            units.children(root, today).forEach(c -> out.putIfAbsent(c.id(), c));
        }
        if (drafting) { // one query for the roles on all of them, not one per child
            Set<Long> asked = new java.util.LinkedHashSet<>(out.keySet());
            asked.addAll(alsoAsked);
            access.prefetch(asked);
        }
        return out.values().stream().filter(u -> !drafting || canDraft(u.id())).toList();
    }

    /** The units above the caller's granted units (their issued plans are addressed to the caller's units). */
    private Set<Long> ancestorsOfCaller() {
        Set<Long> roots = access.grantRootIds();
        if (roots.isEmpty()) return new HashSet<>();
        // one query for all grant roots, once per GET request (the list's filter, its rows and the page's checks ask)
        return vn.gandan.shared.GetRequestMemo.get("plans.callerAbove", List.copyOf(roots), r -> {
            Set<Long> out = new HashSet<>();
            ancestry.aboveOn(r, units.today()).values().forEach(out::addAll);
            return Set.copyOf(out);
        });
    }
}
