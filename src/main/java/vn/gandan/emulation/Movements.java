package vn.gandan.emulation;

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
 * Emulation movements: a unit launches one for its subtree (theme from the ⚙ catalogue named in the seeds). A
 * movement is visible to the units it covers and to those above its unit; anyone else gets 404.
 */
@Service
@Transactional
public class Movements {

    static final String SELECT = """
            select m.id, m.unit_id, m.theme, t.name as theme_name, m.name, m.starts_on, m.ends_on,
                   m.proposals_due, m.description
              from emu_movement m join emu_movement_theme t on t.code = m.theme""";

    /** The body of a new movement. */
    public record NewMovement(Long unitId, String theme, String name, String startsOn, String endsOn,
                              String proposalsDue, String description) {
    }

    private final JdbcClient jdbc;
    private final AccessService access;
    private final UnitService units;
    private final Actors actors;
    private final AuditLog audit;

    Movements(JdbcClient jdbc, AccessService access, UnitService units, Actors actors, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
        this.actors = actors;
        this.audit = audit;
    }

    public MovementView launch(NewMovement body) {
        Long unit = body.unitId() != null ? body.unitId() : access.requireCaller().unitId();
        if (unit == null) throw new NotFoundException("unit", null);
        NewMovement b = new NewMovement(unit, body.theme(), body.name(), body.startsOn(), body.endsOn(), body.proposalsDue(),
                body.description());
        Caller c = actors.require(b.unitId(), "emulation.movement.error.notYourUnit");
        List<FieldProblem> problems = new ArrayList<>();
        String theme = b.theme() == null ? "" : b.theme().strip();
        if (themes().stream().noneMatch(t -> t.get("code").equals(theme))) problems.add(FieldProblem.of("theme", "emulation.movement.error.theme"));
        String name = Texts.clean(b.name());
        if (name == null || name.isEmpty()) problems.add(FieldProblem.of("name", "emulation.movement.error.name"));
        else if (name.length() > 500) problems.add(FieldProblem.of("name", "emulation.model.error.tooLong", 500));
        var starts = Actors.day("startsOn", b.startsOn());
        var ends = Actors.day("endsOn", b.endsOn());
        var due = Actors.day("proposalsDue", b.proposalsDue());
        if (starts == null) problems.add(FieldProblem.of("startsOn", "emulation.error.dayRequired"));
        if (ends == null) problems.add(FieldProblem.of("endsOn", "emulation.error.dayRequired"));
        else if (starts != null && ends.isBefore(starts)) problems.add(FieldProblem.of("endsOn", "emulation.movement.error.ends"));
        if (due != null && starts != null && due.isBefore(starts)) problems.add(FieldProblem.of("proposalsDue", "emulation.movement.error.due"));
        String text = Texts.nfc(b.description()) == null ? null : Texts.nfc(b.description()).strip();
        if (text != null && text.length() > 8000) problems.add(FieldProblem.of("description", "emulation.model.error.tooLong", 8000));
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        long id = jdbc.sql("""
                        insert into emu_movement(unit_id, theme, name, starts_on, ends_on, proposals_due, description, created_by)
                        values (:u, :t, :n, :s, :e, :d, :x, :by) returning id""")
                .param("u", b.unitId()).param("t", theme).param("n", name).param("s", starts).param("e", ends)
                .param("d", due).param("x", text == null || text.isEmpty() ? null : text).param("by", c.username())
                .query(Long.class).single();
        audit.record("CREATE", "EmulationMovement", id, null, Map.of("unitId", b.unitId(), "theme", theme));
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<Map<String, String>> themes() {
        return jdbc.sql("select code, name, source from emu_movement_theme order by name")
                .query((rs, i) -> Map.of("code", rs.getString(1), "name", rs.getString(2), "source", rs.getString(3))).list();
    }

    /** The movements the caller sees: launched by a unit in scope or by a unit above one of the caller's units. */
    @Transactional(readOnly = true)
    public List<MovementView> visible() {
        return jdbc.sql(SELECT + " where " + access.scopeSql("m.unit_id") + " or m.unit_id = any(cast(:above as bigint[]))"
                        + " order by m.starts_on desc, m.id desc").param("above", above()).query(this::row).list();
    }

    /** The movement if visible (404 otherwise). */
    @Transactional(readOnly = true)
    public MovementView get(long id) {
        MovementView m = jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("movement", id));
        if (!covers(m.unitId())) throw new NotFoundException("movement", id);
        return m;
    }

    /** Whether the caller sees a movement of this unit: the unit is in scope or above one of the caller's units. */
    boolean covers(long movementUnitId) {
        if (access.canSee(movementUnitId)) return true;
        return access.grantRootIds().stream().anyMatch(g -> units.isWithin(g, movementUnitId, actors.today()));
    }

    private Long[] above() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Long r : access.grantRootIds()) ids.addAll(units.ancestorIds(r, actors.today()));
        return ids.toArray(Long[]::new);
    }

    private MovementView row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new MovementView(rs.getLong("id"), rs.getLong("unit_id"), unitName(rs.getLong("unit_id")), rs.getString("theme"),
                rs.getString("theme_name"), rs.getString("name"), rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getObject("ends_on", java.time.LocalDate.class), rs.getObject("proposals_due", java.time.LocalDate.class),
                rs.getString("description"));
    }

    String unitName(long id) {
        return units.find(id).map(vn.gandan.org.UnitView::name).orElse("");
    }
}
