package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.Texts;

/** How far a plan has gone down the hierarchy: which units implement it (coverage) and its rolled-up progress. */
@Service
@Transactional(readOnly = true)
public class PlanCoverage {

    /** Units that implement their superior's plans (others — trade union, inspection board, front — take part in them). */
    private static final Set<UnitKind> NOT_IMPLEMENTERS = Set.of(UnitKind.CONG_DOAN, UnitKind.BAN_THANH_TRA_NHAN_DAN,
            UnitKind.MAT_TRAN, UnitKind.KHAC);

    private final JdbcClient jdbc;
    private final PlanAccess access;
    private final UnitService units;
    private final PlanTasks tasks;

    PlanCoverage(JdbcClient jdbc, PlanAccess access, UnitService units, PlanTasks tasks) {
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
        this.tasks = tasks;
    }

    public record Coverage(int expected, int implemented, int drafts, int missing, List<CoverageUnit> units) {}

    /** planId: the issued implementing plan (null where none is issued yet); draftPlanId: a draft in progress. */
    public record CoverageUnit(long unitId, String unitName, Long planId, String status, Long draftPlanId) {}

    /**
     * Which units must implement the plan (the issuers' direct subordinates today that implement plans) and which
     * of them have issued an implementing plan, have a draft, or have nothing.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(long id) {
        PlanStore.Stored s = access.load(id);
        LocalDate today = units.today();
        Set<UnitView> expected = new LinkedHashSet<>();
        for (Long issuer : s.plan().issuerUnitIds()) {
            for (UnitView child : units.children(issuer, today)) {
                if (!NOT_IMPLEMENTERS.contains(child.kind()) && !s.plan().issuerUnitIds().contains(child.id())) {
                    expected.add(child);
                }
            }
        }
        // the implementing plans (drafts and issued) of each unit, by plan id: the direct children of the plan's tree
        // when this GET request has read it (the plan page), else the one level read alone (a list of coverages)
        Map<Long, List<Object[]>> plansByUnit = new LinkedHashMap<>();
        Map<Long, Tree> trees = vn.gandan.shared.GetRequestMemo.map("plans.tree");
        Tree tree = trees == null ? null : trees.get(id);
        if (tree != null) {
            tree.nodes().values().stream().filter(Tree.Node::child)
                    .filter(n -> n.status() == Plan.Status.DRAFT || n.status() == Plan.Status.ISSUED)
                    .sorted(java.util.Comparator.comparingLong(Tree.Node::id))
                    .forEach(n -> n.issuers().forEach(u -> plansByUnit.computeIfAbsent(u, k -> new ArrayList<>())
                            .add(new Object[]{u, n.id(), n.status().name()})));
        } else {
            jdbc.sql("""
                            select i.unit_id, p.id, p.status from plan_base_plan b join plan p on p.id = b.plan_id
                            join plan_issuer i on i.plan_id = p.id
                            where b.base_plan_id = :id and p.status in ('DRAFT', 'ISSUED') order by p.id""")
                    .param("id", id).query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)}).list()
                    .forEach(r -> plansByUnit.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        }
        List<CoverageUnit> rows = new ArrayList<>();
        int implemented = 0;
        int drafts = 0;
        for (UnitView u : expected) {
            Long issued = null;
            Long draft = null;
            for (Object[] r : plansByUnit.getOrDefault(u.id(), List.of())) {
                if ("ISSUED".equals(r[2])) issued = (Long) r[1];
                else draft = (Long) r[1];
            }
            String status = issued != null ? "ISSUED" : draft != null ? "DRAFT" : "NONE";
            if (issued != null) implemented++;
            else if (draft != null) drafts++;
            rows.add(new CoverageUnit(u.id(), u.name(), issued, status, issued == null ? draft : null));
        }
        rows.sort((a, b) -> {
            int c = Integer.compare(rank(a.status()), rank(b.status()));
            return c != 0 ? c : Texts.fold(a.unitName()).compareTo(Texts.fold(b.unitName()));
        });
        return new Coverage(expected.size(), implemented, drafts, expected.size() - implemented - drafts, rows);
    }

    private static int rank(String status) {
        return switch (status) { case "NONE" -> 0; case "DRAFT" -> 1; default -> 2; };
    }

    /** Progress of a plan: its own tasks' average, or — without tasks — the average of its implementing plans. */
    @Transactional(readOnly = true)
    public Integer progress(long id) {
        access.load(id);
        return progressOf(id);
    }

