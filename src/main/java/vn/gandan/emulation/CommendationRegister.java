package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.shared.Texts;

/**
 * The register of commendations (sổ khen thưởng): every decided proposal of a movement and every recognised "Dân vận
 * khéo" model or exemplar commended with a Giấy khen / Bằng khen (H2), whose unit the caller sees, per unit (its
 * subtree) and per person (name searched without diacritics), newest decision first.
 */
@Service
@Transactional(readOnly = true)
public class CommendationRegister {

    /** One line of the register. */
    /** {@code source}: PROPOSAL (a movement's decision: proposal, decision and movement ids) or MODEL (modelId). */
    public record Entry(String source, Long proposalId, Long decisionId, Long modelId, String numberSymbol,
                        LocalDate signedOn, Long decidedByUnitId, String decidedBy, Long movementId, String movement,
                        String nomineeKind, String nomineeName, String position, long unitId, String unitName,
                        String form, String formName) {
    }

    private final JdbcClient jdbc;
    private final AccessService access;
    private final UnitService units;

    CommendationRegister(JdbcClient jdbc, AccessService access, UnitService units) {
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
    }

    /** {@code unitId}: the unit and its subtree (404 if out of scope); {@code person}: part of a name; year optional. */
    public List<Entry> entries(Long unitId, String person, Integer year) {
        if (unitId != null) access.requireVisible(unitId);
        String q = person == null || person.isBlank() ? null : "%" + Texts.fold(person.strip()) + "%";
        Long[] subtree = unitId == null ? null : units.subtreeIds(unitId, units.today()).toArray(Long[]::new);
        return jdbc.sql("""
                        select * from (
                          select 'PROPOSAL' as source, p.id as pid, d.id as did, null::bigint as model_id,
                                 d.number_symbol as num, d.signed_on, d.unit_id as by_unit, m.id as mid, m.name as movement,
                                 p.nominee_kind, p.nominee_name, p.position, p.nominee_unit_id as uid, p.form, p.search_text
                            from emu_proposal p join emu_decision d on d.id = p.decision_id
                            join emu_movement m on m.id = p.movement_id
                           where p.status = 'DECIDED'
                          union all
                          select 'MODEL', null, null, e.id, e.decision, e.recognised_on, s.approver_unit_id, null, e.name,
                                 case e.holder_kind when 'PERSON' then 'INDIVIDUAL' else 'COLLECTIVE' end, e.holder_name,
                                 null, e.unit_id, e.award, e.search_text
                            from emu_model e left join lateral (
                                   select approver_unit_id from emu_model_step
                                    where model_id = e.id and step = 'RECOGNISED' order by on_date desc, id desc limit 1) s on true
                           where e.award is not null and e.recognised_on is not null) r
                         where %s
                           and (cast(:sub as bigint[]) is null or r.uid = any(cast(:sub as bigint[])))
                           and (cast(:q as text) is null or r.search_text like :q)
                           and (cast(:y as integer) is null or extract(year from r.signed_on) = :y)
                         order by r.signed_on desc, r.did desc nulls last, r.pid, r.model_id""".formatted(access.scopeSql("r.uid")))
                .params(params(subtree, q, year))
                .query((rs, i) -> new Entry(rs.getString("source"), id(rs, "pid"), id(rs, "did"), id(rs, "model_id"),
                        rs.getString("num"), rs.getObject("signed_on", LocalDate.class), id(rs, "by_unit"),
                        id(rs, "by_unit") == null ? "" : name(rs.getLong("by_unit")), id(rs, "mid"), rs.getString("movement"),
                        rs.getString("nominee_kind"), rs.getString("nominee_name"), rs.getString("position"),
                        rs.getLong("uid"), name(rs.getLong("uid")), rs.getString("form"), FormNames.vi(rs.getString("form"))))
                .list();
    }

    private static Map<String, Object> params(Long[] subtree, String q, Integer year) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("sub", subtree);
        p.put("q", q);
        p.put("y", year);
        return p;
    }

    private static Long id(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private String name(long unitId) {
        return units.find(unitId).map(vn.gandan.org.UnitView::name).orElse("");
    }
}
