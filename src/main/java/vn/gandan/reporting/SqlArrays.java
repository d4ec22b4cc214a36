package vn.gandan.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A column holding an SQL array (array_agg of a part table), as Java objects; an empty array for NULL. */
final class SqlArrays {

    private SqlArrays() {
    }

    static Object[] of(ResultSet rs, int column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }

    /** A date element (PgJDBC gives java.sql.Date), null kept. */
    static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
