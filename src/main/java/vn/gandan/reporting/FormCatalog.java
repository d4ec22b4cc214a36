package vn.gandan.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.GetRequestMemo;
import vn.gandan.shared.NotFoundException;

/** Reads report forms: indicators, outline sections and checks. */
@Component
@Transactional(readOnly = true)
class FormCatalog {

    private final JdbcClient jdbc;

    FormCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FormDef byCode(String code) {
        String c = code == null ? "" : code.strip();
        Long id = GetRequestMemo.get("reporting.formCode", c, k -> jdbc.sql("select id from report_form where code = :c")
                .param("c", k).query(Long.class).optional().orElse(null));
        if (id == null) {
            throw new NotFoundException("form", code);
        }
        return byId(id);
    }

    /**
     * A GET request reads a form once however many views of it the page builds (/reports built it up to 9 times):
     * forms change only through POST/PUT/DELETE, so a GET request's copy cannot go stale within it.
     */
    FormDef byId(long id) {
        return GetRequestMemo.get("reporting.form", id, this::read);
    }

    private FormDef read(long id) {
        return jdbc.sql("select id, code, name, version, owner_unit_id from report_form where id = :id").param("id", id)
                .query((rs, i) -> new FormDef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("version"), rs.getObject("owner_unit_id", Long.class), indicators(id), sections(id),
                        rules(id)))
                .optional().orElseThrow(() -> new NotFoundException("form", id));
    }

    List<String> codes() {
        return jdbc.sql("select code from report_form order by code").query(String.class).list();
    }

    private List<FormDef.Indicator> indicators(long formId) {
        return jdbc.sql("""
                        select code, name, unit_label, aggregation, fractional from report_indicator
                        where form_id = :f and removed_in is null order by position""")
                .param("f", formId).query((rs, i) -> new FormDef.Indicator(rs.getString(1), rs.getString(2),
                        rs.getString(3), FormDef.Aggregation.valueOf(rs.getString(4)), rs.getBoolean(5))).list();
    }

    private List<FormDef.Section> sections(long formId) {
        return jdbc.sql("select code, heading from report_section where form_id = :f and removed_in is null order by position")
                .param("f", formId).query((rs, i) -> new FormDef.Section(rs.getString(1), rs.getString(2))).list();
    }

    private List<FormDef.Rule> rules(long formId) {
        return jdbc.sql("select id, left_code, operator, right_code from report_rule where form_id = :f order by id")
                .param("f", formId).query((rs, i) -> new FormDef.Rule(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
