package vn.gandan.access;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.shared.DashboardWidget;

/** The system administrator's dashboard card: accounts and whether the audit chain is intact. */
@Component
class AccessWidgets implements DashboardWidget {

    private final AccessService access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    AccessWidgets(AccessService access, AuditLog audit, JdbcClient jdbc) {
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> panel() {
        if (!access.isSystemAdmin()) {
            return Optional.empty();
        }
        long accounts = jdbc.sql("select count(*) from access_account").query(Long.class).single();
        long enabled = jdbc.sql("select count(*) from access_account where enabled").query(Long.class).single();
        return Optional.of(new Panel("access/widgets", "admin", Map.of("accountCount", accounts,
                "enabledCount", enabled, "auditBroken", audit.firstBrokenRow().map(String::valueOf).orElse(""))));
    }
}
