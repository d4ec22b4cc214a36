package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The app's own embedded server: durable settings, and data that survives a stop and a start. */
class EmbeddedPostgresDurabilityTests {

    @Test
    void persistentServerRunsWithFsyncAndSynchronousCommitAndKeepsDataAcrossRestarts(@TempDir Path dir) {
        EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.resolve("pg").toString(), 0, false);
        DataSource first = EmbeddedPostgresServer.dataSource(props);
        JdbcClient jdbc = JdbcClient.create(first);
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
        jdbc.sql("create table kept (v text)").update();
        jdbc.sql("insert into kept values ('Dữ liệu còn nguyên')").update();
        EmbeddedPostgresServer.stop(props);

        DataSource second = EmbeddedPostgresServer.dataSource(props);
        try {
            assertThat(JdbcClient.create(second).sql("select v from kept").query(String.class).single())
                    .isEqualTo("Dữ liệu còn nguyên");
        } finally {
            EmbeddedPostgresServer.stop(props);
        }
    }
}
