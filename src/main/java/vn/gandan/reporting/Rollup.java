package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;

/**
 * Keeps {@code report_rollup} exact: when a report starts counting (submitted) its figures are added to every
 * ancestor of its unit as the tree was on the period's reference date; when it stops counting (returned) they
 * are subtracted. Deltas are applied with one INSERT … ON CONFLICT DO UPDATE in the submitting transaction, in a
 * fixed order (nearest ancestor first, codes sorted), so concurrent submissions neither lose updates nor
 * deadlock, and the totals are visible the moment the transaction commits.
 * <p>
 * The parent's totals are one row per indicator. A grandparent's and every higher ancestor's (up to the
 * national root, which every submission reaches) are spread over {@link #SLOTS} rows: a transaction writes the
 * slot of its database connection, so concurrent submissions do not wait for each other's row locks; reads sum
 * the slots.
 */
@Component
class Rollup {

    static final int SLOTS = 16;

    private final JdbcClient jdbc;
    private final UnitService units;

    Rollup(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    void add(Submission s) {
        apply(s, 1);
    }

    void remove(Submission s) {
        apply(s, -1);
    }

    private void apply(Submission s, int sign) {
        if (s.consolidated()) {
            return; // a synthesis of its children: its children are already counted
        }
        List<Long> ancestors = units.ancestorIds(s.unitId(), ReportPeriod.parse(s.period()).referenceDate());
        if (ancestors.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into report_rollup(unit_id, form_id, period, code, slot, total, reports, yes_count)
                        select a.id, :f, :p, v.code, case when a.n = 1 then 0 else pg_backend_pid() % :slots end,
                               :sign * v.value, :sign, case when v.value > 0 then :sign else 0 end
                        from unnest(cast(:a as bigint[])) with ordinality a(id, n)
                        cross join report_value v where v.submission_id = :s
                        order by a.n, v.code
                        on conflict (unit_id, form_id, period, code, slot) do update
                          set total = report_rollup.total + excluded.total,
                              reports = report_rollup.reports + excluded.reports,
                              yes_count = report_rollup.yes_count + excluded.yes_count""")
                .param("a", ancestors.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("f", s.formId()).param("p", s.period()).param("sign", sign).param("slots", SLOTS)
                .param("s", s.id()).update();
    }

    /** The consolidated figures of a unit's subtree (strict descendants) for a form and period. */
    Map<String, BigDecimal> totals(FormDef form, long unitId, String period) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("""
                        select code, sum(total), sum(reports), sum(yes_count) from report_rollup
                        where unit_id = :u and form_id = :f and period = :p group by code""")
                .param("u", unitId).param("f", form.id()).param("p", period)
                .query(rs -> {
                    String code = rs.getString(1);
                    int reports = rs.getInt(3);
                    if (reports <= 0) {
                        return;
                    }
                    BigDecimal value = switch (form.aggregation(code)) {
                        case SUM, MAX -> rs.getBigDecimal(2);
                        case AVERAGE -> rs.getBigDecimal(2).divide(BigDecimal.valueOf(reports), 2, java.math.RoundingMode.HALF_UP);
                        case YES_COUNT -> BigDecimal.valueOf(rs.getInt(4));
                    };
                    values.put(code, Figures.plain(value));
                });
        for (FormDef.Indicator i : form.indicators()) {
            if (i.aggregation() == FormDef.Aggregation.MAX && values.containsKey(i.code())) {
                values.put(i.code(), maxOverSubtree(form.id(), unitId, period, i.code()));
            }
        }
        return values;
    }

    /** A maximum cannot be kept by deltas (a return may remove it), so it is read from the counted reports. */
    private BigDecimal maxOverSubtree(long formId, long unitId, String period, String code) {
        return Figures.plain(jdbc.sql("""
                        select coalesce(max(v.value), 0) from report_value v join report_submission s on s.id = v.submission_id
                        where s.form_id = :f and s.period = :p and v.code = :c and not s.consolidated
                          and s.status in ('SUBMITTED', 'ACCEPTED') and s.unit_id <> :u
                          and s.unit_id in (select unit_id from org_subtree(:u, :d))""")
                .param("f", formId).param("p", period).param("c", code).param("u", unitId)
                .param("d", ReportPeriod.parse(period).referenceDate()).query(BigDecimal.class).single());
    }
}
