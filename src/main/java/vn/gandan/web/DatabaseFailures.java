package vn.gandan.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Recognises "the database cannot be reached" anywhere in an exception's cause chain. */
final class DatabaseFailures {

    /** SQLSTATE class 08 (connection exception) and the 57P0x states of a server shutting down or starting up. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");
    /**
     * Hikari's answer (no SQLSTATE) when a transaction rolls back on a connection the server has just terminated:
     * a request in flight when PostgreSQL stops fails with 57P01, then its rollback fails with this, and Spring
     * throws the rollback's exception ("Unable to rollback against JDBC Connection") instead of the first one.
     */
    static final String CLOSED = "Connection is closed";
    /**
     * Hikari's pool timeout as it reads in a message: a wrapper that kept the text but not the cause (an expression
     * evaluated while a template renders) is still the outage's 503, not a 500.
     */
    static final String POOL_TIMEOUT = "Connection is not available, request timed out";
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
            if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED.equals(sql.getMessage())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(POOL_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
