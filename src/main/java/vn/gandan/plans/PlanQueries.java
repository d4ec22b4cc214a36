package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.Texts;

/**
 * Reading plans, always scoped: a plan is visible to callers who see one of its issuers, and — once issued — to the
 * units below its issuers. Anything else answers 404. Lists, the bases graph (ancestors, descendants), the document.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final JdbcClient jdbc;
    private final PlanAccess access;
    private final PlanStore store;
    private final PlanCoverage coverage;
    private final PlanBases bases;
    private final PlanTasks tasks;
    private final UnitService units;
    private final vn.gandan.approval.ApprovalService approvals;
    private final vn.gandan.org.UnitAncestry ancestry;
    private final PlanListViews listViews;

    PlanQueries(JdbcClient jdbc, PlanAccess access, PlanStore store, PlanCoverage coverage, PlanBases bases,
                PlanTasks tasks, UnitService units, vn.gandan.approval.ApprovalService approvals,
                vn.gandan.org.UnitAncestry ancestry, PlanListViews listViews) {
        this.ancestry = ancestry;
        this.listViews = listViews;
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
        this.coverage = coverage;
        this.bases = bases;
        this.tasks = tasks;
        this.units = units;
        this.approvals = approvals;
    }

    @Transactional(readOnly = true)
    public PlanView get(long id) {
        PlanStore.Stored s = access.load(id);
        return view(s);
    }

    /** Plans within the caller's scope, newest first; {@code unitId} = issued by that unit, {@code year} = period overlaps. */
    @Transactional(readOnly = true)
    public ListPage.Slice<PlanView> list(Long unitId, Integer year, String status, String kind, String q, ListPage page) {
        // listIds applies the visibility in SQL; the views of all the page's plans in a constant number of statements
        return page.slice(listIds(unitId, year, status, kind, q, page.fetch(), page.offset())).map(listViews::views);
    }

    /** Ids matching the filters and visible to the caller, newest first. */
    @Transactional(readOnly = true)
    public List<Long> listIds(Long unitId, Integer year, String status, String kind, String q, int limit) {
        return listIds(unitId, year, status, kind, q, limit, 0);
    }

    private List<Long> listIds(Long unitId, Integer year, String status, String kind, String q, int limit, long offset) {
        if (unitId != null && !access.canSeePlansOf(unitId)) throw new NotFoundException("unit", unitId);
        StringBuilder sql = new StringBuilder("select p.id from plan p where (").append(access.visibilitySql()).append(")");
        Map<String, Object> params = new LinkedHashMap<>();
        if (unitId != null) {
            sql.append(" and exists (select 1 from plan_issuer i where i.plan_id = p.id and i.unit_id = :unit)");
            params.put("unit", unitId);
        }
        if (year != null) {
            sql.append(" and p.period_start <= :ye and p.period_end >= :ys");
            params.put("ys", LocalDate.of(year, 1, 1));
            params.put("ye", LocalDate.of(year, 12, 31));
        }
        if (status != null && !status.isBlank()) {
            sql.append(" and p.status = :status");
            params.put("status", status);
        }
        if (kind != null && !kind.isBlank()) {
            sql.append(" and p.kind = :kind");
            params.put("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and (p.title_fold like :q or lower(coalesce(p.number_symbol, '')) like :q)");
            params.put("q", "%" + Texts.fold(q).replace("%", "").replace("_", "") + "%");
        }
        sql.append(" order by coalesce(p.issue_date, p.created_at::date) desc, p.id desc limit ").append(limit).append(" offset ").append(offset);
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        return spec.query(Long.class).list();
    }

    /** What this plan implements, nearest first (its bases that are plans, then theirs). */
    @Transactional(readOnly = true)
    public List<PlanSummary> ancestors(long id) {
        PlanStore.Stored s = access.load(id);
        List<Long> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(id));
        // the first level read with the plan's row (most plans implement none or one)
        List<Long> frontier = s.basePlanIds().stream().filter(seen::add).toList();
        out.addAll(frontier);
        while (!frontier.isEmpty() && out.size() < 50) {
            List<Long> next = jdbc.sql("select base_plan_id from plan_base_plan where plan_id in (:ids) order by base_plan_id")
                    .param("ids", frontier).query(Long.class).list().stream().filter(seen::add).toList();
            out.addAll(next);
            frontier = next;
        }
        return summaries(out);
    }


    /** The plans that implement this one, level by level (depth 1 = direct), visible to the caller. */
    @Transactional(readOnly = true)
    public List<PlanSummary> descendants(long id) {
        access.load(id);
        // the plan's tree (read once per GET request with the roll-up and the coverage): rows, issuers and progress
        PlanCoverage.Tree tree = coverage.tree(id);
        List<Row> rows = tree.nodes().values().stream().filter(n -> n.depth() <= 6)
                .sorted(java.util.Comparator.comparingInt(PlanCoverage.Tree.Node::depth).thenComparingLong(PlanCoverage.Tree.Node::id))
                .limit(5000)
                .map(n -> new Row(n.id(), n.kind(), n.title(), n.numberSymbol(), n.status(),
                        n.issuers().isEmpty() ? 0L : n.issuers().get(0), n.issueDate(), n.periodValue(), n.issuers()))
                .toList();
        return summaries(rows.stream().map(Row::id).toList(), rows, tree::own);
    }

    /** The issuers of the plans the page lists below this one (their scope is read with the page's units). */
    List<Long> descendantIssuers(long id) {
        return coverage.tree(id).nodes().values().stream().filter(n -> n.depth() <= 6)
                .flatMap(n -> n.issuers().stream()).distinct().toList();
    }

    /**
     * Defect 8: what of the plan page the caller may open — the units among {@code unitIds} in scope, and the tasks
     * whose page answers (the task rule: the caller sees the plan's issuer, or the plan is issued and the caller sees
     * the task's lead or a coordinating unit). Everything else is named without a link.
     */
    public Openable openable(PlanView p, java.util.Collection<Long> unitIds) {
        List<Long> asked = new ArrayList<>(unitIds);
        asked.addAll(p.issuerUnitIds());
        Set<Long> seen = access.visibleUnits(asked); // one query for every unit the page names
        Set<Long> units = new HashSet<>();
        unitIds.stream().filter(u -> u != null && seen.contains(u)).forEach(units::add);
        boolean issuer = p.issuerUnitIds().stream().anyMatch(seen::contains);
        boolean issued = p.status() == Plan.Status.ISSUED || p.status() == Plan.Status.SUPERSEDED;
        Set<Long> taskIds = new HashSet<>();
        p.tasks().stream().filter(t -> t.id() != null).filter(t -> issuer || issued && (units.contains(t.leadUnitId())
                || t.assigneeUnitIds().stream().anyMatch(units::contains))).forEach(t -> taskIds.add(t.id()));
        return new Openable(units, taskIds);
    }

    /** Reads the scope of these units at once for the page's checks that follow (its units, the plans below it). */
    void prefetchScope(Collection<Long> unitIds) {
        access.prefetch(unitIds);
    }

    /** The unit and task pages of a plan page that the caller may open. */
    public record Openable(Set<Long> units, Set<Long> tasks) {
    }

    /** A row of a plan list; {@code progress} is the plan's own tasks' average (the plan page adds the roll-up). */
    public record PlanSummary(long id, PlanKind kind, String title, String numberSymbol, Plan.Status status,
                              long issuerUnitId, String issuerName, LocalDate issueDate, String periodValue,
                              Integer progress) {}

    /**
     * Summaries of the plans among {@code ids} that the caller may see, in the order given: the rows with their
     * issuers, the visibility of those issuers (an index read of their ancestors, not of the caller's whole scope), their
     * names and progress.
     */
    @Transactional(readOnly = true)
    public List<PlanSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<Row> read = jdbc.sql("select p.id, p.kind, p.title, p.number_symbol, p.status, p.issue_date, p.period_value,"
                        + " array(select unit_id from plan_issuer where plan_id = p.id order by position) issuers"
                        + " from plan p where p.id = any(cast(:ids as bigint[]))")
                .param("ids", ids.toArray(Long[]::new)).query((rs, i) -> {
                    List<Long> issuers = List.of((Long[]) rs.getArray(8).getArray());
                    return new Row(rs.getLong(1), PlanKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            Plan.Status.valueOf(rs.getString(5)), issuers.isEmpty() ? 0L : issuers.get(0),
                            rs.getObject(6, LocalDate.class), rs.getString(7), issuers);
                }).list();
        return summaries(ids, read, () -> null);
    }

    /** A plan row of a summary, with its issuers in order ({@code issuer}: the first). */
    private record Row(long id, PlanKind kind, String title, String ns, Plan.Status status, long issuer, LocalDate issued,
                       String period, List<Long> issuers) {}

    /**
     * The summaries of {@code read} visible to the caller, in the order of {@code ids}; {@code known} the progress of
     * the plans when already read (the plan page's tree), or null to read it.
     */
    private List<PlanSummary> summaries(List<Long> ids, List<Row> read, java.util.function.Supplier<Map<Long, Integer>> known) {
        if (read.isEmpty()) return List.of();
        Map<Long, Row> rows = new LinkedHashMap<>();
        read.forEach(r -> rows.put(r.id(), r));
        Set<Long> visible = access.visiblePlans(
                rows.values().stream().collect(java.util.stream.Collectors.toMap(Row::id, Row::issuers)),
                rows.values().stream().collect(java.util.stream.Collectors.toMap(Row::id, Row::status)));
        rows.keySet().retainAll(visible);
        Map<Long, String> names = new java.util.HashMap<>();
        units.findAll(rows.values().stream().map(Row::issuer).collect(java.util.stream.Collectors.toSet()))
                .forEach(u -> names.put(u.id(), u.name()));
        Map<Long, Integer> given = known.get();
        Map<Long, Integer> progress = given != null ? given : tasks.progress(rows.keySet());
        return ids.stream().map(rows::get).filter(r -> r != null)
                .map(r -> new PlanSummary(r.id(), r.kind(), r.title(), r.ns(), r.status(), r.issuer(),
                        names.getOrDefault(r.issuer(), "?"), r.issued(), r.period(), progress.get(r.id())))
                .toList();
    }

    /** The official document of the plan (NĐ 30 or Party layout); a draft renders with blank number and date. */
    @Transactional(readOnly = true)
    public vn.gandan.documents.OfficialDocument document(long id) {
        PlanStore.Stored s = access.load(id);
        LocalDate day = s.plan().issueDate() != null ? s.plan().issueDate() : units.today();
        List<PlanCommand.Task> specs = tasks.specs(s); // from the row just read (the page's own read in a GET request)
        Map<Long, String> names = new java.util.HashMap<>();
        Set<Long> ids = new java.util.HashSet<>();
        specs.forEach(t -> {
            if (t.leadUnitId() != null) ids.add(t.leadUnitId());
            ids.addAll(t.assigneeUnitIds());
        });
        units.findAll(ids).forEach(u -> names.put(u.id(), u.name()));
        return PlanDocuments.toDocument(s.plan(), bases.issuers(s.plan(), day), bases.texts(s.plan().content()),
                PlanAssignments.table(specs, u -> names.getOrDefault(u, "?")));
    }

    /** What a draft still lacks before it can be issued (empty when it can be issued). */
    @Transactional(readOnly = true)
    public List<String> missingForIssue(long id) {
        PlanStore.Stored s = access.load(id);
        if (!s.plan().issuable()) return List.of();
        List<String> missing = new ArrayList<>(PlanDocuments.missingForIssue(s.plan(), bases.issuers(s.plan(), units.today())));
        if (s.plan().content().sections().isEmpty()) missing.add("sections");
        return missing;
    }

    /** The caller's units and those directly under them; with {@code drafting}, only those it may draft plans for. */
    public List<UnitView> callerUnits(boolean drafting) {
        return access.callerUnits(drafting);
    }

    /** The units the caller may draft plans for; the scope of {@code alsoAsked} read with theirs (one query). */
    public List<UnitView> draftingUnits(Collection<Long> alsoAsked) {
        return access.callerUnits(true, alsoAsked);
    }

    /** The units above each of these units today, in one query (was one walk up the tree per unit). */
    public Map<Long, Set<Long>> unitsAbove(Collection<Long> unitIds) {
        return ancestry.aboveOn(unitIds, units.today());
    }

    /** Whether the caller leads the unit (approving, signing, withdrawing an issued plan are the leader's). */
    public boolean isLeader(long unitId) {
        return access.isLeader(unitId);
    }

    /** Whether the caller may edit (draft) plans of the unit. */
    public boolean canDraft(long unitId) {
        return access.canDraft(unitId);
    }

    /** Whether the caller may see the plans the unit issued (its own scope, or the unit is above one of its units). */
    public boolean canSeePlansOf(long unitId) {
        return access.canSeePlansOf(unitId);
    }

    /** Ids of plans issued by any of the units (for other modules' pages). */
    @Transactional(readOnly = true)
    public List<PlanSummary> issuedBy(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) return List.of();
        List<Long> ids = jdbc.sql("""
                        select distinct p.id from plan p join plan_issuer i on i.plan_id = p.id
                        where i.unit_id in (:u) and p.status = 'ISSUED' and p.period_start <= :ye and p.period_end >= :ys
                        order by p.id""")
                .param("u", unitIds).param("ys", LocalDate.of(year, 1, 1)).param("ye", LocalDate.of(year, 12, 31))
                .query(Long.class).list();
        return summaries(ids);
    }
    PlanView view(PlanStore.Stored s) {
        long id = s.plan().id();
        return PlanListViews.of(s, tasks.views(id), coverage.progressOf(id),
                PlanListViews.trail(store.steps(id), approvals.view("PLAN", id).steps()));
    }
}
