package vn.gandan.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * G1/G8 on a day over a unit's subtree as the tree was that day: for every school, each public item in force is
 * current (published and not lapsed), lapsed (counts as not done) or missing.
 */
@Component
@Transactional(readOnly = true)
public class DisclosureCompliance {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final UnitService units;
    private final DisclosureSettings settings;

    DisclosureCompliance(JdbcClient jdbc, Catalogue catalogue, UnitService units, DisclosureSettings settings) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.units = units;
        this.settings = settings;
    }

    /** Totals over the subtree and one line per school (traffic light: GREEN, AMBER, RED). */
    public record Summary(long unitId, LocalDate on, int required, int current, int lapsed, int missing, int percent,
                          List<School> schools) {
    }

    public record School(long unitId, String code, String name, int required, int current, int lapsed, int missing,
                         int percent, String light) {
    }

    public Summary on(long rootId, LocalDate day) {
        return over(units.subtreeIds(rootId, day), rootId, day);
    }

    Summary over(Collection<Long> unitIds, long rootId, LocalDate day) {
        List<UnitView> schools = units.findAll(unitIds).stream().filter(u -> u.validOn(day)).toList();
        List<CatalogueItem> items = catalogue.inForce(day).stream().filter(CatalogueItem::isPublic).toList();
        Map<String, LocalDate[]> latest = latest(unitIds, day);
        List<School> lines = new ArrayList<>();
        for (UnitView u : schools) {
            int req = 0, cur = 0, lap = 0;
            for (CatalogueItem i : items.stream().filter(i -> i.appliesTo(u)).toList()) {
                req++;
                LocalDate[] l = latest.get(u.id() + "/" + i.code());
                if (l != null && (l[0] == null || !l[0].isBefore(day))) cur++;
                else if (l != null) lap++;
            }
            if (req > 0) lines.add(new School(u.id(), u.code(), u.name(), req, cur, lap, req - cur - lap, percent(cur, req),
                    light(percent(cur, req))));
        }
        lines.sort(java.util.Comparator.comparingInt(School::percent).thenComparing(School::name));
        int req = lines.stream().mapToInt(School::required).sum();
        int cur = lines.stream().mapToInt(School::current).sum();
        int lap = lines.stream().mapToInt(School::lapsed).sum();
        return new Summary(rootId, day, req, cur, lap, req - cur - lap, percent(cur, req), lines);
    }

    /** "unit/item" → {validUntil} of the latest publication on or before the day. */
    private Map<String, LocalDate[]> latest(Collection<Long> unitIds, LocalDate day) {
        Map<String, LocalDate[]> out = new HashMap<>();
        if (unitIds.isEmpty()) return out;
        jdbc.sql("""
                        select distinct on (unit_id, item_code) unit_id, item_code, valid_until from disclosure
                        where unit_id in (:ids) and published_on <= :d order by unit_id, item_code, published_on desc, id desc""")
                .param("ids", unitIds).param("d", day)
                .query((rs, i) -> out.put(rs.getLong(1) + "/" + rs.getString(2), new LocalDate[] {rs.getObject(3, LocalDate.class)}))
                .list();
        return out;
    }

    static int percent(int current, int required) {
        return required == 0 ? 100 : Math.round(current * 100f / required);
    }

    String light(int percent) {
        return percent >= settings.greenFrom() ? "GREEN" : percent >= settings.amberFrom() ? "AMBER" : "RED";
    }
}
