package vn.gandan.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Units read by SQL straight into {@link UnitView}s, for {@link UnitService}'s reads inside a read-only transaction
 * (every page's; issue 14, session 13): no entity, persistence context or dirty check per unit, no IN list bound
 * through Hibernate's type coercion (it threw and caught a {@code CoercionException} per list). Inside a read-write
 * transaction the service keeps reading through JPA, which sees the transaction's own unflushed changes.
 */
@Component
class UnitReads {

    private static final String COLUMNS = "u.id, u.code, u.name, u.short_name, u.kind, u.school_level, u.place,"
            + " u.valid_from, u.valid_to, u.governing_body";
    private static final String PARENT_ON = "(select l.parent_id from org_unit_link l where l.unit_id = u.id"
            + " and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d) order by l.valid_from limit 1)";

    private final JdbcClient jdbc;

    UnitReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the current transaction is read-only (a page's): then nothing unflushed can hide from SQL. */
    static boolean usable() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** The unit with its parent on {@code day}, in one statement. */
    Optional<UnitView> byId(long id, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + ", " + PARENT_ON + " parent from org_unit u where u.id = :id")
                .param("id", id).param("d", day).query((rs, i) -> view(rs, (Long) rs.getObject("parent"))).optional();
    }

    /** The unit of that code with its parent on {@code day}, in one statement. */
    Optional<UnitView> byCode(String code, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + ", " + PARENT_ON + " parent from org_unit u where u.code = :code")
                .param("code", code).param("d", day).query((rs, i) -> view(rs, (Long) rs.getObject("parent"))).optional();
    }

    /**
     * The units with these ids, in no particular order, each with its parent on {@code day} (the earliest link valid
     * that day, as {@link #byId}), in one statement (issue 14, session 18: the parents, then the units, were two). The
     * ids reach the planner through a sub-select, so that it cannot count them: the custom plans PostgreSQL tries
     * first then cost what the generic plan costs, and it keeps the generic plan (session 15: with the array visible
     * it planned the merged statement again at every call).
     */
    List<UnitView> byIdsOn(Collection<Long> ids, LocalDate day) {
        if (ids.isEmpty()) return List.of();
        String array = new LinkedHashSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        Map<Long, UnitView> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + ", l.parent_id parent from org_unit u left join org_unit_link l on l.unit_id = u.id"
                        + " and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d)"
                        + " where u.id = any(cast((select cast(:ids as bigint[])) as bigint[])) order by u.id, l.valid_from")
                .param("ids", array).param("d", day).query((rs, i) -> view(rs, (Long) rs.getObject("parent"))).list()
                .forEach(u -> out.putIfAbsent(u.id(), u));
        return List.copyOf(out.values());
    }

    /** The units under {@code parentId} on {@code day}, by name, in one statement. */
    List<UnitView> children(long parentId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from org_unit_link l join org_unit u on u.id = l.unit_id"
                        + " where l.parent_id = :p and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d)"
                        + " order by u.name")
                .param("p", parentId).param("d", day).query((rs, i) -> view(rs, parentId)).list();
    }

    /**
     * The units under {@code parentId} on each of two days, by name, in one statement (each row says on which of the
     * days its link holds): the same two lists as {@link #children} for each day.
     */
    Map<LocalDate, List<UnitView>> children(long parentId, LocalDate a, LocalDate b) {
        String onA = "(l.valid_from <= :a and (l.valid_to is null or l.valid_to >= :a))";
        String onB = "(l.valid_from <= :b and (l.valid_to is null or l.valid_to >= :b))";
        List<UnitView> inA = new java.util.ArrayList<>();
        List<UnitView> inB = new java.util.ArrayList<>();
        jdbc.sql("select " + COLUMNS + ", " + onA + " on_a, " + onB + " on_b from org_unit_link l join org_unit u on u.id = l.unit_id"
                        + " where l.parent_id = :p and (" + onA + " or " + onB + ") order by u.name")
                .param("p", parentId).param("a", a).param("b", b).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    UnitView v = view(rs, parentId);
                    if (rs.getBoolean("on_a")) inA.add(v);
                    if (rs.getBoolean("on_b")) inB.add(v);
                });
        return Map.of(a, List.copyOf(inA), b, List.copyOf(inB));
    }

    private static UnitView view(ResultSet rs, Long parentId) throws SQLException {
        String level = rs.getString("school_level");
        return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                UnitKind.valueOf(rs.getString("kind")), level == null ? null : SchoolLevel.valueOf(level), parentId,
                rs.getString("place"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("governing_body"));
    }
}
