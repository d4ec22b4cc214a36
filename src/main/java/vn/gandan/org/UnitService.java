package vn.gandan.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.Texts;

/** The organisation tree as other modules use it: units, their parents and subtrees as of a date. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final UnitLinkRepository links;
    private final JdbcClient jdbc;
    private final Clock clock;

    UnitService(UnitRepository units, UnitLinkRepository links, JdbcClient jdbc, Clock clock) {
        this.units = units;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<UnitView> find(long id) {
        return units.findById(id).map(u -> u.view(parentId(id, today()).orElse(null)));
    }

    public UnitView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<UnitView> findByCode(String code) {
        return units.findByCode(code).map(u -> u.view(parentId(u.id(), today()).orElse(null)));
    }

    public List<UnitView> findAll(Collection<Long> ids) {
        LocalDate day = today();
        return units.findByIdIn(ids).stream().map(u -> u.view(parentId(u.id(), day).orElse(null))).toList();
    }

    /** The parent on the given day, if the unit had one then. */
    public Optional<Long> parentId(long unitId, LocalDate day) {
        return links.findByUnitIdOrderByValidFrom(unitId).stream().filter(l -> l.validOn(day))
                .map(UnitLink::parentId).findFirst();
    }

    /** Children on the given day, by name. */
    public List<UnitView> children(long parentId, LocalDate day) {
        List<Long> ids = jdbc.sql("""
                        select l.unit_id from org_unit_link l join org_unit u on u.id = l.unit_id
                        where l.parent_id = :p and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d)
                        order by u.name""")
                .param("p", parentId).param("d", day).query(Long.class).list();
        Map<Long, Unit> byId = new HashMap<>();
        units.findByIdIn(ids).forEach(u -> byId.put(u.id(), u));
        return ids.stream().map(id -> byId.get(id).view(parentId)).toList();
    }

    /** Ancestors on the given day, nearest first, the unit itself excluded. */
    public List<Long> ancestorIds(long unitId, LocalDate day) {
        return jdbc.sql("""
                        with recursive a(id, depth) as (
                          select l.parent_id, 1 from org_unit_link l
                           where l.unit_id = :u and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d)
                          union all
                          select l.parent_id, a.depth + 1 from org_unit_link l join a on l.unit_id = a.id
                           where l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d) and a.depth < 64)
                        select id from a order by depth""")
                .param("u", unitId).param("d", day).query(Long.class).list();
    }

    /** The unit and everything under it on the given day. */
    public Set<Long> subtreeIds(long rootId, LocalDate day) {
        return new LinkedHashSet<>(jdbc.sql("select unit_id from org_subtree(:r, :d)")
                .param("r", rootId).param("d", day).query(Long.class).list());
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies under it on the given day. */
    public boolean isWithin(long unitId, long ancestorId, LocalDate day) {
        return unitId == ancestorId || ancestorIds(unitId, day).contains(ancestorId);
    }

    /** Units whose name, code or short name contains the words, ignoring diacritics and case. */
    public List<UnitView> search(String query, int limit) {
        String folded = Texts.fold(query);
        List<Long> ids = jdbc.sql("""
                        select id from org_unit where search_text like '%' || :q || '%'
                        order by (valid_to is not null), length(name), name limit :n""")
                .param("q", folded.replace("%", "").replace("_", "")).param("n", limit).query(Long.class).list();
        Map<Long, UnitView> found = new HashMap<>();
        findAll(ids).forEach(v -> found.put(v.id(), v));
        return ids.stream().map(found::get).toList();
    }
}
