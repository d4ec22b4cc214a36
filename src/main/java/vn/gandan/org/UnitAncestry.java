package vn.gandan.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 (national scale): the units above many units at once, read from the tree's closure
 * ({@code org_unit_closure}, kept by the org module's trigger on every link change) in ONE indexed query, instead of
 * a recursive walk per unit. Same answers as {@link UnitService#ancestorIds} unit by unit.
 */
@Service
@Transactional(readOnly = true)
public class UnitAncestry {

    private final JdbcClient jdbc;

    UnitAncestry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each existing unit among {@code unitIds}: the units above it on {@code today}, or — for a dissolved unit —
     * on its last day (it sits where it was then, so its old superiors still see its records). Nearest first.
     * Units that do not exist are absent from the map.
     */
    public Map<Long, Set<Long>> aboveAsPlaced(Collection<Long> unitIds, LocalDate today) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (unitIds.isEmpty()) return out;
        // one statement (issue 14, session 15: the units that exist were read by a statement of their own before):
        // each existing unit once with no ancestor (null) when it has none that day, else once per ancestor
        jdbc.sql("""
                        select u.id, c.ancestor_id from org_unit u
                        cross join lateral (select least(coalesce(u.valid_to, cast(:today as date)), cast(:today as date)) d) x
                        left join org_unit_closure c on c.unit_id = u.id and c.valid_from <= x.d
                          and (c.valid_to is null or c.valid_to >= x.d)
                        where u.id = any(cast(:ids as bigint[]))
                        order by u.id, c.depth""")
                .param("ids", array(unitIds)).param("today", today)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getObject(2) == null ? 0L : rs.getLong(2))).list()
                .forEach(e -> {
                    Set<Long> above = out.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                    if (e.getValue() != 0L) above.add(e.getValue());
                });
        return out;
    }

    /** For each of {@code unitIds}: the units above it on {@code day}, nearest first (none when it had no parent). */
    public Map<Long, Set<Long>> aboveOn(Collection<Long> unitIds, LocalDate day) {
        Map<Long, Set<Long>> out = new HashMap<>();
        unitIds.forEach(u -> out.put(u, new LinkedHashSet<>()));
        if (unitIds.isEmpty()) return out;
        jdbc.sql("""
                        select unit_id, ancestor_id from org_unit_closure
                        where unit_id = any(cast(:ids as bigint[])) and valid_from <= :d and (valid_to is null or valid_to >= :d)
                        order by unit_id, depth""")
                .param("ids", array(unitIds)).param("d", day)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> out.get(e.getKey()).add(e.getValue()));
        return out;
    }

    /** The parent of each of {@code unitIds} on {@code day} (absent: no parent that day). */
    public Map<Long, Long> parentsOn(Collection<Long> unitIds, LocalDate day) {
        Map<Long, Long> out = new HashMap<>();
        if (unitIds.isEmpty()) return out;
        jdbc.sql("""
                        select unit_id, parent_id from org_unit_link
                        where unit_id = any(cast(:ids as bigint[])) and valid_from <= :d and (valid_to is null or valid_to >= :d)
                        order by unit_id, valid_from""")
                .param("ids", array(unitIds)).param("d", day)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
        return out;
    }

    /** A PostgreSQL array literal of the distinct ids, for {@code cast(:ids as bigint[])}. */
    private static String array(Collection<Long> ids) {
        return new LinkedHashSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