    /**
     * The roll-up in two queries whatever the depth: the plans below {@code id} ({@link #tree}: the walk of the bases
     * graph, at most 8 levels), then the tasks' progress of all of them; the issued implementing plans are combined
     * bottom-up in memory.
     */
    Integer progressOf(long id) {
        Tree tree = tree(id);
        return rollUp(id, tree.issuedChildren(id), tree.own(), new HashSet<>());
    }

    /**
     * The plans below {@code id}, every status, at most 8 levels (the roll-up's depth; the descendants list shows 6),
     * each with its row and issuers, in ONE statement — once per GET request: the plan page's roll-up (issued plans
     * only), its coverage (the direct children) and its list of descendants read the same walk (were three walks and
     * two plan reads). The progress of the plan and all of them is read on first use, once.
     */
    Tree tree(long id) {
        return vn.gandan.shared.GetRequestMemo.get("plans.tree", id, this::readTree);
    }

    private Tree readTree(long id) {
        List<long[]> edges = new ArrayList<>();
        Map<Long, Tree.Node> nodes = new LinkedHashMap<>();
        jdbc.sql("""
                        with recursive d(parent, child, depth) as (
                            select base_plan_id, plan_id, 1 from plan_base_plan where base_plan_id = :id
                            union
                            select b.base_plan_id, b.plan_id, d.depth + 1 from plan_base_plan b join d on b.base_plan_id = d.child
                            where d.depth < 8)
                        select d.parent, d.child, d.depth, p.kind, p.title, p.number_symbol, p.status, p.issue_date,
                               p.period_value, array(select unit_id from plan_issuer where plan_id = p.id order by position) issuers
                        from d join plan p on p.id = d.child""")
                .param("id", id).query(rs -> {
                    long child = rs.getLong(2);
                    int depth = rs.getInt(3);
                    edges.add(new long[]{rs.getLong(1), child, depth});
                    Tree.Node known = nodes.get(child);
                    if (known == null) {
                        nodes.put(child, new Tree.Node(child, PlanKind.valueOf(rs.getString(4)), rs.getString(5),
                                rs.getString(6), Plan.Status.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                                rs.getString(9), List.of((Long[]) rs.getArray(10).getArray()), depth));
                    } else if (depth < known.depth()) {
                        nodes.put(child, known.at(depth));
                    }
                });
        return new Tree(id, nodes, edges);
    }

    /** The plans below a plan ({@link #tree}); {@code own}: the tasks' progress of the plan and of each of them. */
    final class Tree {
        /** A plan below the root: its row, issuers (in order) and its nearest depth (1 = implements the root). */
        record Node(long id, PlanKind kind, String title, String numberSymbol, Plan.Status status, LocalDate issueDate,
                    String periodValue, List<Long> issuers, int depth) {
            Node at(int nearer) {
                return new Node(id, kind, title, numberSymbol, status, issueDate, periodValue, issuers, nearer);
            }

            boolean child() {
                return depth == 1;
            }
        }

        private final long root;
        private final Map<Long, Node> nodes;
        private final List<long[]> edges;
        private Map<Long, Integer> own;

        Tree(long root, Map<Long, Node> nodes, List<long[]> edges) {
            this.root = root;
            this.nodes = nodes;
            this.edges = edges;
        }

        Map<Long, Node> nodes() {
            return nodes;
        }

