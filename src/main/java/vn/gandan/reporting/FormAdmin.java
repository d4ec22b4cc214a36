package vn.gandan.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Building report forms without code: a system administrator, or a leader/specialist of any unit, creates a
 * form and adds indicators, outline sections and checks. Every change raises the form's version.
 */
@Service
@Transactional
class FormAdmin {

    private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    private final JdbcClient jdbc;
    private final AccessService access;
    private final AuditLog audit;

    FormAdmin(JdbcClient jdbc, AccessService access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    long createForm(String code, String name) {
        requireBuilder();
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches(CODE)) {
            problems.add(FieldProblem.of("code", "reporting.form.code.invalid"));
        } else if (jdbc.sql("select count(*) from report_form where code = :c").param("c", c).query(Integer.class).single() > 0) {
            problems.add(FieldProblem.of("code", "reporting.form.code.taken", c));
        }
        String n = requireText("name", name, 300, problems);
        fail(problems);
        long id = jdbc.sql("insert into report_form(code, name) values (:c, :n) returning id").param("c", c).param("n", n)
                .query(Long.class).single();
        audit.record("CREATE", "ReportForm", id, null, java.util.Map.of("code", c, "name", n));
        return id;
    }

    void addIndicator(long formId, String code, String name, String unitLabel, FormDef.Aggregation aggregation) {
        requireBuilder();
        List<FieldProblem> problems = new ArrayList<>();
        String c = uniqueCode(formId, "report_indicator", code, problems);
        String n = requireText("name", name, 300, problems);
        if (aggregation == null) {
            problems.add(FieldProblem.of("aggregation", "reporting.form.aggregation.required"));
        }
        fail(problems);
        jdbc.sql("""
                        insert into report_indicator(form_id, code, name, unit_label, aggregation, position)
                        values (:f, :c, :n, :u, :a, (select coalesce(max(position), 0) + 1 from report_indicator where form_id = :f))""")
                .param("f", formId).param("c", c).param("n", n).param("u", Texts.clean(unitLabel))
                .param("a", aggregation.name()).update();
        changed(formId, "indicator " + c);
    }

    void addSection(long formId, String code, String heading) {
        requireBuilder();
        List<FieldProblem> problems = new ArrayList<>();
        String c = uniqueCode(formId, "report_section", code, problems);
        String h = requireText("heading", heading, 300, problems);
        fail(problems);
        jdbc.sql("""
                        insert into report_section(form_id, code, heading, position)
                        values (:f, :c, :h, (select coalesce(max(position), 0) + 1 from report_section where form_id = :f))""")
                .param("f", formId).param("c", c).param("h", h).update();
        changed(formId, "section " + c);
    }

    void addRule(long formId, String left, String operator, String right) {
        requireBuilder();
        List<String> codes = jdbc.sql("select code from report_indicator where form_id = :f").param("f", formId)
                .query(String.class).list();
        List<FieldProblem> problems = new ArrayList<>();
        if (!codes.contains(left)) {
            problems.add(FieldProblem.of("left", "reporting.value.unknown", String.valueOf(left)));
        }
        if (!codes.contains(right)) {
            problems.add(FieldProblem.of("right", "reporting.value.unknown", String.valueOf(right)));
        }
        if (!List.of("<=", ">=", "<", ">", "=").contains(operator)) {
            problems.add(FieldProblem.of("operator", "reporting.form.operator.invalid"));
        }
        fail(problems);
        jdbc.sql("insert into report_rule(form_id, left_code, operator, right_code) values (:f, :l, :o, :r)")
                .param("f", formId).param("l", left).param("o", operator).param("r", right).update();
        changed(formId, "rule " + left + " " + operator + " " + right);
    }

    private void changed(long formId, String what) {
        jdbc.sql("update report_form set version = version + 1 where id = :f").param("f", formId).update();
        audit.record("UPDATE", "ReportForm", formId, null, java.util.Map.of("added", what));
    }

    private String uniqueCode(long formId, String table, String code, List<FieldProblem> problems) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,59}")) {
            problems.add(FieldProblem.of("code", "reporting.form.code.invalid"));
        } else if (jdbc.sql("select count(*) from " + table + " where form_id = :f and code = :c").param("f", formId)
                .param("c", c).query(Integer.class).single() > 0) {
            problems.add(FieldProblem.of("code", "reporting.form.code.taken", c));
        }
        return c;
    }

    private static String requireText(String field, String text, int max, List<FieldProblem> problems) {
        String t = Texts.clean(text);
        if (t == null || t.isEmpty() || t.length() > max || t.contains("<") || t.contains(">")) {
            problems.add(FieldProblem.of(field, "reporting.form.text.invalid", max));
        }
        return t;
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
    }

    private void requireBuilder() {
        boolean builder = access.isSystemAdmin() || access.caller().map(c -> c.grants().stream()
                .anyMatch(g -> g.role() == Role.SPECIALIST || g.role() == Role.LEADER)).orElse(false);
        if (!builder) {
            throw ProblemException.forbidden("reporting.form.builderOnly");
        }
    }
}
