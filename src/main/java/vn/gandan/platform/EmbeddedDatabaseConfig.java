package vn.gandan.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} the app runs on an embedded PostgreSQL in
 * {@code app.embedded-db.data-directory}; production sets the standard Spring datasource properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    DataSource dataSource(EmbeddedDatabaseProperties props, org.springframework.core.env.Environment env) {
        DataSource raw = EmbeddedPostgresServer.dataSource(props);
        HikariConfig cfg = new HikariConfig();
        cfg.setDataSource(raw);
        // the same pool size and wait limit as on an external server (application.properties); tests keep 12
        cfg.setMaximumPoolSize(props.ephemeral() ? 12 : env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));
        if (!props.ephemeral()) {
            cfg.setConnectionTimeout(env.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 3000L));
        }
        cfg.setPoolName("embedded");
        return new ClosingDataSource(new HikariDataSource(cfg), props);
    }

    /** Closes the pool, then stops the server, when Spring closes the context. */
    static final class ClosingDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource
            implements AutoCloseable {
        private final EmbeddedDatabaseProperties props;

        ClosingDataSource(HikariDataSource pool, EmbeddedDatabaseProperties props) {
            super(pool);
            this.props = props;
        }

        @Override
        public void close() {
            ((HikariDataSource) getTargetDataSource()).close();
            EmbeddedPostgresServer.stop(props);
        }
    }

    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }
}
