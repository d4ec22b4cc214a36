package vn.gandan.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.plans.PlanCommand;
import vn.gandan.plans.PlanService;

/**
 * The draft plan made from one reviewed import is made once (session 21: a double click or the back button and a second
 * press made two or three drafts). The review token is claimed in {@code import_draft} in the plan's own transaction:
 * a second confirmation of the same token — at the same moment, on any node — waits for the first and answers the plan
 * it made; when the first is refused (422) the claim goes with it and the person can correct and confirm again.
 */
@Component
class ImportDrafts {

    private static final Duration KEEP = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final PlanService plans;
    private final Clock clock;

    ImportDrafts(JdbcClient jdbc, PlanService plans, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
    }

    /** The plan made from this review token, made now unless an earlier confirmation made it. */
    @Transactional
    long create(String token, Supplier<PlanCommand> command) {
        UUID id = UUID.fromString(token);
        jdbc.sql("delete from import_draft where created_at < :old").param("old", java.sql.Timestamp.from(clock.instant().minus(KEEP)))
                .update();
        int claimed = jdbc.sql("insert into import_draft (token, created_at) values (:t, :at) on conflict do nothing")
                .param("t", id).param("at", java.sql.Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            Optional<Long> made = made(token);
            if (made.isPresent()) {
                return made.get();
            }
        }
        long plan = plans.create(command.get()).id();
        jdbc.sql("update import_draft set plan_id = :p where token = :t").param("p", plan).param("t", id).update();
        return plan;
    }

    /** The plan an earlier confirmation of this review token made, if any. */
    Optional<Long> made(String token) {
        UUID id;
        try {
            id = UUID.fromString(token);
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
        return jdbc.sql("select plan_id from import_draft where token = :t and plan_id is not null").param("t", id)
                .query(Long.class).optional();
    }
}