        /** The tasks' progress of the root and every plan below it (one statement, on first use). */
        Map<Long, Integer> own() {
            if (own == null) {
                Set<Long> ids = new HashSet<>(nodes.keySet());
                ids.add(root);
                own = tasks.progress(ids);
            }
            return own;
        }

        /**
         * The issued implementing plans below the root, level by level as the roll-up's walk read them: at depth k the
         * issued children of the plans reached at depth k − 1 (the root at depth 0), through issued plans only.
         */
        Map<Long, List<Long>> issuedChildren(long id) {
            Map<Long, Plan.Status> status = new java.util.HashMap<>();
            nodes.forEach((k, n) -> status.put(k, n.status()));
            return PlanCoverage.issuedChildren(id, edges, status);
        }
    }

    /**
     * The issued implementing plans below {@code root} from the edges (parent, child, depth) of a walk of every status:
     * at depth k the issued children of the plans reached at depth k − 1 (the root at depth 0) — what a walk through
     * issued plans only, at most 8 levels, reads (the roll-up's walk before session 17).
     */
    static Map<Long, List<Long>> issuedChildren(long root, List<long[]> edges, Map<Long, Plan.Status> status) {
        Map<Long, List<Long>> children = new java.util.HashMap<>();
        Set<Long> level = Set.of(root);
        for (int depth = 1; depth <= 8 && !level.isEmpty(); depth++) {
            Set<Long> next = new HashSet<>();
            for (long[] e : edges) {
                if (e[2] == depth && level.contains(e[0]) && status.get(e[1]) == Plan.Status.ISSUED) {
                    List<Long> of = children.computeIfAbsent(e[0], k -> new ArrayList<>());
                    if (!of.contains(e[1])) of.add(e[1]);
                    next.add(e[1]);
                }
            }
            level = next;
        }
        return children;
    }

    /**
     * {@link #progressOf(long)} of many plans in two queries: the implementing plans below each of them (the same
     * walk, one root per plan), then the tasks' progress of all of them.
     */
    Map<Long, Integer> progressOf(Collection<Long> ids) {
        Map<Long, Map<Long, List<Long>>> byRoot = new java.util.HashMap<>();
        if (ids.isEmpty()) return new java.util.HashMap<>();
        jdbc.sql("""
                        with recursive d(root, parent, child, depth) as (
                            select b.base_plan_id, b.base_plan_id, b.plan_id, 1 from plan_base_plan b join plan p on p.id = b.plan_id
                            where b.base_plan_id in (:ids) and p.status = 'ISSUED'
                            union
                            select d.root, b.base_plan_id, b.plan_id, d.depth + 1 from plan_base_plan b
                            join plan p on p.id = b.plan_id join d on b.base_plan_id = d.child
                            where p.status = 'ISSUED' and d.depth < 8)
                        select distinct root, parent, child from d""")
                .param("ids", ids).query(rs -> {
                    byRoot.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(3));
                });
        Set<Long> nodes = new HashSet<>(ids);
        byRoot.values().forEach(children -> children.values().forEach(nodes::addAll));
        Map<Long, Integer> own = tasks.progress(nodes);
        Map<Long, Integer> out = new java.util.HashMap<>();
        for (Long id : ids) {
            out.put(id, rollUp(id, byRoot.getOrDefault(id, Map.of()), own, new HashSet<>()));
        }
        return out;
    }

    /** A plan's own tasks' average, averaged with its implementing plans' roll-ups (a plan with neither: null). */
    static Integer rollUp(long id, Map<Long, List<Long>> children, Map<Long, Integer> own, Set<Long> seen) {
        if (!seen.add(id)) return null;
        List<Integer> below = children.getOrDefault(id, List.of()).stream()
                .map(c -> rollUp(c, children, own, seen)).filter(p -> p != null).toList();
        Integer mine = own.get(id);
        if (below.isEmpty()) return mine;
        double avg = below.stream().mapToInt(Integer::intValue).average().orElse(0);
        return mine == null ? (int) Math.round(avg) : (int) Math.round((mine + avg) / 2.0);
    }

}
