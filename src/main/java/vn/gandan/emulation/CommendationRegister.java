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
 * The register of commendations (sổ khen thưởng): every decided proposal whose nominee's unit the caller sees, per
 * unit (its subtree) and per person (name searched without diacritics), newest decision first.
 */
@Service
@Transactional(readOnly = true)
public class CommendationRegister {

    /** One line of the register. */
    public record Entry(long proposalId, long decisionId, String numberSymbol, LocalDate signedOn, long decidedByUnitId,
                        String decidedBy, long movementId, String movement, String nomineeKind, String nomineeName,
                        String position, long unitId, String unitName, String form, String formName) {
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
                        select p.id, d.id as did, d.number_symbol, d.signed_on, d.unit_id as by_unit, m.id as mid, m.name as movement,
                               p.nominee_kind, p.nominee_name, p.position, p.nominee_unit_id, p.form
                          from emu_proposal p join emu_decision d on d.id = p.decision_id join emu_movement m on m.id = p.movement_id
                         where p.status = 'DECIDED' and %s
                           and (cast(:sub as bigint[]) is null or p.nominee_unit_id = any(cast(:sub as bigint[])))
                           and (cast(:q as text) is null or p.search_text like :q)
                           and (cast(:y as integer) is null or extract(year from d.signed_on) = :y)
                         order by d.signed_on desc, d.id desc, p.id""".formatted(access.scopeSql("p.nominee_unit_id")))
                .params(params(subtree, q, year))
                .query((rs, i) -> new Entry(rs.getLong("id"), rs.getLong("did"), rs.getString("number_symbol"),
                        rs.getObject("signed_on", LocalDate.class), rs.getLong("by_unit"), name(rs.getLong("by_unit")),
                        rs.getLong("mid"), rs.getString("movement"), rs.getString("nominee_kind"), rs.getString("nominee_name"),
                        rs.getString("position"), rs.getLong("nominee_unit_id"), name(rs.getLong("nominee_unit_id")),
                        rs.getString("form"), FormNames.vi(rs.getString("form")))).list();
    }

    private static Map<String, Object> params(Long[] subtree, String q, Integer year) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("sub", subtree);
        p.put("q", q);
        p.put("y", year);
        return p;
    }

    private String name(long unitId) {
        return units.find(unitId).map(vn.gandan.org.UnitView::name).orElse("");
    }
}
