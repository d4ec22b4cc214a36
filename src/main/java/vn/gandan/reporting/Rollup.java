package vn.gandan.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final RollupMaxima maxima = new RollupMaxima();

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
                        insert into report_rollup(unit_id, form_id, period, code, slot, total, reports, yes_count, changes)
                        select a.id, :f, :p, v.code, case when a.n = 1 then 0 else pg_backend_pid() % :slots end,
                               :sign * v.value, :sign, case when v.value > 0 then :sign else 0 end, 1
                        from unnest(cast(:a as bigint[])) with ordinality a(id, n)
                        cross join report_value v where v.submission_id = :s
                        order by a.n, v.code
                        on conflict (unit_id, form_id, period, code, slot) do update
                          set total = report_rollup.total + excluded.total,
                              reports = report_rollup.reports + excluded.reports,
                              yes_count = report_rollup.yes_count + excluded.yes_count,
                              changes = report_rollup.changes + 1""")
                .param("a", ancestors.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("f", s.formId()).param("p", s.period()).param("sign", sign).param("slots", SLOTS)
                .param("s", s.id()).update();
    }

    /** The consolidated figures of a unit's subtree (strict descendants) for a form and period. */
    Map<String, BigDecimal> totals(FormDef form, long unitId, String period) {
        return totals(form, unitId, List.of(period)).get(period);
    }

    /**
     * The consolidated figures of a unit's subtree for several periods (the trend of {@code /reports}): one grouped
     * query over the kept totals and, when the form has MAX indicators, one grouped query for the maxima.
     */
    Map<String, Map<String, BigDecimal>> totals(FormDef form, long unitId, List<String> periods) {
        Map<String, Map<String, BigDecimal>> byPeriod = new LinkedHashMap<>();
        Map<String, Long> changes = new HashMap<>();
        periods.forEach(p -> byPeriod.put(p, new HashMap<>()));
        jdbc.sql("""
                        select period, code, sum(total), sum(reports), sum(yes_count), sum(changes) from report_rollup
                        where unit_id = :u and form_id = :f and period in (:p) group by period, code""")
                .param("u", unitId).param("f", form.id()).param("p", periods)
                .query(rs -> {
                    int reports = rs.getInt(4);
                    if (reports > 0) {
                        byPeriod.get(rs.getString(1)).put(rs.getString(2), value(form, rs.getString(2), rs, reports));
                        changes.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(6));
                    }
                });
        Set<String> maxCodes = form.indicators().stream().filter(i -> i.aggregation() == FormDef.Aggregation.MAX)
                .map(FormDef.Indicator::code).collect(Collectors.toSet());
        maxima.fill(form.id(), unitId, byPeriod, maxCodes, changes, this::maxima);
        return byPeriod;
    }

    private static BigDecimal value(FormDef form, String code, java.sql.ResultSet rs, int reports) throws java.sql.SQLException {
        BigDecimal value = switch (form.aggregation(code)) {
            case SUM, MAX -> rs.getBigDecimal(3);
            case AVERAGE -> rs.getBigDecimal(3).divide(BigDecimal.valueOf(reports), 2, java.math.RoundingMode.HALF_UP);
            case YES_COUNT -> BigDecimal.valueOf(rs.getInt(5));
        };
        return Figures.plain(value);
    }

    /**
     * A maximum cannot be kept by deltas (a return may remove it), so it is read from the counted reports: one
     * grouped query for every period and MAX code, walking the subtree (as on each period's reference date) to the
     * reports by their unique key (unit, form, period) instead of scanning every report of the form and period.
     */
    Map<String, Map<String, BigDecimal>> maxima(long formId, long unitId, List<String> periods, List<String> codes) {
        Map<String, Map<String, BigDecimal>> byPeriod = new HashMap<>();
        jdbc.sql("""
                        select p.code, v.code, max(v.value)
                        from unnest(cast(:ps as varchar[]), cast(:ds as date[])) p(code, day)
                        cross join lateral org_subtree(:u, p.day) t
                        join report_submission s on s.unit_id = t.unit_id and s.form_id = :f and s.period = p.code
                        join report_value v on v.submission_id = s.id and v.code in (:c)
                        where t.unit_id <> :u and not s.consolidated and s.status in ('SUBMITTED', 'ACCEPTED')
                        group by p.code, v.code""")
                .param("ps", periods.stream().map(p -> '"' + p + '"').collect(Collectors.joining(",", "{", "}")))
                .param("ds", periods.stream().map(p -> ReportPeriod.parse(p).referenceDate().toString())
                        .collect(Collectors.joining(",", "{", "}")))
                .param("u", unitId).param("f", formId).param("c", codes)
                .query(rs -> {
                    byPeriod.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            Figures.plain(rs.getBigDecimal(3)));
                });
        return byPeriod;
    }
}
