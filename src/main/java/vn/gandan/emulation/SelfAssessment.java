package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The person's own self-assessment (I1): their comment and level and, for every criterion of the ⚙ set in force
 * (professional and dân vận), their points within the criterion's maximum with evidence. Only before the head rates;
 * a refusal stores nothing.
 */
@Component
class SelfAssessment {

    /** What the person enters: points and evidence by criterion code. */
    record Input(String selfText, String selfLevel, Map<String, BigDecimal> points, Map<String, String> evidence) {
    }

    private final JdbcClient jdbc;
    private final EvalCriteria criteria;
    private final AuditLog audit;

    SelfAssessment(JdbcClient jdbc, EvalCriteria criteria, AuditLog audit) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.audit = audit;
    }

    void save(EvaluationView e, Input in) {
        if (e.level() != null) throw ProblemException.conflict("emulation.eval.error.alreadyRated");
        EvalCriteria.CriteriaSet set = criteria.inForce(e.unitId(), EvaluationPeriod.parse(e.period()).to())
                .orElseThrow(() -> ProblemException.conflict("emulation.eval.error.noCriteria"));
        List<FieldProblem> problems = new ArrayList<>();
        StaffLevel level = EvaluationService.parseLevel(in.selfLevel(), "selfLevel", problems);
        String text = Texts.nfc(in.selfText()) == null ? null : Texts.nfc(in.selfText()).strip();
        if (text != null && text.length() > 8000) problems.add(FieldProblem.of("selfText", "emulation.model.error.tooLong", 8000));
        List<EvaluationView.SelfLine> lines = new ArrayList<>();
        for (EvalCriteria.Criterion c : set.criteria()) {
            BigDecimal p = in.points() == null ? null : in.points().get(c.code());
            EvaluationRating.within("points." + c.code(), p, c.maxPoints(), problems);
            String ev = in.evidence() == null ? null : Texts.clean(in.evidence().get(c.code()));
            if (ev != null && ev.length() > 1000) problems.add(FieldProblem.of("evidence." + c.code(), "emulation.model.error.tooLong", 1000));
            lines.add(new EvaluationView.SelfLine(c.code(), c.part(), c.text(), c.maxPoints(), p,
                    ev == null || ev.isEmpty() ? null : ev));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        jdbc.sql("update emu_evaluation set self_text = :t, self_level = :l where id = :id").param("t", text)
                .param("l", level == null ? null : level.name()).param("id", e.id()).update();
        jdbc.sql("delete from emu_evaluation_line where evaluation_id = :id").param("id", e.id()).update();
        for (int i = 0; i < lines.size(); i++) {
            EvaluationView.SelfLine l = lines.get(i);
            jdbc.sql("insert into emu_evaluation_line values (:id, :c, :p, :t, :m, :pts, :ev, :pos)").param("id", e.id())
                    .param("c", l.code()).param("p", l.part()).param("t", l.text()).param("m", l.maxPoints())
                    .param("pts", l.points()).param("ev", l.evidence()).param("pos", i + 1).update();
        }
        audit.record("UPDATE", "StaffSelfAssessment", e.id(), null, Map.of("lines", lines.size()));
    }
}
