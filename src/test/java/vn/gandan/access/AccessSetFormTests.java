package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14: the set form of the scope check ({@link AccessService#visibleUnits}: the ancestors of all the units a page
 * names in one query) answers exactly what {@link AccessService#canSee} answers unit by unit, for every role of the
 * demo (Sở, Phòng leader and specialist, school, co-receiver) over every unit, dissolved ones included; and the SQL
 * form ({@code scopeSql}, now an index read of the tree's closure) selects the same units.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessSetFormTests {

    @Autowired
    AccessService access;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSetFormAndTheSqlFormAnswerAsCanSeeForEveryDemoRole() {
        List<Long> units = jdbc.sql("select id from org_unit order by id").query(Long.class).list();
        for (String user : List.of("so.binhduong", "ld.phugiao", "phong.phugiao", "th.phuocsang", "th.anlinh", "cd.binhduong")) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
            Set<Long> oneByOne = new LinkedHashSet<>(units.stream().filter(access::canSee).toList());
            assertThat(oneByOne).as(user).isNotEmpty();
            assertThat(access.visibleUnits(units)).as(user).isEqualTo(oneByOne);
            Set<Long> inSql = new LinkedHashSet<>(jdbc.sql("select id from org_unit u where (valid_to is null or valid_to >= current_date) and "
                    + access.scopeSql("u.id") + " order by id").query(Long.class).list());
            assertThat(inSql).as(user).isEqualTo(new LinkedHashSet<>(oneByOne.stream().filter(u -> jdbc.sql(
                    "select valid_to is null or valid_to >= current_date from org_unit where id = :u").param("u", u)
                    .query(Boolean.class).single()).toList()));
        }
    }
}
