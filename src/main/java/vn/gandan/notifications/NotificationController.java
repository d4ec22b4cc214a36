package vn.gandan.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gandan.access.AccessService;
import vn.gandan.shared.NavItem;

/** The notices of the caller's units, newest first. */
@Controller
class NotificationController {

    private final JdbcClient jdbc;
    private final AccessService access;

    NotificationController(JdbcClient jdbc, AccessService access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Bean
    static NavItem notificationsNav() {
        return new NavItem("nav.notifications", "/notifications", 60, "bell", null);
    }

    /** One notice as the page shows it. */
    record Notice(long id, String unitName, String kind, String subject, String body, String link,
                  java.time.OffsetDateTime createdAt) {
    }

    @GetMapping("/notifications")
    String list(Model model) {
        access.requireCaller();
        model.addAttribute("notices", jdbc.sql("""
                        select n.id, u.name as unit_name, n.kind, n.subject, n.body, n.link, n.created_at
                        from notification n join org_unit u on u.id = n.unit_id
                        where %s order by n.created_at desc limit 200""".formatted(access.scopeSql("n.unit_id")))
                .query(Notice.class).list());
        return "notifications/list";
    }
}
