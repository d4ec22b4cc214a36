package vn.gandan.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorSource;
import vn.gandan.reporting.spi.IndicatorValue;

/**
 * Report figures from the emulation records of the reporting unit's subtree as it was: models registered, those of
 * them recognised (never more than registered), adoptions, exemplars commended, and the average final dân vận score.
 * One statement per call.
 */
@Component
class EmulationIndicators implements IndicatorSource {

    static final Set<String> CODES = Set.of("DVK_MODELS_REGISTERED", "DVK_MODELS_RECOGNISED", "DVK_MODELS_REPLICATED",
            "DVK_EXEMPLARS_COMMENDED", "DVCQ_SCORE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;

    EmulationIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> codes() {
        return CODES;
    }

    @Override
    public Map<String, IndicatorValue> values(IndicatorQuery q) {
        if (!q.wantsAny(CODES) || q.units().isEmpty()) return Map.of();
        Object[] r = jdbc.sql("""
                        with s(unit_id, f, t) as (select * from unnest(cast(:ids as bigint[]), cast(:froms as date[]), cast(:tos as date[]))),
                        m as (select m.* from emu_model m join s on s.unit_id = m.unit_id and m.registered_on between s.f and s.t),
                        c as (select m.* from emu_model m join s on s.unit_id = m.unit_id and m.recognised_on between s.f and s.t)
                        select (select count(*) from m),
                               (select count(*) from m where m.recognised_on <= :to),
                               (select count(*) from emu_model_adoption a join s on s.unit_id = a.unit_id and a.on_date between s.f and s.t),
                               (select count(*) from c where c.kind = 'EXEMPLAR'),
                               (select avg(x.total) from (select sum(l.final_points) as total from emu_score e
                                   join emu_score_line l on l.score_id = e.id
                                   where e.final_at is not null and e.year = :year
                                     and e.unit_id in (select unit_id from s where :to between s.f and s.t)
                                   group by e.id) x),
                               (select count(*) from emu_score e where e.final_at is not null and e.year = :year
                                     and e.unit_id in (select unit_id from s where :to between s.f and s.t))""")
                .param("ids", q.ids()).param("froms", q.froms()).param("tos", q.tos()).param("to", q.to())
                .param("year", q.to().getYear())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBigDecimal(5), rs.getLong(6)}).single();
        String from = q.from().format(DAY);
        String to = q.to().format(DAY);
        Map<String, IndicatorValue> out = new HashMap<>();
        put(out, q, "DVK_MODELS_REGISTERED", IndicatorValue.count((long) r[0], "emulation.indicator.source.registered", r[0], from, to));
        put(out, q, "DVK_MODELS_RECOGNISED", IndicatorValue.count((long) r[1], "emulation.indicator.source.recognised", r[1], r[0], from, to));
        put(out, q, "DVK_MODELS_REPLICATED", IndicatorValue.count((long) r[2], "emulation.indicator.source.replicated", r[2], from, to));
        put(out, q, "DVK_EXEMPLARS_COMMENDED", IndicatorValue.count((long) r[3], "emulation.indicator.source.commended", r[3], from, to));
        if (r[4] != null) {
            BigDecimal avg = ((BigDecimal) r[4]).setScale(2, RoundingMode.HALF_UP);
            put(out, q, "DVCQ_SCORE", IndicatorValue.of(avg, "emulation.indicator.source.score", avg, r[5], String.valueOf(q.to().getYear())));
        }
        return out;
    }

    private static void put(Map<String, IndicatorValue> out, IndicatorQuery q, String code, IndicatorValue v) {
        if (q.codes().contains(code)) out.put(code, v);
    }

}
