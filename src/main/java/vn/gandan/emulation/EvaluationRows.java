package vn.gandan.emulation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads evaluation rows (the caller's right to see them is checked by {@link EvaluationService}). */
final class EvaluationRows {

    private static final String SELECT = """
            select id, unit_id, person_id, person_name, staff_group, period, self_text, self_level, professional_points,
                   dan_van_points, disciplined, level, head_comment, rated_by, rated_on from emu_evaluation""";

    private EvaluationRows() {
    }

    static EvaluationView one(JdbcClient jdbc, long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(EvaluationRows::map).single()
                .withLines(jdbc.sql("""
                                select code, part, text, max_points, points, evidence from emu_evaluation_line
                                 where evaluation_id = :id order by position, code""").param("id", id)
                        .query((rs, i) -> new EvaluationView.SelfLine(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6))).list());
    }

    static List<EvaluationView> forUnit(JdbcClient jdbc, long unitId, String period) {
        return jdbc.sql(SELECT + " where unit_id = :u and (cast(:p as varchar) is null or period = :p) order by staff_group, person_name")
                .param("u", unitId).param("p", period == null || period.isBlank() ? null : period.strip())
                .query(EvaluationRows::map).list();
    }

    /** The rows of one person in a unit: by the linked person, or by the account named when the row was opened. */
    static List<EvaluationView> forPerson(JdbcClient jdbc, long unitId, String period, String account, Long personId) {
        return jdbc.sql(SELECT + " " + """
                         where unit_id = :u and (account = :a or person_id = cast(:person as bigint))
                           and (cast(:p as varchar) is null or period = :p) order by period""")
                .param("u", unitId).param("a", account).param("person", personId)
                .param("p", period == null || period.isBlank() ? null : period.strip())
                .query(EvaluationRows::map).list();
    }

    static EvaluationView map(ResultSet rs, int i) throws SQLException {
        BigDecimal p = rs.getBigDecimal(9);
        BigDecimal d = rs.getBigDecimal(10);
        return new EvaluationView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), level(rs.getString(8)), p, d, p == null || d == null ? null : p.add(d),
                rs.getBoolean(11), level(rs.getString(12)), rs.getString(13), rs.getString(14),
                rs.getObject(15, LocalDate.class), List.of());
    }

    private static StaffLevel level(String s) {
        return s == null ? null : StaffLevel.valueOf(s);
    }
}
