package vn.gandan.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Regimes with their reporters, periods, deadlines, plans and co-receivers in ONE statement whatever their number
 * (issue 14, session 14: a list of ids and then six queries before — seven per regime lookup of /reports). Each part
 * is aggregated into parallel arrays under one ORDER BY that is total over the part's columns, so the arrays line up
 * row for row (rows equal in every column are interchangeable). Nothing is kept between requests.
 */
@Component
class RegimeReads {

    private static final String DEADLINE_ORDER = "period, coalesce(working_days_after, 0), due_date, unit_kind,"
            + " working_days_after, cut_off_end, lock_working_days, channel";

    private static final String SELECT = """
            select r.id, r.name, f.code, r.form_version, r.receiver_unit_id, r.valid_from, r.valid_to, r.source_plan_id,
                   rp.kinds, pe.types, pe.days, d.kinds, d.periods, d.wdays, d.dues, d.cutoffs, d.locks, d.channels,
                   pl.ids, co.ids
            from report_regime r join report_form f on f.id = r.form_id
            left join lateral (select array_agg(unit_kind order by unit_kind) kinds
                               from report_regime_reporter x where x.regime_id = r.id) rp on true
            left join lateral (select array_agg(period_type order by period_type, cut_off_day) types,
                                      array_agg(cut_off_day order by period_type, cut_off_day) days
                               from report_regime_period x where x.regime_id = r.id) pe on true
            left join lateral (select array_agg(unit_kind order by %1$s) kinds, array_agg(period order by %1$s) periods,
                                      array_agg(working_days_after order by %1$s) wdays, array_agg(due_date order by %1$s) dues,
                                      array_agg(cut_off_end order by %1$s) cutoffs,
                                      array_agg(lock_working_days order by %1$s) locks, array_agg(channel order by %1$s) channels
                               from report_regime_deadline x where x.regime_id = r.id) d on true
            left join lateral (select array_agg(plan_id order by plan_id) ids
                               from report_regime_plan x where x.regime_id = r.id) pl on true
            left join lateral (select array_agg(unit_id order by unit_id) ids
                               from report_regime_receiver x where x.regime_id = r.id) co on true
            """.formatted(DEADLINE_ORDER);

    private final JdbcClient jdbc;

    RegimeReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The regimes matching {@code whereAndOrder} (over {@code r}, the regime), in its order. */
    List<ReportingRegime> where(String whereAndOrder, Map<String, ?> params) {
        return jdbc.sql(SELECT + "where " + whereAndOrder).params(params).query((rs, i) -> regime(rs)).list();
    }

    private static ReportingRegime regime(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new ReportingRegime(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, Long.class),
                Arrays.stream(SqlArrays.of(rs, 9)).map(String.class::cast).toList(), periods(rs), deadlines(rs),
                rs.getObject(6, java.time.LocalDate.class), rs.getObject(7, java.time.LocalDate.class),
                rs.getObject(8, Long.class), longs(SqlArrays.of(rs, 19)), longs(SqlArrays.of(rs, 20)));
    }

    private static List<ReportingRegime.PeriodRule> periods(ResultSet rs) throws SQLException {
        Object[] types = SqlArrays.of(rs, 10), days = SqlArrays.of(rs, 11);
        List<ReportingRegime.PeriodRule> out = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            out.add(new ReportingRegime.PeriodRule(PeriodType.valueOf((String) types[i]), zeroIfNull(days[i])));
        }
        return List.copyOf(out);
    }

    private static List<ReportingRegime.Deadline> deadlines(ResultSet rs) throws SQLException {
        Object[] kinds = SqlArrays.of(rs, 12), periods = SqlArrays.of(rs, 13), wdays = SqlArrays.of(rs, 14),
                dues = SqlArrays.of(rs, 15), cutoffs = SqlArrays.of(rs, 16), locks = SqlArrays.of(rs, 17),
                channels = SqlArrays.of(rs, 18);
        List<ReportingRegime.Deadline> out = new ArrayList<>(kinds.length);
        for (int i = 0; i < kinds.length; i++) {
            out.add(new ReportingRegime.Deadline((String) kinds[i], (String) periods[i], SqlArrays.integer(wdays[i]),
                    SqlArrays.date(dues[i]), SqlArrays.date(cutoffs[i]), zeroIfNull(locks[i]), (String) channels[i]));
        }
        return List.copyOf(out);
    }

    private static List<Long> longs(Object[] values) {
        return Arrays.stream(values).map(SqlArrays::number).toList();
    }

    private static int zeroIfNull(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
