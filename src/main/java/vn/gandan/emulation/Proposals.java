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
 * Proposals for commendation in a movement: a unit proposes (collective or individual, achievements, form) to its
 * superior (or to itself when it launched the movement); the unit where the proposal lies reviews it, does not
 * select it (with a reason) or forwards it to its own superior; a decision closes it. 409 out of order.
 */
@Service
@Transactional
public class Proposals {

    /** The body of a proposal. */
    public record NewProposal(Long unitId, String nomineeKind, String nomineeName, Long nomineeUnitId, String position,
                              String achievements, String form, Long modelId, String proposedOn) {
    }

    private final JdbcClient jdbc;
    private final Movements movements;
    private final AccessService access;
    private final UnitService units;
    private final Actors actors;
    private final AuditLog audit;

    Proposals(JdbcClient jdbc, Movements movements, AccessService access, UnitService units, Actors actors, AuditLog audit) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.access = access;
        this.units = units;
        this.actors = actors;
        this.audit = audit;
    }

    public ProposalView propose(long movementId, NewProposal body) {
        MovementView m = movements.get(movementId);
        NewProposal b = body.unitId() != null ? body : new NewProposal(callerUnit(), body.nomineeKind(), body.nomineeName(),
                body.nomineeUnitId(), body.position(), body.achievements(), body.form(), body.modelId(), body.proposedOn());
        Caller c = actors.require(b.unitId(), "emulation.proposal.error.notYourUnit");
        LocalDate today = actors.today();
        if (b.unitId() != m.unitId() && !units.isWithin(b.unitId(), m.unitId(), today)) {
            throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("unitId", "emulation.proposal.error.outsideMovement")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        String kind = "COLLECTIVE".equals(b.nomineeKind()) || "INDIVIDUAL".equals(b.nomineeKind()) ? b.nomineeKind() : null;
        if (kind == null) problems.add(FieldProblem.of("nomineeKind", "emulation.proposal.error.kind"));
        long nomineeUnit = b.nomineeUnitId() == null ? b.unitId() : b.nomineeUnitId();
        if (nomineeUnit != b.unitId() && !units.isWithin(nomineeUnit, b.unitId(), today)) {
            problems.add(FieldProblem.of("nomineeUnitId", "emulation.proposal.error.nomineeUnit"));
        }
        String name = Texts.clean(b.nomineeName());
        if ((name == null || name.isEmpty()) && "COLLECTIVE".equals(kind)) name = movements.unitName(nomineeUnit);
        if (name == null || name.isEmpty()) problems.add(FieldProblem.of("nomineeName", "emulation.proposal.error.nomineeName"));
        else if (name.length() > 300) problems.add(FieldProblem.of("nomineeName", "emulation.model.error.tooLong", 300));
        String position = Texts.clean(b.position());
        if (position != null && position.length() > 200) problems.add(FieldProblem.of("position", "emulation.model.error.tooLong", 200));
        String achievements = Texts.nfc(b.achievements()) == null ? "" : Texts.nfc(b.achievements()).strip();
        if (achievements.length() < 20) problems.add(FieldProblem.of("achievements", "emulation.proposal.error.achievements"));
        else if (achievements.length() > 8000) problems.add(FieldProblem.of("achievements", "emulation.model.error.tooLong", 8000));
        CommendationForm form = CommendationForm.parse(b.form());
        if (form == null) problems.add(FieldProblem.of("form", "emulation.proposal.error.form"));
        else if (kind != null && !form.fits(kind)) problems.add(FieldProblem.of("form", "emulation.proposal.error.formFor." + kind));
        if (b.modelId() != null && !modelUnder(b.modelId(), b.unitId())) problems.add(FieldProblem.of("modelId", "emulation.proposal.error.model"));
        LocalDate on = Actors.day("proposedOn", b.proposedOn());
        on = on == null ? today : on;
        problems.addAll(actors.dayProblems("proposedOn", on, m.startsOn()));
        if (m.proposalsDue() != null && on.isAfter(m.proposalsDue())) problems.add(FieldProblem.of("proposedOn", "emulation.proposal.error.due", Dates.vn(m.proposalsDue())));
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        long at = b.unitId() == m.unitId() ? m.unitId() : units.parentId(b.unitId(), today).orElse(m.unitId());
        long id = jdbc.sql("""
                        insert into emu_proposal(movement_id, unit_id, at_unit_id, nominee_kind, nominee_name, nominee_unit_id,
                          position, achievements, form, model_id, proposed_on, search_text, created_by)
                        values (:m, :u, :at, :k, :n, :nu, :pos, :a, :f, :model, :on, :st, :by) returning id""")
                .param("m", movementId).param("u", b.unitId()).param("at", at).param("k", kind).param("n", name)
                .param("nu", nomineeUnit).param("pos", position == null || position.isEmpty() ? null : position)
                .param("a", achievements).param("f", form.name()).param("model", b.modelId()).param("on", on)
                .param("st", Texts.fold(name + " " + (position == null ? "" : position))).param("by", c.username())
                .query(Long.class).single();
        ProposalRows.step(jdbc, id, "PROPOSED", on, c.displayName(), b.unitId(), null);
        audit.record("CREATE", "CommendationProposal", id, null, Map.of("movementId", movementId, "form", form.name()));
        return get(id);
    }

    /** review | reject | forward, by the unit where the proposal lies (or above). */
    public ProposalView act(long id, String action, Object onValue, String noteText) {
        ProposalView p = get(id);
        String next = switch (action) {
            case "review" -> need(p, "REVIEWED", "PROPOSED", "FORWARDED");
            case "reject" -> need(p, "NOT_SELECTED", "PROPOSED", "FORWARDED", "REVIEWED");
            case "forward" -> need(p, "FORWARDED", "REVIEWED");
            default -> throw new NotFoundException("action", action);
        };
        Caller c = actors.act(p.atUnitId(), "emulation.proposal.error.notAtYourUnit");
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = Actors.day("on", onValue);
        on = on == null ? actors.today() : on;
        problems.addAll(actors.dayProblems("on", on, p.steps().get(p.steps().size() - 1).on()));
        String note = Texts.clean(noteText);
        if ("NOT_SELECTED".equals(next) && (note == null || note.isEmpty())) problems.add(FieldProblem.of("note", "emulation.proposal.error.reason"));
        if (note != null && note.length() > 2000) problems.add(FieldProblem.of("note", "emulation.model.error.tooLong", 2000));
        long at = p.atUnitId();
        if ("FORWARDED".equals(next)) {
            at = units.parentId(p.atUnitId(), on).orElse(-1L);
            if (at < 0) problems.add(FieldProblem.of("note", "emulation.proposal.error.noSuperior"));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        jdbc.sql("update emu_proposal set status = :s, at_unit_id = :at where id = :id").param("s", next).param("at", at).param("id", id).update();
        ProposalRows.step(jdbc, id, next, on, c.displayName(), at, note == null || note.isEmpty() ? null : note);
        audit.record("UPDATE", "CommendationProposal", id, Map.of("status", p.status()), Map.of("status", next));
        return get(id);
    }

    private long callerUnit() {
        Long u = access.requireCaller().unitId();
        if (u == null) throw new NotFoundException("unit", null);
        return u;
    }

    private static String need(ProposalView p, String next, String... from) {
        if (!List.of(from).contains(p.status())) throw ProblemException.conflict("emulation.proposal.error.state." + next);
        return next;
    }

    /** The proposal if the caller sees the proposing unit or the unit where it lies; 404 otherwise. */
    @Transactional(readOnly = true)
    public ProposalView get(long id) {
        ProposalView p = ProposalRows.query(jdbc, "p.id = :id", Map.of("id", id), movements::unitName).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("proposal", id));
        if (!access.canSee(p.unitId()) && !access.canSee(p.atUnitId())) throw new NotFoundException("proposal", id);
        return p;
    }

    /** The consolidation of a movement: the proposals the caller sees (all of them, or those now at {@code atUnitId}). */
    @Transactional(readOnly = true)
    public List<ProposalView> forMovement(long movementId, Long atUnitId) {
        movements.get(movementId);
        String scope = "(" + access.scopeSql("p.unit_id") + " or " + access.scopeSql("p.at_unit_id") + ")";
        String where = "p.movement_id = :m and " + scope + (atUnitId == null ? "" : " and p.at_unit_id = :at");
        return ProposalRows.query(jdbc, where, atUnitId == null ? Map.of("m", movementId) : Map.of("m", movementId, "at", atUnitId),
                movements::unitName);
    }

    private boolean modelUnder(long modelId, long unitId) {
        Long owner = jdbc.sql("select unit_id from emu_model where id = :id").param("id", modelId).query(Long.class).optional().orElse(null);
        return owner != null && (owner == unitId || units.isWithin(owner, unitId, actors.today()));
    }
}
