package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Checks of what the form builder is given: codes, names, and checks that can hold. */
final class FormTexts {

    private static final List<String> OPERATORS = List.of("<=", ">=", "<", ">", "=");

    private FormTexts() {
    }

    static String code(String code, List<FieldProblem> problems) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,59}")) {
            problems.add(FieldProblem.of("code", "reporting.form.code.invalid"));
        }
        return c;
    }

    static String require(String field, String text, int max, List<FieldProblem> problems) {
        String t = Texts.clean(text);
        if (t == null || t.isEmpty() || t.length() > max || t.contains("<") || t.contains(">")) {
            problems.add(FieldProblem.of(field, "reporting.form.text.invalid", max));
        }
        return t;
    }

    static String optional(String field, String text, int max, List<FieldProblem> problems) {
        String t = Texts.clean(text);
        return t == null || t.isEmpty() ? null : require(field, t, max, problems);
    }

    /**
     * A check between two live indicators with a known operator; an indicator compared with itself is refused
     * ({@code X < X} can never hold and would stop every unit from saving a report).
     */
    static List<FieldProblem> ruleProblems(JdbcClient jdbc, long formId, String left, String operator, String right) {
        List<String> codes = jdbc.sql("select code from report_indicator where form_id = :f and removed_in is null")
                .param("f", formId).query(String.class).list();
        List<FieldProblem> problems = new ArrayList<>();
        if (!codes.contains(left)) {
            problems.add(FieldProblem.of("left", "reporting.value.unknown", String.valueOf(left)));
        }
        if (!codes.contains(right)) {
            problems.add(FieldProblem.of("right", "reporting.value.unknown", String.valueOf(right)));
        }
        if (!OPERATORS.contains(operator)) {
            problems.add(FieldProblem.of("operator", "reporting.form.operator.invalid"));
        }
        if (problems.isEmpty() && left.equals(right)) {
            problems.add(FieldProblem.of("right", "reporting.form.rule.self"));
        } else if (problems.isEmpty() && !satisfiable(jdbc, formId, new FormDef.Rule(0, left, operator, right))) {
            problems.add(FieldProblem.of("operator", "reporting.form.rule.impossible"));
        }
        return problems;
    }

    /** Whether some pair of figures (equal, smaller, larger) meets every check between the same two indicators. */
    private static boolean satisfiable(JdbcClient jdbc, long formId, FormDef.Rule added) {
        List<FormDef.Rule> pair = new ArrayList<>(jdbc.sql("""
                        select id, left_code, operator, right_code from report_rule where form_id = :f
                        and ((left_code = :l and right_code = :r) or (left_code = :r and right_code = :l))""")
                .param("f", formId).param("l", added.left()).param("r", added.right())
                .query((rs, i) -> new FormDef.Rule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
        pair.add(added);
        int[][] cases = {{0, 0}, {0, 1}, {1, 0}};
        for (int[] c : cases) {
            Map<String, BigDecimal> v = Map.of(added.left(), BigDecimal.valueOf(c[0]), added.right(), BigDecimal.valueOf(c[1]));
            if (pair.stream().allMatch(r -> r.holds(v.get(r.left()), v.get(r.right())))) {
                return true;
            }
        }
        return false;
    }

    static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
    }
}
