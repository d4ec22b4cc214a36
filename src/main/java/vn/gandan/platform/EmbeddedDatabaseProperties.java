package vn.gandan.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where and how the embedded PostgreSQL keeps its data when no external database is configured. */
@ConfigurationProperties("app.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") String dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral) {
}
