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
        Map<Long, List<Object[]>> plansByUnit = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.unit_id, p.id, p.status from plan_base_plan b join plan p on p.id = b.plan_id
                        join plan_issuer i on i.plan_id = p.id
                        where b.base_plan_id = :id and p.status in ('DRAFT', 'ISSUED') order by p.id""")
                .param("id", id).query((rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)}).list()
                .forEach(r -> plansByUnit.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
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
     * The roll-up in two queries whatever the depth: the issued implementing plans below {@code id} (recursive CTE over
     * the bases graph, at most 8 levels), then the tasks' progress of all of them; combined bottom-up in memory.
     */
    Integer progressOf(long id) {
        Map<Long, List<Long>> children = new java.util.HashMap<>();
        jdbc.sql("""
                        with recursive d(parent, child, depth) as (
                            select b.base_plan_id, b.plan_id, 1 from plan_base_plan b join plan p on p.id = b.plan_id
                            where b.base_plan_id = :id and p.status = 'ISSUED'
                            union
                            select b.base_plan_id, b.plan_id, d.depth + 1 from plan_base_plan b
                            join plan p on p.id = b.plan_id join d on b.base_plan_id = d.child
                            where p.status = 'ISSUED' and d.depth < 8)
                        select distinct parent, child from d""")
                .param("id", id).query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).list()
                .forEach(e -> children.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]));
        Set<Long> nodes = new HashSet<>(Set.of(id));
        children.values().forEach(nodes::addAll);
        Map<Long, Integer> own = tasks.progress(nodes);
        return rollUp(id, children, own, new HashSet<>());
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
