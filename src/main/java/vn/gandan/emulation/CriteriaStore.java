package vn.gandan.emulation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** Finds the ⚙ criteria set for a unit and year: the set of its province (an ancestor's code), else the default. */
@Component
class CriteriaStore {

    private final JdbcClient jdbc;
    private final UnitService units;

    CriteriaStore(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    Optional<Criteria> forUnit(long unitId, int year) {
        List<String> codes = units.findAll(units.ancestorIds(unitId, units.today())).stream().map(UnitView::code).toList();
        Optional<Long> id = jdbc.sql("""
                        select id from emu_criteria_set where year = :y and (root_code is null or root_code in (:codes))
                        order by root_code is null, id limit 1""")
                .param("y", year).param("codes", codes.isEmpty() ? List.of("-") : codes).query(Long.class).optional();
        return id.map(this::load);
    }

    Criteria load(long id) {
        return jdbc.sql("select id, name, source, year from emu_criteria_set where id = :id").param("id", id)
                .query((rs, i) -> new Criteria(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        items(id), bands(id))).single();
    }

    private List<Criteria.Criterion> items(long setId) {
        return jdbc.sql("""
                        select c.id, c.parent_id, c.code, c.title, c.max_points, c.evidence_required from emu_criterion c
                        left join emu_criterion p on p.id = c.parent_id
                        where c.set_id = :s order by coalesce(p.position, c.position), c.parent_id nulls first, c.position""")
                .param("s", setId).query((rs, i) -> new Criteria.Criterion(rs.getLong(1), (Long) rs.getObject(2),
                        rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getBoolean(6))).list();
    }

    private List<Criteria.Band> bands(long setId) {
        return jdbc.sql("select code, name, min_points from emu_rating_band where set_id = :s order by min_points desc")
                .param("s", setId).query((rs, i) -> new Criteria.Band(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }
}
