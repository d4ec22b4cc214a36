package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The lifecycle after registration (H2): the registering unit launches the model and reports progress; the body it
 * is registered with evaluates and recognises it; any unit may then adopt it. Each step is dated and names its
 * approver; a step out of order answers 409 before anything is stored.
 */
@Service
@Transactional
public class ModelSteps {

    static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final Actors actors;
    private final ModelQueries queries;
    private final ModelEvaluation evaluation;
    private final AuditLog audit;
    private final UnitService units;

    ModelSteps(JdbcClient jdbc, Actors actors, ModelQueries queries, ModelEvaluation evaluation, AuditLog audit,
               UnitService units) {
        this.units = units;
        this.jdbc = jdbc;
        this.actors = actors;
        this.queries = queries;
        this.evaluation = evaluation;
        this.audit = audit;
    }

    /** The one step dispatcher of the API and the pages: launch, progress, evaluate, recognise or replicate. */
    public ModelView apply(long id, String step, StepBody b) {
        return switch (step) {
            case "launch" -> launch(id, b);
            case "progress" -> progress(id, b);
            case "evaluate" -> evaluate(id, b);
            case "recognise" -> recognise(id, b);
            case "replicate" -> replicate(id, b);
            default -> throw new vn.gandan.shared.NotFoundException("step", step);
        };
    }

    public ModelView launch(long id, StepBody b) {
        ModelRow m = queries.row(id);
        m.status().then(ModelStatus.LAUNCHED);
        Caller c = actors.act(m.unitId(), "emulation.model.error.notYourUnit");
        List<FieldProblem> problems = new ArrayList<>();
        text(b.text(), false, problems);
        LocalDate on = checked(m, ModelStatus.LAUNCHED, b, problems);
        return advance(m, ModelStatus.LAUNCHED, on, c, m.unitId(), Texts.nfc(b.text()));
    }

    public ModelView progress(long id, StepBody b) {
        ModelRow m = queries.row(id);
        m.status().then(ModelStatus.MONITORED);
        Caller c = actors.act(m.unitId(), "emulation.model.error.notYourUnit");
        List<FieldProblem> problems = new ArrayList<>();
        String content = text(b.text(), true, problems);
        String link = b.evidenceUrl() == null || b.evidenceUrl().isBlank() ? null : b.evidenceUrl().strip();
        if (link != null && !validLink(link)) problems.add(FieldProblem.of("evidenceUrl", "emulation.error.link"));
        LocalDate on = checked(m, ModelStatus.MONITORED, b, problems);
        jdbc.sql("insert into emu_model_progress(model_id, on_date, content, evidence_url, created_by) values (:m, :on, :c, :l, :u)")
                .param("m", id).param("on", on).param("c", content).param("l", link).param("u", c.username()).update();
        return advance(m, ModelStatus.MONITORED, on, c, m.unitId(), content);
    }

    public ModelView evaluate(long id, StepBody b) {
        ModelRow m = queries.row(id);
        m.status().then(ModelStatus.EVALUATED);
        Caller c = actors.act(m.registeredWithUnitId(), "emulation.model.error.notRegisteredWith");
        List<FieldProblem> problems = new ArrayList<>();
        List<ModelEvaluation.Line> lines = evaluation.lines(m, b, problems);
        LocalDate on = checked(m, ModelStatus.EVALUATED, b, problems);
        boolean passed = evaluation.store(id, lines, b.passed());
        jdbc.sql("update emu_model set evaluation_passed = :p where id = :id").param("p", passed).param("id", id).update();
        return advance(m, ModelStatus.EVALUATED, on, c, m.registeredWithUnitId(), Texts.nfc(b.text()));
    }

    public ModelView recognise(long id, StepBody b) {
        ModelRow m = queries.row(id);
        m.status().then(ModelStatus.RECOGNISED);
        Caller c = actors.act(m.registeredWithUnitId(), "emulation.model.error.notRegisteredWith");
        if (!Boolean.TRUE.equals(m.passed())) throw ProblemException.conflict("emulation.model.error.notPassed");
        List<FieldProblem> problems = new ArrayList<>();
        Award award = Award.of(b.award(), b.level(), units.get(m.registeredWithUnitId()).kind(), problems);
        String decision = Texts.clean(b.decision());
        if (decision != null && decision.length() > 300) problems.add(FieldProblem.of("decision", "emulation.model.error.tooLong", 300));
        LocalDate on = checked(m, ModelStatus.RECOGNISED, b, problems);
        jdbc.sql("update emu_model set award = :a, award_level = :l, decision = :d, recognised_on = :on where id = :id")
                .param("a", award.award()).param("l", award.level()).param("d", decision == null || decision.isEmpty() ? null : decision)
                .param("on", on).param("id", id).update();
        return advance(m, ModelStatus.RECOGNISED, on, c, m.registeredWithUnitId(), decision);
    }

    public ModelView replicate(long id, StepBody b) {
        ModelRow m = queries.adoptable(id);
        m.status().then(ModelStatus.REPLICATED);
        List<FieldProblem> problems = new ArrayList<>();
        if (b.unitId() == null || b.unitId() == m.unitId()) problems.add(FieldProblem.of("unitId", "emulation.model.error.adopter"));
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        Caller c = actors.may(m.registeredWithUnitId()) ? actors.act(m.registeredWithUnitId(), "emulation.model.error.notYourUnit")
                : actors.require(b.unitId(), "emulation.model.error.notYourUnit");
        String note = text(b.text(), false, problems);
        LocalDate on = checked(m, ModelStatus.REPLICATED, b, problems);
        int added = jdbc.sql("""
                        insert into emu_model_adoption(model_id, unit_id, on_date, note, created_by) values (:m, :u, :on, :n, :by)
                        on conflict (model_id, unit_id) do nothing""")
                .param("m", id).param("u", b.unitId()).param("on", on).param("n", note).param("by", c.username()).update();
        if (added == 0) throw ProblemException.conflict("emulation.model.error.alreadyAdopted");
        return advance(m, ModelStatus.REPLICATED, on, c, b.unitId(), note);
    }

    /** The state check (409) first, then the day and the other problems together (422). */
    private LocalDate checked(ModelRow m, ModelStatus step, StepBody b, List<FieldProblem> problems) {
        m.status().then(step);
        LocalDate on = Actors.day("on", b.on());
        problems.addAll(0, actors.dayProblems("on", on, m.lastOn()));
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        return on;
    }

    private ModelView advance(ModelRow m, ModelStatus step, LocalDate on, Caller c, long unitId, String note) {
        jdbc.sql("update emu_model set status = :s where id = :id").param("s", step.name()).param("id", m.id()).update();
        Steps.record(jdbc, m.id(), step, on, c.displayName(), unitId, note == null || note.isBlank() ? null : note.strip());
        audit.record("UPDATE", "EmulationModel", m.id(), Map.of("status", m.status().name()), Map.of("status", step.name(), "on", on.toString()));
        return queries.view(m.id());
    }

    private static String text(String s, boolean required, List<FieldProblem> problems) {
        String t = s == null ? null : Texts.nfc(s).strip();
        if (required && (t == null || t.isEmpty())) problems.add(FieldProblem.of("content", "emulation.model.error.progressContent"));
        if (t != null && t.length() > MAX_TEXT) problems.add(FieldProblem.of("content", "emulation.model.error.tooLong", MAX_TEXT));
        return t == null || t.isEmpty() ? null : t;
    }

    static boolean validLink(String link) {
        return link.length() <= 1000 && (link.startsWith("https://") || link.startsWith("http://")) && !link.contains(" ");
    }
}
