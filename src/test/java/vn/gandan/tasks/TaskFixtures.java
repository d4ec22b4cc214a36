package vn.gandan.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small factories for task tests: made-up plan ids (tasks keep no foreign key to plans), demo units, sign-in. */
final class TaskFixtures {

    private TaskFixtures() {
    }

    static long newPlanId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    static long unit(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    static PlanRef plan(long planId, long issuer, LocalDate start, LocalDate end) {
        return new PlanRef(planId, issuer, "Kế hoạch " + planId + "/KH-PGDĐT", start, end);
    }

    static TaskSpec once(String title, long lead, LocalDate due, Long... coordinators) {
        return new TaskSpec(title, lead, List.of(coordinators), due, Recurrence.ONCE);
    }

    static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, AuthorityUtils.createAuthorityList("ROLE_LEADER")));
    }
}
