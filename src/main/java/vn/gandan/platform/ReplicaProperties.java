package vn.gandan.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A streaming replica of the primary database ({@code APP_REPLICA_URL}, {@code _USERNAME}, {@code _PASSWORD}).
 * When set, GET requests whose path matches {@code pathPattern} (public pages and exports by default) read from it.
 */
@ConfigurationProperties("app.replica")
record ReplicaProperties(
        String url,
        String username,
        String password,
        @DefaultValue("10") int maximumPoolSize,
        @DefaultValue("^/(public/.*|(api/v1/)?[a-z-]+/export\\.[a-z]+)$") String pathPattern) {
}
