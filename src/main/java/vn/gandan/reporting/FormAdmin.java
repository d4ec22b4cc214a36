package vn.gandan.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Building report forms without code. A form belongs to its owning unit: only that unit's administrators (or a
 * system administrator) add or remove indicators, outline sections and checks. Every change raises the form's
 * version and is logged; removed indicators and sections keep their rows, so reports already submitted keep
 * their figures, and adding the same code again restores them. Checks apply to drafts and new submissions only.
 */
@Service
@Transactional
class FormAdmin {

    private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    private final JdbcClient jdbc;
    private final FormOwnership owners;
    private final AuditLog audit;

    FormAdmin(JdbcClient jdbc, FormOwnership owners, AuditLog audit) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.audit = audit;
    }

    long createForm(Long ownerUnitId, String code, String name) {
        owners.requireMayCreate(ownerUnitId);
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches(CODE)) {
            problems.add(FieldProblem.of("code", "reporting.form.code.invalid"));
        } else if (jdbc.sql("select count(*) from report_form where code = :c").param("c", c).query(Integer.class).single() > 0) {
            problems.add(FieldProblem.of("code", "reporting.form.code.taken", c));
        }
        String n = FormTexts.require("name", name, 300, problems);
        FormTexts.fail(problems);
        long id = jdbc.sql("insert into report_form(code, name, owner_unit_id) values (:c, :n, :o) returning id")
                .param("c", c).param("n", n).param("o", ownerUnitId).query(Long.class).single();
        audit.record("CREATE", "ReportForm", id, null, java.util.Map.of("code", c, "name", n));
        return id;
    }

    void addIndicator(long formId, String code, String name, String unitLabel, FormDef.Aggregation aggregation,
                      boolean fractional) {
        owners.requireOwner(formId);
        List<FieldProblem> problems = new ArrayList<>();
        String c = FormTexts.code(code, problems);
        String n = FormTexts.require("name", name, 300, problems);
        String u = FormTexts.optional("unitLabel", unitLabel, 40, problems);
        if (aggregation == null) {
            problems.add(FieldProblem.of("aggregation", "reporting.form.aggregation.required"));
        }
        if (!problems.isEmpty() || restored("report_indicator", formId, c, problems)) {
            FormTexts.fail(problems);
            jdbc.sql("update report_indicator set name = :n, unit_label = :u, aggregation = :a, fractional = :fr where form_id = :f and code = :c")
                    .param("f", formId).param("c", c).param("n", n).param("u", u).param("a", aggregation.name())
                    .param("fr", fractional).update();
            owners.changed(formId, "RESTORE", "indicator " + c);
            return;
        }
        jdbc.sql("""
                        insert into report_indicator(form_id, code, name, unit_label, aggregation, fractional, position)
                        values (:f, :c, :n, :u, :a, :fr, (select coalesce(max(position), 0) + 1 from report_indicator where form_id = :f))""")
                .param("f", formId).param("c", c).param("n", n).param("u", u).param("a", aggregation.name())
                .param("fr", fractional).update();
        owners.changed(formId, "ADD", "indicator " + c);
    }

    void addSection(long formId, String code, String heading) {
        owners.requireOwner(formId);
        List<FieldProblem> problems = new ArrayList<>();
        String c = FormTexts.code(code, problems);
        String h = FormTexts.require("heading", heading, 300, problems);
        if (!problems.isEmpty() || restored("report_section", formId, c, problems)) {
            FormTexts.fail(problems);
            jdbc.sql("update report_section set heading = :h where form_id = :f and code = :c")
                    .param("f", formId).param("c", c).param("h", h).update();
            owners.changed(formId, "RESTORE", "section " + c);
            return;
        }
        jdbc.sql("""
                        insert into report_section(form_id, code, heading, position)
                        values (:f, :c, :h, (select coalesce(max(position), 0) + 1 from report_section where form_id = :f))""")
                .param("f", formId).param("c", c).param("h", h).update();
        owners.changed(formId, "ADD", "section " + c);
    }

    /** Whether a removed row of that code comes back (true), or is new (false); a live one is a problem. */
    private boolean restored(String table, long formId, String code, List<FieldProblem> problems) {
        List<Boolean> removed = jdbc.sql("select removed_in is not null from " + table + " where form_id = :f and code = :c")
                .param("f", formId).param("c", code).query(Boolean.class).list();
        if (!removed.isEmpty() && !removed.get(0)) {
            problems.add(FieldProblem.of("code", "reporting.form.code.taken", code));
        }
        return !removed.isEmpty();
    }

    /** Removes an indicator from the form (and the checks that use it); submitted figures stay. */
    void removeIndicator(long formId, String code) {
        owners.requireOwner(formId);
        int n = jdbc.sql("update report_indicator set removed_in = (select version + 1 from report_form where id = :f) where form_id = :f and code = :c and removed_in is null")
                .param("f", formId).param("c", code).update();
        if (n == 0) {
            throw new vn.gandan.shared.NotFoundException("indicator", code);
        }
        jdbc.sql("delete from report_rule where form_id = :f and (left_code = :c or right_code = :c)")
                .param("f", formId).param("c", code).update();
        owners.changed(formId, "REMOVE", "indicator " + code);
    }

    void removeSection(long formId, String code) {
        owners.requireOwner(formId);
        int n = jdbc.sql("update report_section set removed_in = (select version + 1 from report_form where id = :f) where form_id = :f and code = :c and removed_in is null")
                .param("f", formId).param("c", code).update();
        if (n == 0) {
            throw new vn.gandan.shared.NotFoundException("section", code);
        }
        owners.changed(formId, "REMOVE", "section " + code);
    }

    void addRule(long formId, String left, String operator, String right) {
        owners.requireOwner(formId);
        FormTexts.fail(FormTexts.ruleProblems(jdbc, formId, left, operator, right));
        jdbc.sql("insert into report_rule(form_id, left_code, operator, right_code) values (:f, :l, :o, :r)")
                .param("f", formId).param("l", left).param("o", operator).param("r", right).update();
        owners.changed(formId, "ADD", "rule " + left + " " + operator + " " + right);
    }

    void removeRule(long formId, long ruleId) {
        owners.requireOwner(formId);
        FormDef.Rule r = jdbc.sql("delete from report_rule where form_id = :f and id = :id returning id, left_code, operator, right_code")
                .param("f", formId).param("id", ruleId).query((rs, i) -> new FormDef.Rule(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).optional()
                .orElseThrow(() -> new vn.gandan.shared.NotFoundException("rule", ruleId));
        owners.changed(formId, "REMOVE", "rule " + r.left() + " " + r.operator() + " " + r.right());
    }
}
