package vn.gandan.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Run as a separate JVM by {@link EmbeddedPostgresSafetyTests}: starts the server on a data directory and waits. */
public final class EmbeddedServerChild {

    private EmbeddedServerChild() {
    }

    public static void main(String[] args) throws Exception {
        var props = new EmbeddedDatabaseProperties(args[0], 0, false);
        JdbcClient.create(EmbeddedPostgresServer.dataSource(props))
                .sql("create table if not exists acknowledged (v text)").update();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
