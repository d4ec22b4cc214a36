package vn.gandan.petitions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorSource;
import vn.gandan.reporting.spi.IndicatorValue;

/**
 * The DVCQ figures about citizens, counted from the register and the reception book of the reporting unit's subtree
 * as it was day by day in the data window. Merged duplicates and items forwarded away are not counted twice:
 * the unit that received a forwarded item counts it. Resolved and on-time count among the items received in the window.
 */
@Component
@Order(0)
class PetitionIndicators implements IndicatorSource {

    static final Set<String> CODES = Set.of("CITIZEN_RECEPTIONS", "RECEPTIONS_BY_HEAD", "PETITIONS_RECEIVED",
            "PETITIONS_RESOLVED", "PETITIONS_ON_TIME", "COMPLAINTS_RECEIVED", "DENUNCIATIONS_RECEIVED", "PROPOSALS_RECEIVED");

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;

    PetitionIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> codes() {
        return CODES;
    }

    @Override
    public Map<String, IndicatorValue> values(IndicatorQuery q) {
        if (!q.wantsAny(CODES) || q.units().isEmpty()) {
            return Map.of();
        }
        Map<String, Long> n = jdbc.sql("""
                        with s(unit_id, f, t) as (
                          select * from unnest(cast(:ids as bigint[]), cast(:froms as date[]), cast(:tos as date[]))),
                        p as (select p.* from petition p join s on p.unit_id = s.unit_id and p.received_on between s.f and s.t
                              where p.status not in ('MERGED', 'FORWARDED')),
                        r as (select r.* from reception_session r join s on r.unit_id = s.unit_id and r.on_day between s.f and s.t)
                        select (select count(*) from p) as received,
                               (select count(*) from p where resolved_on <= :to) as resolved,
                               (select count(*) from p where resolved_on <= :to and resolved_on <= resolution_due) as on_time,
                               (select count(*) from p where kinds like '%KHIEU_NAI%') as complaints,
                               (select count(*) from p where kinds like '%TO_CAO%') as denunciations,
                               (select count(*) from p where kinds like '%KIEN_NGHI%' or kinds like '%PHAN_ANH%') as proposals,
                               (select count(*) from r) as receptions,
                               (select count(*) from r where is_head) as by_head""")
                .param("ids", q.ids()).param("froms", q.froms()).param("tos", q.tos()).param("to", q.to())
                .query((rs, i) -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    m.put("PETITIONS_RECEIVED", rs.getLong("received"));
                    m.put("PETITIONS_RESOLVED", rs.getLong("resolved"));
                    m.put("PETITIONS_ON_TIME", rs.getLong("on_time"));
                    m.put("COMPLAINTS_RECEIVED", rs.getLong("complaints"));
                    m.put("DENUNCIATIONS_RECEIVED", rs.getLong("denunciations"));
                    m.put("PROPOSALS_RECEIVED", rs.getLong("proposals"));
                    m.put("CITIZEN_RECEPTIONS", rs.getLong("receptions"));
                    m.put("RECEPTIONS_BY_HEAD", rs.getLong("by_head"));
                    return m;
                }).single();
        Map<String, IndicatorValue> out = new LinkedHashMap<>();
        n.forEach((code, count) -> {
            if (q.codes().contains(code)) {
                out.put(code, IndicatorValue.count(count, "petitions.indicator.source." + code, count, DAY.format(q.from()), DAY.format(q.to())));
            }
        });
        return out;
    }
}
