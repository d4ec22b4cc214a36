package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** The overview for a unit and the units under it: cases by state, on-time rate, overdue by unit, items by month. */
@Service
@Transactional(readOnly = true)
public class PetitionDashboard {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final UnitService units;
    private final Clock clock;

    PetitionDashboard(JdbcClient jdbc, AccessService access, UnitService units, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
        this.clock = clock;
    }

    /** The figures of the overview. */
    public record Overview(long unitId, String unitName, long total, Map<String, Long> byState, long resolved,
                           long onTime, Map<String, Long> overdueByUnit, Map<String, Long> byMonth) {
    }

    public Overview of(long unitId) {
        access.requireVisible(unitId);
        LocalDate today = LocalDate.now(clock);
        String ids = units.subtreeIds(unitId, today).stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        Map<String, Long> byState = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) from petition where unit_id = any(cast(:ids as bigint[])) group by status order by 1")
                .param("ids", ids).query((rs, i) -> byState.put(rs.getString(1), rs.getLong(2))).list();
        List<Long> rate = jdbc.sql("""
                        select count(*) filter (where resolved_on is not null),
                               count(*) filter (where resolved_on is not null and resolved_on <= resolution_due)
                        from petition where unit_id = any(cast(:ids as bigint[]))""")
                .param("ids", ids).query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2))).single();
        Map<String, Long> overdue = new LinkedHashMap<>();
        jdbc.sql("""
                        select unit_id, count(*) from petition where unit_id = any(cast(:ids as bigint[]))
                          and ((status = 'RECEIVED' and intake_due < :t)
                            or (status in ('ACCEPTED','VERIFYING','DIALOGUE') and resolution_due < :t))
                        group by unit_id order by 2 desc""")
                .param("ids", ids).param("t", today)
                .query((rs, i) -> overdue.put(units.find(rs.getLong(1)).map(UnitView::name).orElse("?"), rs.getLong(2))).list();
        Map<String, Long> byMonth = new LinkedHashMap<>();
        jdbc.sql("""
                        select to_char(received_on, 'MM/YYYY'), count(*) from petition
                        where unit_id = any(cast(:ids as bigint[])) and received_on > :from
                        group by 1, date_trunc('month', received_on) order by date_trunc('month', received_on)""")
                .param("ids", ids).param("from", today.minusMonths(12))
                .query((rs, i) -> byMonth.put(rs.getString(1), rs.getLong(2))).list();
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        return new Overview(unitId, units.get(unitId).name(), total, byState, rate.get(0), rate.get(1), overdue, byMonth);
    }
}
