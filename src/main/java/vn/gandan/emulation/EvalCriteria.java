package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;

/**
 * ⚙ The staff-evaluation criteria in force (tables {@code emu_eval_criteria_set}, {@code emu_eval_criterion}): the set
 * owned by the evaluated unit or the nearest unit above it, else the shared default, with the latest effective date on
 * or before the period's last day. Sets are added by their owner ({@link EvalCriteriaAdmin}), never edited.
 */
@Component
class EvalCriteria {

    /** One criterion: its part (PROFESSIONAL or DAN_VAN), wording and maximum. */
    public record Criterion(String code, String part, String text, BigDecimal maxPoints) {
    }

    /** A dated set of criteria and who owns it (null = the shared default). */
    public record CriteriaSet(long id, Long ownerUnitId, LocalDate effectiveFrom, String source, List<Criterion> criteria) {

        List<Criterion> part(String part) {
            return criteria.stream().filter(c -> c.part().equals(part)).toList();
        }

        Optional<Criterion> find(String code) {
            return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final UnitService units;

    EvalCriteria(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The set in force for a unit's evaluations of a period ending on {@code day}. */
    Optional<CriteriaSet> inForce(long unitId, LocalDate day) {
        List<Long> chain = new ArrayList<>(List.of(unitId));
        chain.addAll(units.ancestorIds(unitId, day));
        for (Long owner : chain) {
            Optional<CriteriaSet> own = latest(owner, day);
            if (own.isPresent()) return own;
        }
        return latest(null, day);
    }

    /** The latest set of one owner (null = the default) effective on the day. */
    Optional<CriteriaSet> latest(Long owner, LocalDate day) {
        return jdbc.sql("""
                        select id, owner_unit_id, effective_from, source from emu_eval_criteria_set
                         where coalesce(owner_unit_id, 0) = coalesce(cast(:o as bigint), 0) and effective_from <= :d
                         order by effective_from desc limit 1""")
                .param("o", owner).param("d", day)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, LocalDate.class),
                        rs.getString(4)}).optional()
                .map(r -> new CriteriaSet((Long) r[0], (Long) r[1], (LocalDate) r[2], (String) r[3], criteria((Long) r[0])));
    }

    private List<Criterion> criteria(long setId) {
        return jdbc.sql("select code, part, text, max_points from emu_eval_criterion where set_id = :s order by position, code")
                .param("s", setId).query((rs, i) -> new Criterion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4))).list();
    }
}
