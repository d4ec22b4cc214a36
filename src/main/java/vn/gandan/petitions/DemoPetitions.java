package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.org.UnitService;
import vn.gandan.platform.DemoMode;

/**
 * Demo registers alive today for the Phú Giáo schools, the Phòng, the Sở and the commune of Phú Túc: items of every
 * kind in every state, some overdue and some due this week, and reception schedules and sessions, all dated from the
 * day the database is created. Idempotent.
 */
@Component
@Order(50)
class DemoPetitions implements ApplicationRunner {

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final UnitService units;
    private final TransactionTemplate tx;
    private final DemoCases cases;
    private final Clock clock;

    DemoPetitions(DemoMode demo, JdbcClient jdbc, UnitService units, TransactionTemplate tx, DemoCases cases, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.units = units;
        this.tx = tx;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select count(*) from reception_schedule").query(Integer.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (String[] u : List.of(new String[] {"TH-PS", "th.phuocsang", "full"}, new String[] {"TH-AL", "th.anlinh", "some"},
                new String[] {"PGDDT-PG", "phong.phugiao", "some"}, new String[] {"SGDDT-BD", "so.binhduong", "some"},
                new String[] {"UBND-X-PT", "admin", "some"})) {
            units.findByCode(u[0]).ifPresent(unit -> as(u[1], () -> tx.executeWithoutResult(s -> {
                cases.schedule(unit.id(), unit.kind().name(), today);
                if ("full".equals(u[2])) {
                    cases.everyState(unit.id(), today);
                } else {
                    cases.some(unit.id(), today);
                }
            })));
        }
    }

    private static void as(String username, Runnable r) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, AuthorityUtils.createAuthorityList("admin".equals(username) ? "ROLE_SYSTEM_ADMIN" : "ROLE_USER")));
        try {
            r.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
