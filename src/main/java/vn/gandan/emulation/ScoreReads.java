package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** Reads of score sheets and the ranking of the units under a superior; out-of-scope units answer 404. */
@Component
@Transactional(readOnly = true)
class ScoreReads {

    /** One unit's totals in a ranking; {@code rating} once the final score is fixed. */
    record Ranked(long unitId, String unitName, BigDecimal selfScore, BigDecimal superiorScore, BigDecimal finalScore,
                  String rating, String ratingName) {
    }

    private final JdbcClient jdbc;
    private final CriteriaStore criteria;
    private final AccessService access;
    private final UnitService units;

    ScoreReads(JdbcClient jdbc, CriteriaStore criteria, AccessService access, UnitService units) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.access = access;
        this.units = units;
    }

    /** The sheet (empty values when not scored yet); empty when no criteria set applies to the year. */
    Optional<ScoreSheet> sheet(long unitId, int year) {
        access.requireVisible(unitId);
        Long setId = jdbc.sql("select set_id from emu_score where unit_id = :u and year = :y").param("u", unitId)
                .param("y", year).query(Long.class).optional().orElse(null);
        Optional<Criteria> set = setId != null ? Optional.of(criteria.load(setId)) : criteria.forUnit(unitId, year);
        return set.map(s -> build(unitId, year, s));
    }

    private ScoreSheet build(long unitId, int year, Criteria set) {
        Map<Long, Object[]> lines = new HashMap<>();
        jdbc.sql("""
                        select l.criterion_id, l.self_points, l.self_comment, l.evidence_url, l.evidence_type, l.evidence_id,
                               l.superior_points, l.superior_comment, l.final_points, l.final_comment
                        from emu_score_line l join emu_score s on s.id = l.score_id where s.unit_id = :u and s.year = :y""")
                .param("u", unitId).param("y", year).query((rs, i) -> lines.put(rs.getLong(1), new Object[] {
                        rs.getBigDecimal(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6),
                        rs.getBigDecimal(7), rs.getString(8), rs.getBigDecimal(9), rs.getString(10)})).list();
        List<Criteria.Criterion> leaves = set.leaves();
        List<ScoreSheet.Row> rows = set.items().stream().map(c -> {
            Object[] l = lines.getOrDefault(c.id(), new Object[9]);
            return new ScoreSheet.Row(c.id(), c.code(), c.title(), leaves.contains(c), c.max(), c.evidenceRequired(),
                    (BigDecimal) l[0], (String) l[1], (String) l[2], (String) l[3], (Long) l[4], (BigDecimal) l[5],
                    (String) l[6], (BigDecimal) l[7], (String) l[8]);
        }).toList();
        boolean finalised = jdbc.sql("select coalesce(bool_or(final_at is not null), false) from emu_score where unit_id = :u and year = :y")
                .param("u", unitId).param("y", year).query(Boolean.class).single();
        BigDecimal self = sum(rows, 6), sup = sum(rows, 11), fin = finalised ? sum(rows, 13) : null;
        Criteria.Band band = fin == null ? null : set.rating(fin);
        return new ScoreSheet(unitId, units.get(unitId).name(), year, set.name(), set.source(), rows, self, sup, fin,
                band == null ? null : band.code(), band == null ? null : band.name(), finalised);
    }

    private static BigDecimal sum(List<ScoreSheet.Row> rows, int column) {
        BigDecimal total = null;
        for (ScoreSheet.Row r : rows) {
            BigDecimal v = column == 6 ? r.self() : column == 11 ? r.superior() : r.finalPoints();
            if (r.leaf() && v != null) total = total == null ? v : total.add(v);
        }
        return total;
    }

    /** The units directly under {@code parentId} today with their totals, best final score first. */
    List<Ranked> ranking(long parentId, int year) {
        access.requireVisible(parentId);
        List<UnitView> children = units.children(parentId, units.today());
        if (children.isEmpty()) return List.of();
        Map<Long, Object[]> totals = new HashMap<>();
        jdbc.sql("""
                        select s.unit_id, sum(l.self_points), sum(l.superior_points),
                               case when s.final_at is not null then sum(l.final_points) end, s.set_id
                        from emu_score s left join emu_score_line l on l.score_id = s.id
                        where s.year = :y and s.unit_id in (:ids) group by s.id""")
                .param("y", year).param("ids", children.stream().map(UnitView::id).toList())
                .query((rs, i) -> totals.put(rs.getLong(1), new Object[] {rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getLong(5)})).list();
        Map<Long, Criteria> sets = new HashMap<>();
        return children.stream().map(u -> {
            Object[] t = totals.getOrDefault(u.id(), new Object[4]);
            BigDecimal fin = (BigDecimal) t[2];
            Criteria.Band band = fin == null ? null : sets.computeIfAbsent((Long) t[3], criteria::load).rating(fin);
            return new Ranked(u.id(), u.name(), (BigDecimal) t[0], (BigDecimal) t[1], fin,
                    band == null ? null : band.code(), band == null ? null : band.name());
        }).sorted(java.util.Comparator.comparing(Ranked::finalScore, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(Ranked::selfScore, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(Ranked::unitName)).toList();
    }
}
