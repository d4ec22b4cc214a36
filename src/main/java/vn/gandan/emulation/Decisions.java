package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Commendation decisions: the unit where reviewed proposals lie decides them in one numbered decision, if the forms
 * asked for are within its power (otherwise it must forward them up). Decided proposals form the register.
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
    private final Proposals proposals;
    private final AccessService access;
    private final UnitService units;
    private final Actors actors;
    private final AuditLog audit;
    private final CommendationDeciders deciders;

    Decisions(JdbcClient jdbc, Movements movements, Proposals proposals, AccessService access, UnitService units,
              Actors actors, AuditLog audit, CommendationDeciders deciders) {
        this.deciders = deciders;
        this.jdbc = jdbc;
        this.movements = movements;
        this.proposals = proposals;
        this.access = access;
        this.units = units;
        this.actors = actors;
        this.audit = audit;
    }

    public DecisionView decide(long movementId, NewDecision body) {
        MovementView m = movements.get(movementId);
        Long unit = body.unitId() != null ? body.unitId() : access.requireCaller().unitId();
        if (unit == null) throw new NotFoundException("unit", null);
        NewDecision b = new NewDecision(unit, body.numberSymbol(), body.signedOn(), body.signerName(), body.signerTitle(),
                body.authority(), body.reason(), body.proposalIds());
        Caller c = actors.require(b.unitId(), "emulation.decision.error.notYourUnit");
        List<ProposalView> chosen = chosen(m, b);
        List<FieldProblem> problems = new ArrayList<>();
        var kind = units.get(b.unitId()).kind();
        LocalDate on = Actors.day("signedOn", b.signedOn());
        for (ProposalView p : chosen) {
            if (!deciders.mayDecide(p.form(), kind, on == null ? actors.today() : on)) {
                problems.add(FieldProblem.of("proposalIds", "emulation.decision.error.beyondPower", p.nomineeName()));
            }
        }
        String number = required(b.numberSymbol(), "numberSymbol", 60, problems);
        String signer = required(b.signerName(), "signerName", 200, problems);
        String title = required(b.signerTitle(), "signerTitle", 200, problems);
        String reason = required(b.reason(), "reason", 1000, problems);
        String authority = Texts.clean(b.authority());
        if (authority != null && !authority.isEmpty() && !List.of("KT.", "TL.", "TUQ.", "Q.", "TM.").contains(authority)) {
            problems.add(FieldProblem.of("authority", "emulation.decision.error.authority"));
        }
        problems.addAll(actors.dayProblems("signedOn", on, chosen.stream().map(p -> p.steps().get(p.steps().size() - 1).on())
                .max(LocalDate::compareTo).orElse(null)));
        if (number != null && jdbc.sql("select count(*) from emu_decision where unit_id = :u and number_symbol = :n")
                .param("u", b.unitId()).param("n", number).query(Integer.class).single() > 0) {
            problems.add(FieldProblem.of("numberSymbol", "emulation.decision.error.numberTaken"));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        long id = jdbc.sql("""
                        insert into emu_decision(movement_id, unit_id, number_symbol, signed_on, signer_name, signer_title,
                          authority, reason, created_by) values (:m, :u, :n, :on, :s, :t, :a, :r, :by) returning id""")
                .param("m", movementId).param("u", b.unitId()).param("n", number).param("on", on).param("s", signer)
                .param("t", title).param("a", authority == null || authority.isEmpty() ? null : authority)
                .param("r", reason).param("by", c.username()).query(Long.class).single();
        for (ProposalView p : chosen) {
            jdbc.sql("update emu_proposal set status = 'DECIDED', decision_id = :d where id = :p").param("d", id).param("p", p.id()).update();
            ProposalRows.step(jdbc, p.id(), "DECIDED", on, c.displayName(), b.unitId(), number);
        }
        audit.record("CREATE", "CommendationDecision", id, null, Map.of("movementId", movementId, "number", number));
        return get(id);
    }

    /** The proposals named: each visible, of this movement, lying at the deciding unit and reviewed (409 otherwise). */
    private List<ProposalView> chosen(MovementView m, NewDecision b) {
        if (b.proposalIds() == null || b.proposalIds().isEmpty()) {
            throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("proposalIds", "emulation.decision.error.none")));
        }
        List<ProposalView> out = new ArrayList<>();
        for (Long pid : new java.util.LinkedHashSet<>(b.proposalIds())) {
            ProposalView p = proposals.get(pid);
            if (p.movementId() != m.id() || p.atUnitId() != b.unitId()) {
                throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("proposalIds", "emulation.decision.error.notHere", p.nomineeName())));
            }
            if (!"REVIEWED".equals(p.status())) throw ProblemException.conflict("emulation.decision.error.notReviewed", p.nomineeName());
            out.add(p);
        }
        return out;
    }

    private static String required(String s, String field, int max, List<FieldProblem> problems) {
        String t = Texts.clean(s);
        if (t == null || t.isEmpty()) problems.add(FieldProblem.of(field, "emulation.decision.error.required"));
        else if (t.length() > max) problems.add(FieldProblem.of(field, "emulation.model.error.tooLong", max));
        return t == null || t.isEmpty() ? null : t;
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
