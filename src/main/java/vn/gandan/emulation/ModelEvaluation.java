package vn.gandan.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.Texts;

/**
 * An evaluation (đánh giá): the model's own criteria and the ⚙ standard criteria in force for its kind (collective
 * model or individual exemplar), each met or not. It passes when every criterion assessed is met, unless the
 * evaluator says otherwise.
 */
@Component
class ModelEvaluation {

    record Line(String source, String text, boolean met, String comment) {
    }

    record Standard(String code, String text) {
    }

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    ModelEvaluation(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The standard criteria in force on a day for a kind (MODEL / EXEMPLAR), in order. */
    List<Standard> standards(String kind, java.time.LocalDate day) {
        return jdbc.sql("""
                        select code, text from emu_standard_criterion s where kind = :k and effective_from = (
                          select max(effective_from) from emu_standard_criterion where kind = :k and effective_from <= :d)
                        order by position""").param("k", kind).param("d", day)
                .query((rs, i) -> new Standard(rs.getString(1), rs.getString(2))).list();
    }

    List<Line> lines(ModelRow m, StepBody b, List<FieldProblem> problems) {
        List<Line> out = new ArrayList<>();
        List<StepBody.Check> own = b.criteria() == null ? List.of() : b.criteria();
        for (int i = 0; i < own.size(); i++) {
            StepBody.Check c = own.get(i);
            String text = c == null ? null : Texts.clean(c.text());
            if (text == null || text.isEmpty() || text.length() > 500) {
                problems.add(FieldProblem.of("criteria[" + i + "].text", "emulation.model.error.criterionText"));
            } else {
                out.add(new Line("OWN", text, Boolean.TRUE.equals(c.met()), comment(c)));
            }
        }
        Map<String, String> known = standards(m.kind(), java.time.LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(Standard::code, Standard::text));
        List<StepBody.Check> std = b.standard() == null ? List.of() : b.standard();
        for (int i = 0; i < std.size(); i++) {
            StepBody.Check c = std.get(i);
            if (c == null || c.code() == null || !known.containsKey(c.code().strip())) {
                problems.add(FieldProblem.of("standard[" + i + "].code", "emulation.model.error.standardCode"));
            } else {
                out.add(new Line("STANDARD", known.get(c.code().strip()), Boolean.TRUE.equals(c.met()), comment(c)));
            }
        }
        return out;
    }

    /** Stores the lines; returns whether the model passed. */
    boolean store(long modelId, List<Line> lines, Boolean passed) {
        jdbc.sql("delete from emu_model_criterion where model_id = :m").param("m", modelId).update();
        for (Line l : lines) {
            jdbc.sql("insert into emu_model_criterion(model_id, source, text, met, comment) values (:m, :s, :t, :met, :c)")
                    .param("m", modelId).param("s", l.source()).param("t", l.text()).param("met", l.met())
                    .param("c", l.comment()).update();
        }
        boolean allMet = lines.stream().allMatch(Line::met);
        return passed == null ? allMet : passed && allMet;
    }

    private static String comment(StepBody.Check c) {
        String s = Texts.clean(c.comment());
        return s == null || s.isEmpty() ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
