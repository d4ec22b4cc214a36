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
        Long id = GetRequestMemo.get("reporting.formCode", c, k -> read("f.code = :k", k).map(f -> {
            GetRequestMemo.get("reporting.form", f.id(), i -> f); // the same GET asking by id reads nothing more
            return f.id();
        }).orElse(null));
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
        return GetRequestMemo.get("reporting.form", id, k -> read("f.id = :k", k)
                .orElseThrow(() -> new NotFoundException("form", id)));
    }

    /**
     * The form with its indicators, sections and rules in ONE statement (issue 14, session 14: five before, every
     * /reports request): each part aggregated into parallel arrays under one ORDER BY that is total, so the arrays
     * line up row for row. Read on every request, nothing kept per node: a form changed on another node shows at once.
     */
    private java.util.Optional<FormDef> read(String where, Object key) {
        return jdbc.sql("""
                        select f.id, f.code, f.name, f.version, f.owner_unit_id,
                               i.codes, i.names, i.labels, i.aggs, i.fracs, s.codes, s.headings, r.ids, r.lefts, r.ops, r.rights
                        from report_form f
                        left join lateral (select array_agg(code order by position, code) codes,
                                                  array_agg(name order by position, code) names,
                                                  array_agg(unit_label order by position, code) labels,
                                                  array_agg(aggregation order by position, code) aggs,
                                                  array_agg(fractional order by position, code) fracs
                                           from report_indicator where form_id = f.id and removed_in is null) i on true
                        left join lateral (select array_agg(code order by position, code) codes,
                                                  array_agg(heading order by position, code) headings
                                           from report_section where form_id = f.id and removed_in is null) s on true
                        left join lateral (select array_agg(id order by id) ids, array_agg(left_code order by id) lefts,
                                                  array_agg(operator order by id) ops, array_agg(right_code order by id) rights
                                           from report_rule where form_id = f.id) r on true
                        where\s""" + where).param("k", key).query((rs, n) -> form(rs)).optional();
    }

    private static FormDef form(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object[] codes = SqlArrays.of(rs, 6), names = SqlArrays.of(rs, 7), labels = SqlArrays.of(rs, 8),
                aggs = SqlArrays.of(rs, 9), fracs = SqlArrays.of(rs, 10);
        List<FormDef.Indicator> indicators = new java.util.ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            indicators.add(new FormDef.Indicator((String) codes[i], (String) names[i], (String) labels[i],
                    FormDef.Aggregation.valueOf((String) aggs[i]), Boolean.TRUE.equals(fracs[i])));
        }
        Object[] sCodes = SqlArrays.of(rs, 11), headings = SqlArrays.of(rs, 12);
        List<FormDef.Section> sections = new java.util.ArrayList<>(sCodes.length);
        for (int i = 0; i < sCodes.length; i++) {
            sections.add(new FormDef.Section((String) sCodes[i], (String) headings[i]));
        }
        Object[] ids = SqlArrays.of(rs, 13), lefts = SqlArrays.of(rs, 14), ops = SqlArrays.of(rs, 15), rights = SqlArrays.of(rs, 16);
        List<FormDef.Rule> rules = new java.util.ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            rules.add(new FormDef.Rule(((Number) ids[i]).longValue(), (String) lefts[i], (String) ops[i], (String) rights[i]));
        }
        return new FormDef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, Long.class),
                List.copyOf(indicators), List.copyOf(sections), List.copyOf(rules));
    }

    List<String> codes() {
        return jdbc.sql("select code from report_form order by code").query(String.class).list();
    }
}
