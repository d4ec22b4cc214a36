package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** Issue 14 (session 13): a session's read runs without a transaction of its own, its writes keep theirs. */
class SessionTransactionsTest {

    private final AtomicInteger begun = new AtomicInteger();
    private final SessionTransactions ops = new SessionTransactions(new TransactionOperations() {
        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            begun.incrementAndGet();
            return action.doInTransaction(new SimpleTransactionStatus(true));
        }
    });

    @Test
    void aSessionReadBeginsNoTransaction() {
        String read = SessionTransactions.reading(() -> ops.execute(status -> "row"));
        assertThat(read).isEqualTo("row");
        assertThat(begun).hasValue(0);
    }

    @Test
    void aSessionWriteStillRunsInItsOwnTransactionAlsoAfterARead() {
        SessionTransactions.reading(() -> ops.execute(status -> null));
        ops.executeWithoutResult(status -> { });
        assertThat(begun).as("the save after the read").hasValue(1);
        SessionTransactions.reading(() -> SessionTransactions.reading(() -> ops.execute(status -> 1)));
        ops.executeWithoutResult(status -> { });
        assertThat(begun).as("a nested read leaves writes transactional").hasValue(2);
    }
}
