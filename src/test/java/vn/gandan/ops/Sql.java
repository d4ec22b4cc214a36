package vn.gandan.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One-number queries for checks made straight on the database. */
final class Sql {

    private Sql() {
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int update(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    static Long nullableLong(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }
}
