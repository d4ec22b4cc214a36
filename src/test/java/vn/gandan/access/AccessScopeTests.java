package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** Scoping rules of {@link AccessService} and grant administration, on the demo tree. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessScopeTests {

    @Autowired
    AccessService access;
    @Autowired
    AccountAdmin admin;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void schoolLeaderCannotSeeTheSiblingSchoolAndItAnswersNotFound() {
        as("th.phuocsang");
        assertThat(access.canSee(unit("TH-PS"))).isTrue();
        assertThat(access.canSee(unit("TH-AL"))).isFalse();
        assertThat(access.canSee(unit("PGDDT-PG"))).isFalse();
        assertThatThrownBy(() -> access.requireVisible(unit("TH-AL"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void missingRoleOnVisibleUnitIs403ButOnInvisibleUnitIs404() {
        as("th.phuocsang");
        access.requireRole(unit("TH-PS"), Role.LEADER);
        assertThatThrownBy(() -> access.requireRole(unit("TH-PS"), Role.SPECIALIST))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> access.requireRole(unit("TH-AL"), Role.LEADER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void subtreeGrantHoldsOnEveryDescendantButNotAbove() {
        as("phong.phugiao");
        assertThat(access.hasRole(unit("TH-PS"), Role.SPECIALIST)).isTrue();
        assertThat(access.hasRole(unit("TH-AL"), Role.SPECIALIST)).isTrue();
        assertThat(access.hasRole(unit("TH-AL"), Role.LEADER)).isFalse();
        assertThat(access.canSee(unit("SGDDT-BD"))).isFalse();
        assertThat(access.grantRootIds()).containsExactly(unit("PGDDT-PG"));
    }

    @Test
    void scopeSqlSelectsExactlyTheCallersUnits() {
        as("phong.phugiao");
        List<String> codes = jdbc.sql("select code from org_unit where " + access.scopeSql("id") + " order by code")
                .query(String.class).list();
        assertThat(codes).contains("PGDDT-PG", "TH-PS", "TH-AL").doesNotContain("SGDDT-BD", "BGDDT");
        as("admin");
        assertThat(access.isSystemAdmin()).isTrue();
        assertThat(access.scopeSql("id")).isEqualTo("true");
        SecurityContextHolder.clearContext();
        assertThat(access.scopeSql("id")).isEqualTo("false");
        assertThat(access.canSee(unit("TH-PS"))).isFalse();
    }

    @Test
    void grantingAndRevokingARoleChangesWhatTheAccountSees() {
        as("admin");
        long id = admin.create("grant.test", "Giáo viên thử", unit("TH-PS"), Role.STAFF, false, "mat-khau-dai-2026");
        as("grant.test");
        assertThat(access.canSee(unit("TH-AL"))).isFalse();

        as("admin");
        admin.grant(id, unit("TH-AL"), Role.INSPECTOR, false);
        assertThatThrownBy(() -> admin.grant(id, unit("TH-AL"), Role.INSPECTOR, false))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        as("grant.test");
        assertThat(access.hasRole(unit("TH-AL"), Role.INSPECTOR)).isTrue();

        as("admin");
        long grantId = admin.list("grant.test").get(0).grants().stream()
                .filter(g -> g.role() == Role.INSPECTOR).findFirst().orElseThrow().id();
        admin.endGrant(id, grantId);
        as("grant.test");
        assertThat(access.canSee(unit("TH-AL"))).isFalse();
        assertThat(access.canSee(unit("TH-PS"))).isTrue();

        as("admin");
        admin.grant(id, unit("TH-AL"), Role.INSPECTOR, false);
        as("grant.test");
        assertThat(access.canSee(unit("TH-AL"))).isTrue();
    }

    @Test
    void unitAdminGrantsOnlyInsideTheirSubtree() {
        as("admin");
        admin.create("ua.phuocsang", "Quản trị TH Phước Sang", unit("TH-PS"), Role.UNIT_ADMIN, true, "mat-khau-dai-2026");
        long teacher = admin.create("gv.phuocsang", "Giáo viên Phước Sang", unit("TH-PS"), Role.STAFF, false,
                "mat-khau-dai-2026");
        long other = admin.create("gv.anlinh", "Giáo viên An Linh", unit("TH-AL"), Role.STAFF, false,
                "mat-khau-dai-2026");
        as("ua.phuocsang");
        admin.grant(teacher, unit("TH-PS"), Role.SPECIALIST, false);
        assertThatThrownBy(() -> admin.grant(teacher, unit("TH-AL"), Role.SPECIALIST, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> admin.grant(other, unit("TH-PS"), Role.SPECIALIST, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> admin.grant(teacher, unit("TH-PS"), Role.SYSTEM_ADMIN, false))
                .isInstanceOf(ProblemException.class);
        assertThat(admin.list("").stream().map(AccountAdmin.AccountLine::username))
                .contains("gv.phuocsang").doesNotContain("gv.anlinh", "admin");
    }

    @Test
    void outsideARequestTheCallerIsReadOncePerTransactionAndForgottenAfterIt() {
        as("th.phuocsang");
        Caller first = tx.execute(s -> {
            Caller c = access.caller().orElseThrow();
            assertThat(access.caller()).containsSame(c);
            return c;
        });
        Caller next = tx.execute(s -> access.caller().orElseThrow());
        assertThat(next).isNotSameAs(first).isEqualTo(first);
        String switched = tx.execute(s -> {
            access.caller();
            as("th.anlinh"); // another sign-in on the same thread is never served the cached caller
            return access.caller().orElseThrow().username();
        });
        assertThat(switched).isEqualTo("th.anlinh");
    }
}
