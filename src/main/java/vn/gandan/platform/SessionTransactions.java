package vn.gandan.platform;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Session's transactions (issue 14, item 5, session 13): a session's writes (the row and its changed
 * attributes, several statements) keep their own transaction, but its read — one {@code SELECT}, once per request —
 * runs as a single autocommit statement: a transaction around one read bought no consistency and cost a commit round
 * trip, a connection set-up and Spring's transaction bookkeeping on every request. An expired session found by the
 * read is deleted by one statement (its attributes by the foreign key's cascade), atomic on its own.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionOperations writes;

    SessionTransactions(TransactionOperations writes) {
        this.writes = writes;
    }

    /** Runs a session read: the statements Spring Session issues inside it run without a transaction of their own. */
    static <T> T reading(Supplier<T> read) {
        if (READING.get() != null) {
            return read.get();
        }
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        return READING.get() != null ? action.doInTransaction(new SimpleTransactionStatus(false)) : writes.execute(action);
    }
}
