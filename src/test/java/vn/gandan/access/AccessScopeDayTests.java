package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL form of the scope ({@code scopeSql}) asks the unit tree as of the app's day (the Clock, Asia/Ho_Chi_Minh),
 * whatever the database session's time zone: it used {@code current_date}, the day in the JVM's zone (a server left
 * in UTC: the day before from 00:00 to 07:00 in Vietnam), so a school joined to the Phòng today was out of the
 * Phòng's lists for those hours. Reproduced at any hour: the session is set to UTC−12 (behind Vietnam's day before
 * 19:00) and to UTC+14 (ahead of it from 17:00), inside a transaction that is rolled back: a school joined today is
 * in scope, one that joins tomorrow is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessScopeDayTests {

    @Autowired
    AccessService access;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSchoolJoinedToThePhongTodayIsInItsScopeWhateverTheSessionZone() {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        long school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("phong.phugiao", null, List.of()));
        for (String zone : List.of("Etc/GMT+12", "Etc/GMT-14")) {
            assertThat(inScopeWhenJoined(phong, school, today, zone)).as("joined today, session zone " + zone).isTrue();
            assertThat(inScopeWhenJoined(phong, school, today.plusDays(1), zone)).as("joins tomorrow, session zone " + zone)
                    .isFalse();
        }
    }

    /** Whether the school is in the Phòng's scope when its place under the Phòng begins on {@code from} (rolled back). */
    private boolean inScopeWhenJoined(long phong, long school, LocalDate from, String zone) {
        Boolean in = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            assertThat(jdbc.sql("update org_unit_closure set valid_from = :d where ancestor_id = :p and unit_id = :s")
                    .param("d", from).param("p", phong).param("s", school).update()).isEqualTo(1);
            jdbc.sql("set local time zone '" + zone + "'").update();
            return jdbc.sql("select count(*) from org_unit u where u.id = :s and " + access.scopeSql("u.id"))
                    .param("s", school).query(Integer.class).single() == 1;
        });
        return Boolean.TRUE.equals(in);
    }
}
