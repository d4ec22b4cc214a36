package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads proposals with their status history; unit names come from the caller's lookup (org's public service). */
final class ProposalRows {

    static final String SELECT = """
            select p.*, d.number_symbol from emu_proposal p left join emu_decision d on d.id = p.decision_id""";

    private ProposalRows() {
    }

    static List<ProposalView> query(JdbcClient jdbc, String where, java.util.Map<String, ?> params, LongFunction<String> names) {
        return jdbc.sql(SELECT + " where " + where + " order by p.movement_id, p.id").params(params)
                .query((rs, i) -> new ProposalView(rs.getLong("id"), rs.getLong("movement_id"), rs.getLong("unit_id"),
                        names.apply(rs.getLong("unit_id")), rs.getLong("at_unit_id"), names.apply(rs.getLong("at_unit_id")),
                        rs.getString("nominee_kind"), rs.getString("nominee_name"), rs.getLong("nominee_unit_id"),
                        rs.getString("position"), rs.getString("achievements"), rs.getString("form"),
                        (Long) rs.getObject("model_id"), rs.getString("status"), rs.getObject("proposed_on", LocalDate.class),
                        (Long) rs.getObject("decision_id"), rs.getString("number_symbol"), steps(jdbc, rs.getLong("id"))))
                .list();
    }

    static List<ProposalView.Step> steps(JdbcClient jdbc, long id) {
        return jdbc.sql("select status, on_date, by_name, at_unit_id, note from emu_proposal_step where proposal_id = :p order by id")
                .param("p", id).query((rs, i) -> new ProposalView.Step(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getLong(4), rs.getString(5))).list();
    }

    static void step(JdbcClient jdbc, long id, String status, LocalDate on, String by, long atUnit, String note) {
        jdbc.sql("insert into emu_proposal_step(proposal_id, status, on_date, by_name, at_unit_id, note) values (:p, :s, :on, :b, :u, :n)")
                .param("p", id).param("s", status).param("on", on).param("b", by).param("u", atUnit).param("n", note).update();
    }
}
