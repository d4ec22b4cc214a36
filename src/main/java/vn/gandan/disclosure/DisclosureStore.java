package vn.gandan.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.shared.NotFoundException;

/** Reads of publications with their status on a day; scoped for signed-in callers, published-only for the public. */
@Component
@Transactional(readOnly = true)
class DisclosureStore {

    /** Each publication with its item and its status on :day (the latest per unit and item decides). */
    private static final String SELECT = """
            select d.id, d.unit_id, d.item_code, i.name, i.group_no, i.group_name, d.published_on, d.forms, d.period_label,
                   d.title, d.evidence_url, d.file_name, d.valid_until, d.decided_on, d.due_by, d.posted_until, i.scope,
                   row_number() over (partition by d.unit_id, d.item_code order by d.published_on desc, d.id desc) as rn
            from disclosure d
            join lateral (select * from disclosure_item x where x.code = d.item_code order by x.effective_from desc limit 1) i on true
            where d.published_on <= :day""";

    private final JdbcClient jdbc;
    private final AccessService access;
    private final Clock clock;

    DisclosureStore(JdbcClient jdbc, AccessService access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    DisclosureView get(long id) {
        return jdbc.sql("select * from (" + SELECT + " and d.unit_id = (select unit_id from disclosure where id = :id)) x"
                        + " where id = :id and " + access.scopeSql("unit_id")).param("id", id).param("day", LocalDate.of(9999, 12, 31))
                .query((rs, i) -> map(rs, today())).optional().orElseThrow(() -> new NotFoundException("disclosure", id));
    }

    /** A unit's register: every publication up to today, newest first. */
    List<DisclosureView> forUnit(long unitId) {
        access.requireVisible(unitId);
        return forUnitOn(unitId, today(), false);
    }

    /** What the public sees: published public items (nothing dated after today), within the archive years. */
    List<DisclosureView> publicFor(long unitId) {
        return forUnitOn(unitId, today(), true).stream()
                .filter(d -> !d.publishedOn().isBefore(today().minusYears(5))).toList();
    }

    private List<DisclosureView> forUnitOn(long unitId, LocalDate day, boolean publicOnly) {
        return jdbc.sql("select * from (" + SELECT + " and d.unit_id = :u) x" + (publicOnly ? " where scope = 'PUBLIC'" : "")
                        + " order by group_no, item_code, published_on desc, id desc")
                .param("u", unitId).param("day", day).query((rs, i) -> map(rs, day)).list();
    }

    Optional<Object[]> file(long id, boolean publicOnly, long unitId) {
        return jdbc.sql("select d.file_name, d.content_type, d.file_data from disclosure d where d.id = :id and d.unit_id = :u"
                        + " and d.file_data is not null and d.published_on <= :day"
                        + (publicOnly ? " and exists (select 1 from disclosure_item i where i.code = d.item_code and i.scope = 'PUBLIC')" : ""))
                .param("id", id).param("u", unitId).param("day", today())
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)}).optional();
    }

    private static DisclosureView map(ResultSet rs, LocalDate day) throws SQLException {
        LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
        boolean latest = rs.getInt("rn") == 1;
        boolean internal = "INTERNAL".equals(rs.getString("scope"));
        boolean running = validUntil == null || !validUntil.isBefore(day);
        String status = !latest && !internal ? "SUPERSEDED" : running ? "CURRENT" : internal ? "ENDED" : "LAPSED";
        return new DisclosureView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("item_code"), rs.getString("name"),
                rs.getInt("group_no"), rs.getString("group_name"), rs.getObject("published_on", LocalDate.class),
                Arrays.asList(rs.getString("forms").split(",")), rs.getString("period_label"), rs.getString("title"),
                rs.getString("evidence_url"), rs.getString("file_name"), validUntil, rs.getObject("decided_on", LocalDate.class),
                rs.getObject("due_by", LocalDate.class), rs.getObject("posted_until", LocalDate.class), status,
                rs.getObject("due_by") == null ? null : !rs.getObject("published_on", LocalDate.class).isAfter(rs.getObject("due_by", LocalDate.class)));
    }
}
