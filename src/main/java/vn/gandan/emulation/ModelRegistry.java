package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Registration (đăng ký) of a model or exemplar by a unit, a group or a person, with the body registered with (H1). */
@Service
@Transactional
public class ModelRegistry {

    static final Set<String> KINDS = Set.of("MODEL", "EXEMPLAR");
    static final Set<String> HOLDERS = Set.of("UNIT", "GROUP", "PERSON");

    private final JdbcClient jdbc;
    private final Actors actors;
    private final UnitService units;
    private final ModelQueries queries;
    private final AuditLog audit;

    ModelRegistry(JdbcClient jdbc, Actors actors, UnitService units, ModelQueries queries, AuditLog audit) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.units = units;
        this.queries = queries;
        this.audit = audit;
    }

    /** 201 with status REGISTERED; 422 listing every invalid field; 404/403 for the unit. */
    public ModelView register(NewModel m) {
        if (m.unitId() == null) {
            throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("unitId", "emulation.model.error.unit")));
        }
        Caller caller = actors.require(m.unitId(), "emulation.model.error.notYourUnit");
        List<FieldProblem> problems = new ArrayList<>();
        Field field = field(m.field(), problems);
        LocalDate on = Actors.day("registeredOn", m.registeredOn());
        problems.addAll(actors.dayProblems("registeredOn", on, null));
        Registration reg = Registration.from(m.registration(), m.name()).clean();
        String name = Texts.clean(m.name() == null || m.name().isBlank() ? reg.name() : m.name());
        reg = new Registration(name, reg.situation(), reg.aims(), reg.content(), reg.area(), reg.forces(),
                reg.resources(), reg.timing(), reg.outputs(), reg.sustainability());
        problems.addAll(reg.problems());
        String kind = m.kind() == null || m.kind().isBlank() ? "MODEL" : m.kind().strip();
        String holder = m.holderKind() == null || m.holderKind().isBlank() ? "UNIT" : m.holderKind().strip();
        if (!KINDS.contains(kind)) problems.add(FieldProblem.of("kind", "emulation.model.error.kind"));
        if (!HOLDERS.contains(holder)) problems.add(FieldProblem.of("holderKind", "emulation.model.error.holderKind"));
        String holderName = Texts.clean(m.holderName());
        if (!"UNIT".equals(holder) && (holderName == null || holderName.isEmpty())) {
            problems.add(FieldProblem.of("holderName", "emulation.model.error.holderName"));
        }
        if (holderName != null && holderName.length() > 300) problems.add(FieldProblem.of("holderName", "emulation.model.error.tooLong", 300));
        String place = Texts.clean(m.place());
        if (place != null && place.length() > 300) problems.add(FieldProblem.of("place", "emulation.model.error.tooLong", 300));
        Long with = registeredWith(m, on, problems);
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        UnitView unit = units.get(m.unitId());
        String holderText = holderName == null || holderName.isEmpty() ? unit.name() : holderName;
        long id = insert(m, field, on, reg, kind, holder, holderText, place == null || place.isEmpty() ? unit.place() : place, with, caller);
        Steps.record(jdbc, id, ModelStatus.REGISTERED, on, caller.displayName(), m.unitId(), null);
        audit.record("CREATE", "EmulationModel", id, null, Map.of("unitId", m.unitId(), "field", field.name(), "name", name));
        return queries.view(id);
    }

    /** Exactly one of the four fields: a list of several, an empty value or an unknown code is refused. */
    static Field field(Object value, List<FieldProblem> problems) {
        Object v = value instanceof Collection<?> c && c.size() == 1 ? c.iterator().next() : value;
        if (v instanceof Collection<?> c) {
            problems.add(FieldProblem.of("field", c.isEmpty() ? "emulation.model.error.field" : "emulation.model.error.oneField"));
            return null;
        }
        String s = v == null ? "" : String.valueOf(v).strip();
        if (s.contains(",")) {
            problems.add(FieldProblem.of("field", "emulation.model.error.oneField"));
            return null;
        }
        try {
            return Field.valueOf(s);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("field", "emulation.model.error.field"));
            return null;
        }
    }

    private Long registeredWith(NewModel m, LocalDate on, List<FieldProblem> problems) {
        if (m.registeredWithUnitId() != null) {
            if (units.find(m.registeredWithUnitId()).isEmpty() || m.registeredWithUnitId().equals(m.unitId())) {
                problems.add(FieldProblem.of("registeredWithUnitId", "emulation.model.error.registeredWith"));
            }
            return m.registeredWithUnitId();
        }
        Long parent = units.parentId(m.unitId(), on == null ? actors.today() : on).orElse(null);
        if (parent == null) problems.add(FieldProblem.of("registeredWithUnitId", "emulation.model.error.registeredWith"));
        return parent;
    }

    private long insert(NewModel m, Field field, LocalDate on, Registration r, String kind, String holder,
                        String holderName, String place, Long with, Caller caller) {
        String search = Texts.fold(String.join(" ", r.name(), holderName, units.get(m.unitId()).name(), place == null ? "" : place));
        return jdbc.sql("""
                        insert into emu_model(unit_id, registered_with_unit_id, kind, holder_kind, holder_name, party_member,
                            field, name, place, registered_on, situation, aims, content, area, forces, resources, timing,
                            outputs, sustainability, search_text, created_by)
                        values (:u, :w, :k, :hk, :hn, :pm, :f, :n, :pl, :on, :s1, :s2, :s3, :s4, :s5, :s6, :s7, :s8, :s9,
                                :st, :by) returning id""")
                .param("u", m.unitId()).param("w", with).param("k", kind).param("hk", holder).param("hn", holderName)
                .param("pm", Boolean.TRUE.equals(m.partyMember())).param("f", field.name()).param("n", r.name())
                .param("pl", place).param("on", on).param("s1", r.situation()).param("s2", r.aims())
                .param("s3", r.content()).param("s4", r.area()).param("s5", r.forces()).param("s6", r.resources())
                .param("s7", r.timing()).param("s8", r.outputs()).param("s9", r.sustainability())
                .param("st", search).param("by", caller.username()).query(Long.class).single();
    }
}
