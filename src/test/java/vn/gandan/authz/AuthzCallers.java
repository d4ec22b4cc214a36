package vn.gandan.authz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;
import vn.gandan.TestAccounts;

/** One caller per role, each with a subtree grant on Phòng GDĐT Phú Giáo; plus the system admin and nobody. */
final class AuthzCallers {

    static final List<String> ROLES = List.of("ANONYMOUS", "SYSTEM_ADMIN", "UNIT_ADMIN", "LEADER", "SPECIALIST", "STAFF",
            "INSPECTOR");

    private final int port;
    private final JdbcClient jdbc;
    private final Map<String, PageClient> pages = new HashMap<>();
    private final Map<String, ApiClient> apis = new HashMap<>();

    AuthzCallers(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    String username(String role) {
        return role.equals("SYSTEM_ADMIN") ? "admin"
                : TestAccounts.ensure(jdbc, "authz." + role.toLowerCase(java.util.Locale.ROOT), "PGDDT-PG", role);
    }

    PageClient page(String role) {
        return pages.computeIfAbsent(role, r -> r.equals("ANONYMOUS") ? PageClient.anonymous(port)
                : PageClient.signIn(port, username(r)));
    }

    ApiClient api(String role) {
        return apis.computeIfAbsent(role, r -> r.equals("ANONYMOUS") ? new ApiClient(port) : new ApiClient(port).as(username(r)));
    }
}
