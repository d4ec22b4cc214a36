package vn.gandan.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a replica is configured: connections come from the primary, except while
 * the current thread serves a read-only page marked by {@link ReplicaInterceptor}, when they come from the replica.
 * Sessions, security and audit writes happen outside that window (filters), so they always reach the primary.
 */
final class ReplicaRouting extends DelegatingDataSource implements AutoCloseable {

    private static final ThreadLocal<Boolean> READ_ONLY_PAGE = ThreadLocal.withInitial(() -> false);

    private final DataSource replica;

    ReplicaRouting(DataSource primary, DataSource replica) {
        super(primary);
        this.replica = replica;
    }

    static void enter() {
        READ_ONLY_PAGE.set(true);
    }

    static void leave() {
        READ_ONLY_PAGE.remove();
    }

    static boolean active() {
        return READ_ONLY_PAGE.get();
    }

    DataSource replica() {
        return replica;
    }

    /** Closes both pools when Spring closes the context. */
    @Override
    public void close() throws Exception {
        for (DataSource pool : new DataSource[] {getTargetDataSource(), replica}) {
            if (pool instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return active() ? replica.getConnection() : super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return active() ? replica.getConnection() : super.getConnection(username, password);
    }
}
