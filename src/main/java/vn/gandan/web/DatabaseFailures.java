package vn.gandan.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Recognises "the database cannot be reached" anywhere in an exception's cause chain. */
final class DatabaseFailures {

    /** SQLSTATE class 08 (connection exception) and the 57P0x states of a server shutting down or starting up. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");
    private static final Set<String> OUTAGE_TYPES = Set.of(
            "org.springframework.jdbc.CannotGetJdbcConnectionException",
            "org.springframework.transaction.CannotCreateTransactionException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.hibernate.exception.JDBCConnectionException");

    private DatabaseFailures() {
    }

    static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || OUTAGE_TYPES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
