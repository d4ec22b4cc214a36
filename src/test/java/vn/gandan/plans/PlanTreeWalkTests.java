package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 17: the plan page walks the bases graph once (every status) and derives the roll-up's issued plans from it;
 * they must be the plans the roll-up's own walk through issued plans only (at most 8 levels) read.
 */
class PlanTreeWalkTests {

    @Test
    void theRollUpFollowsIssuedPlansOnlyAndNothingBelowADraft() {
        // 1 ← 2 (issued) ← 5 (issued), 6 (draft); 1 ← 3 (draft) ← 4 (issued, below a draft: not rolled up)
        List<long[]> edges = List.of(new long[]{1, 2, 1}, new long[]{1, 3, 1}, new long[]{2, 5, 2}, new long[]{2, 6, 2},
                new long[]{3, 4, 2});
        Map<Long, Plan.Status> status = Map.of(2L, Plan.Status.ISSUED, 3L, Plan.Status.DRAFT, 4L, Plan.Status.ISSUED,
                5L, Plan.Status.ISSUED, 6L, Plan.Status.DRAFT);
        assertThat(PlanCoverage.issuedChildren(1L, edges, status)).isEqualTo(Map.of(1L, List.of(2L), 2L, List.of(5L)));
    }

    @Test
    void theIssuedPlansOfTheWholeWalkAreThoseOfTheIssuedOnlyWalkOnRandomGraphsWithCycles() {
        Random random = new Random(17);
        Plan.Status[] statuses = Plan.Status.values();
        for (int round = 0; round < 500; round++) {
            int n = 2 + random.nextInt(14);
            Map<Long, Set<Long>> out = new HashMap<>(); // base → plans implementing it
            for (int e = random.nextInt(3 * n); e > 0; e--) {
                out.computeIfAbsent((long) random.nextInt(n), k -> new LinkedHashSet<>()).add((long) random.nextInt(n));
            }
            Map<Long, Plan.Status> status = new HashMap<>();
            for (long i = 0; i < n; i++) status.put(i, statuses[random.nextInt(statuses.length)]);
            // the issued-only walk (the SQL before): union of (parent, child, depth), the child issued, depth ≤ 8
            Map<Long, Set<Long>> expected = new HashMap<>();
            Set<List<Long>> rows = walk(out, status, true);
            rows.forEach(r -> expected.computeIfAbsent(r.get(0), k -> new HashSet<>()).add(r.get(1)));
            // the whole walk (the SQL now): every status, depth ≤ 8, then the issued levels in memory
            List<long[]> edges = new ArrayList<>();
            walk(out, status, false).forEach(r -> edges.add(new long[]{r.get(0), r.get(1), r.get(2)}));
            Map<Long, Set<Long>> actual = new HashMap<>();
            PlanCoverage.issuedChildren(0L, edges, status).forEach((k, v) -> actual.put(k, new HashSet<>(v)));
            assertThat(actual).as("round " + round).isEqualTo(expected);
        }
    }

    /** The recursive CTE's rows from plan 0: depth 1 its implementing plans, then theirs, at most 8 levels. */
    private static Set<List<Long>> walk(Map<Long, Set<Long>> out, Map<Long, Plan.Status> status, boolean issuedOnly) {
        Set<List<Long>> rows = new LinkedHashSet<>();
        Set<List<Long>> level = new LinkedHashSet<>();
        for (Long c : out.getOrDefault(0L, Set.of())) {
            if (!issuedOnly || status.get(c) == Plan.Status.ISSUED) level.add(List.of(0L, c, 1L));
        }
        while (!level.isEmpty()) {
            rows.addAll(level);
            Set<List<Long>> next = new LinkedHashSet<>();
            for (List<Long> r : level) {
                if (r.get(2) >= 8) continue;
                for (Long c : out.getOrDefault(r.get(1), Set.of())) {
                    if (!issuedOnly || status.get(c) == Plan.Status.ISSUED) next.add(List.of(r.get(1), c, r.get(2) + 1));
                }
            }
            next.removeAll(rows);
            level = next;
        }
        return rows;
    }
}
