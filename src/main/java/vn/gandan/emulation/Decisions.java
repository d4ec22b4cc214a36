package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.shared.NotFoundException;

/**
 * Commendation decisions: the unit where reviewed proposals lie decides them in one numbered decision, if the forms
 * asked for are within its power (otherwise it must forward them up). Decided proposals form the register. What a
 * decision must satisfy: {@link DecisionChecks}.
 */
@Service
@Transactional
public class Decisions {

    /** The body of a decision. */
    public record NewDecision(Long unitId, String numberSymbol, String signedOn, String signerName, String signerTitle,
                              String authority, String reason, List<Long> proposalIds) {
    }

    private final JdbcClient jdbc;
    private final Movements movements;
    private final AccessService access;
    private final Actors actors;
    private final AuditLog audit;
    private final DecisionChecks checks;

    Decisions(JdbcClient jdbc, Movements movements, AccessService access, Actors actors, AuditLog audit,
              DecisionChecks checks) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.access = access;
        this.actors = actors;
        this.audit = audit;
        this.checks = checks;
    }

    public DecisionView decide(long movementId, NewDecision body) {
        MovementView m = movements.get(movementId);
        Long unit = body.unitId() != null ? body.unitId() : access.requireCaller().unitId();
        if (unit == null) throw new NotFoundException("unit", null);
        NewDecision b = new NewDecision(unit, body.numberSymbol(), body.signedOn(), body.signerName(), body.signerTitle(),
                body.authority(), body.reason(), body.proposalIds());
        Caller c = actors.require(b.unitId(), "emulation.decision.error.notYourUnit");
        DecisionChecks.Checked k = checks.check(m, b);
        String number = k.number();
        LocalDate on = k.on();
        long id = jdbc.sql("""
                        insert into emu_decision(movement_id, unit_id, number_symbol, signed_on, signer_name, signer_title,
                          authority, reason, created_by) values (:m, :u, :n, :on, :s, :t, :a, :r, :by) returning id""")
                .param("m", movementId).param("u", b.unitId()).param("n", number).param("on", on).param("s", k.signer())
                .param("t", k.title()).param("a", k.authority()).param("r", k.reason())
                .param("by", c.username()).query(Long.class).single();
        for (ProposalView p : k.chosen()) {
            jdbc.sql("update emu_proposal set status = 'DECIDED', decision_id = :d where id = :p").param("d", id).param("p", p.id()).update();
            ProposalRows.step(jdbc, p.id(), "DECIDED", on, c.displayName(), b.unitId(), number);
        }
        audit.record("CREATE", "CommendationDecision", id, null, Map.of("movementId", movementId, "number", number));
        return get(id);
    }

    /** The decision if the caller sees its unit or one of the commended units; 404 otherwise. */
    @Transactional(readOnly = true)
    public DecisionView get(long id) {
        DecisionView d = jdbc.sql("select * from emu_decision where id = :id").param("id", id)
                .query((rs, i) -> new DecisionView(rs.getLong("id"), rs.getLong("movement_id"), null, rs.getLong("unit_id"),
                        movements.unitName(rs.getLong("unit_id")), rs.getString("number_symbol"),
                        rs.getObject("signed_on", LocalDate.class), rs.getString("signer_name"), rs.getString("signer_title"),
                        rs.getString("authority"), rs.getString("reason"), List.of())).optional()
                .orElseThrow(() -> new NotFoundException("decision", id));
        List<ProposalView> listed = ProposalRows.query(jdbc, "p.decision_id = :d", Map.of("d", id), movements::unitName);
        if (!access.canSee(d.unitId()) && listed.stream().noneMatch(p -> access.canSee(p.nomineeUnitId()))) {
            throw new NotFoundException("decision", id);
        }
        String movement = jdbc.sql("select name from emu_movement where id = :m").param("m", d.movementId()).query(String.class).single();
        return new DecisionView(d.id(), d.movementId(), movement, d.unitId(), d.unitName(), d.numberSymbol(), d.signedOn(),
                d.signerName(), d.signerTitle(), d.authority(), d.reason(), listed);
    }

    @Transactional(readOnly = true)
    public List<DecisionView> forMovement(long movementId) {
        movements.get(movementId);
        return jdbc.sql("select id from emu_decision where movement_id = :m order by signed_on, id").param("m", movementId)
                .query(Long.class).list().stream().map(this::visibleOrNull).filter(java.util.Objects::nonNull).toList();
    }

    private DecisionView visibleOrNull(long id) {
        try {
            return get(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
