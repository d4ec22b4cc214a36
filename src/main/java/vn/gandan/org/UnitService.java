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
import vn.gandan.shared.GetRequestMemo;
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
    private final UnitRelationRepository relations;
    private final UnitAncestry ancestry;
    private final UnitReads reads;

    UnitService(UnitRepository units, UnitLinkRepository links, JdbcClient jdbc, Clock clock,
                UnitRelationRepository relations, UnitAncestry ancestry, UnitReads reads) {
        this.reads = reads;
        this.ancestry = ancestry;
        this.units = units;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
        this.relations = relations;
    }

    /** Units with no parent today (the tops of the trees: the ministry, Party committees, …). */
    public List<UnitView> roots() {
        List<Long> ids = jdbc.sql("""
                        select u.id from org_unit u where (u.valid_to is null or u.valid_to >= :d) and not exists (
                          select 1 from org_unit_link l where l.unit_id = u.id and l.valid_from <= :d
                            and (l.valid_to is null or l.valid_to >= :d)) order by u.name""")
                .param("d", today()).query(Long.class).list();
        return findAll(ids);
    }

    /** Everything the unit page shows: contact, where the unit sat in the tree over time, relations. */
    public UnitDetails details(long id) {
        Unit u = units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
        List<UnitLink> history = links.findByUnitIdOrderByValidFrom(id);
        Map<Long, String> names = new HashMap<>();
        List<Long> others = new java.util.ArrayList<>(history.stream().map(UnitLink::parentId).toList());
        List<UnitRelation.RelationView> rels = relations.involving(id).stream().map(UnitRelation::view).toList();
        rels.forEach(r -> others.add(r.unitId().equals(id) ? r.otherId() : r.unitId()));
        units.findByIdIn(others).forEach(o -> names.put(o.id(), o.name()));
        return new UnitDetails(u.view(parentId(id, today()).orElse(null)), u.address(), u.phone(), u.email(),
                history.stream().map(l -> new LinkView(l.parentId(), names.get(l.parentId()), l.validFrom(), l.validTo()))
                        .toList(),
                rels.stream().map(r -> {
                    Long other = r.unitId().equals(id) ? r.otherId() : r.unitId();
                    return new RelationLine(other, names.get(other), r.kind(), r.validFrom(), r.validTo());
                }).toList());
    }

    /** A unit with its contact, tree history and relations. */
    public record UnitDetails(UnitView unit, String address, String phone, String email, List<LinkView> history,
                              List<RelationLine> relations) {
    }

    /** "Under parent from … to …". */
    public record LinkView(Long parentId, String parentName, LocalDate validFrom, LocalDate validTo) {
    }

    /** A relation seen from one unit. */
    public record RelationLine(Long otherId, String otherName, RelationKind kind, LocalDate validFrom,
                               LocalDate validTo) {
    }

    /**
     * The body printed above the unit's name on its documents on a day: its governing body (cơ quan chủ quản) when
     * one is set, else its parent in the tree on that day.
     */
    public Optional<String> superiorName(long unitId, LocalDate day) {
        Optional<UnitView> unit = find(unitId);
        if (unit.map(UnitView::governingBody).filter(g -> !g.isBlank()).isPresent()) {
            return unit.map(UnitView::governingBody);
        }
        return parentId(unitId, day).flatMap(this::find).map(UnitView::name);
    }

    /**
     * The app's day. Reads no database: outside a transaction it opens none (session 15: the class's read-only
     * transaction cost an API request a connection, a JPA session and a commit just for the date).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Read once per GET request (a page asks for the same unit several times; units change only through writes). */
    public Optional<UnitView> find(long id) {
        return GetRequestMemo.get("org.unit", id, key -> UnitReads.usable() ? reads.byId(key, today())
                : units.findById(key).map(u -> u.view(parentId(key, today()).orElse(null))));
    }

    public UnitView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** The unit with its parent as of {@code day} (it may have ended or not begun by then). */
    public UnitView get(long id, LocalDate day) {
        return (UnitReads.usable() ? reads.byId(id, day) : units.findById(id).map(u -> u.view(parentId(id, day).orElse(null))))
                .orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<UnitView> findByCode(String code) {
        if (UnitReads.usable()) return reads.byCode(code, today());
        return units.findByCode(code).map(u -> u.view(parentId(u.id(), today()).orElse(null)));
    }

    /**
     * The units with these ids, in the order given. In a GET request the units are kept with those {@link #find} keeps
     * (the same view: the unit with its parent today): a page that names the same units several times — the plan
     * page's names, its preview document, its summaries — reads each once (issue 14, session 16).
     */
    public List<UnitView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        LocalDate day = today();
        Map<Long, UnitView> byId = new HashMap<>();
        Map<Long, Optional<UnitView>> memo = GetRequestMemo.map("org.unit");
        Collection<Long> missing = ids;
        if (memo != null) {
            missing = new LinkedHashSet<>();
            for (Long id : ids) {
                Optional<UnitView> known = memo.get(id);
                if (known != null) known.ifPresent(u -> byId.put(u.id(), u));
                else missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            List<UnitView> read;
            if (UnitReads.usable()) {
                read = reads.byIdsOn(missing, day); // the units with their parents in one statement (session 18)
            } else {
                Map<Long, Long> parents = ancestry.parentsOn(missing, day); // one query for all parents (was one per unit)
                read = units.findByIdIn(missing).stream().map(u -> u.view(parents.get(u.id()))).toList();
            }
            read.forEach(u -> byId.put(u.id(), u));
            if (memo != null) missing.forEach(id -> memo.put(id, Optional.ofNullable(byId.get(id))));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The parent on the given day, if the unit had one then. */
    public Optional<Long> parentId(long unitId, LocalDate day) {
        return GetRequestMemo.get("org.links", unitId, links::findByUnitIdOrderByValidFrom).stream()
                .filter(l -> l.validOn(day))
                .map(UnitLink::parentId).findFirst();
    }

    /** Children on the given day, by name; read once per GET request (the plan list asks twice: its two unit lists). */
    public List<UnitView> children(long parentId, LocalDate day) {
        return GetRequestMemo.get("org.children", Map.entry(parentId, day), k -> readChildren(parentId, day));
    }

    /**
     * The children on {@code day}, as {@link #children(long, LocalDate)}; in a GET request those on {@code alsoOn} are
     * read in the same statement and kept for the request (the report overview shows the children on the period's
     * reference date, then today's: one statement for the two, issue 14 session 18).
     */
    public List<UnitView> children(long parentId, LocalDate day, LocalDate alsoOn) {
        Map<Map.Entry<Long, LocalDate>, List<UnitView>> memo = GetRequestMemo.map("org.children");
        Map.Entry<Long, LocalDate> onDay = Map.entry(parentId, day);
        Map.Entry<Long, LocalDate> onOther = Map.entry(parentId, alsoOn);
        if (memo == null || !UnitReads.usable() || day.equals(alsoOn) || memo.containsKey(onDay) || memo.containsKey(onOther)) {
            return children(parentId, day);
        }
        Map<LocalDate, List<UnitView>> both = reads.children(parentId, day, alsoOn);
        memo.put(onOther, both.get(alsoOn));
        memo.put(onDay, both.get(day));
        return both.get(day);
    }

    private List<UnitView> readChildren(long parentId, LocalDate day) {
        if (UnitReads.usable()) return reads.children(parentId, day);
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
        return List.copyOf(ancestry.aboveOn(List.of(unitId), day).get(unitId));
    }

    /** The unit and everything under it on the given day. */
    public Set<Long> subtreeIds(long rootId, LocalDate day) {
        return new LinkedHashSet<>(jdbc.sql("select unit_id from org_subtree(:r, :d)")
                .param("r", rootId).param("d", day).query(Long.class).list());
    }

    /** How many units the subtree has on the given day (the root included), counted in the database. */
    public int subtreeSize(long rootId, LocalDate day) {
        return jdbc.sql("select count(*) from org_subtree(:r, :d)").param("r", rootId).param("d", day)
                .query(Integer.class).single();
    }

    /**
     * The units of a subtree during a window, each with the days it belonged to it (a unit moved between parents
     * appears under each parent for its own part of the window); the root is included.
     */
    public List<UnitSpan> subtreeSpans(long rootId, LocalDate from, LocalDate to) {
        return jdbc.sql("select unit_id, valid_from, valid_to from org_subtree_spans(:r, :f, :t) order by unit_id, valid_from")
                .param("r", rootId).param("f", from).param("t", to)
                .query((rs, n) -> new UnitSpan(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies under it on the given day. */
    public boolean isWithin(long unitId, long ancestorId, LocalDate day) {
        return unitId == ancestorId || ancestorIds(unitId, day).contains(ancestorId);
    }

    /** Units whose name, code or short name contains the words, ignoring diacritics and case. */
    public List<UnitView> search(String query, int limit) {
        return search(query, limit, "true");
    }

    /**
     * Units whose name or code contains the words of the query (diacritics and case ignored), restricted in SQL to
     * {@code scopePredicate} on {@code id} for units of today's tree; dissolved units are returned whatever the
     * predicate, for the caller to check one by one (they sit where they were on their last day).
     */
    public List<UnitView> search(String query, int limit, String scopePredicate) {
        return search(query, 0, limit, scopePredicate);
    }

    /**
     * As {@link #search(String, int, String)} from the {@code offset}-th match on, in one order that ends on the id (today's
     * units first, shorter names first), so that reading the matches chunk by chunk neither skips nor repeats one.
     */
    public List<UnitView> search(String query, long offset, int limit, String scopePredicate) {
        String folded = Texts.fold(query);
        List<Long> ids = jdbc.sql("""
                        select id from org_unit where search_text like '%' || :q || '%'
                        and (valid_to is not null or (""" + scopePredicate.replace("UNIT_ID", "id") + """
                        ))
                        order by (valid_to is not null), length(name), name, id offset :o limit :n""")
                .param("q", folded.replace("%", "").replace("_", "")).param("o", offset).param("n", limit)
                .query(Long.class).list();
        Map<Long, UnitView> found = new HashMap<>();
        findAll(ids).forEach(v -> found.put(v.id(), v));
        return ids.stream().map(found::get).toList();
    }
}
