package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionOperations;
import vn.gandan.PageClient;

/**
 * Issue 14: the session store costs no write per request, yet stays shared by every node and still expires.
 * "Node B" is a second session repository on the same database, as a second app process would build it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionStoreTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionOperations springSessionTransactionOperations;

    @Test
    void requestsWithinAMinuteOfTheLastWrittenAccessWriteNothing() {
        PageClient leader = PageClient.signIn(port, "th.anlinh");
        String id = sessionId(leader);
        long written = lastAccess(id);
        for (String page : new String[] {"/", "/plans", "/work", "/"}) {
            assertThat(leader.get(page).statusCode()).isIn(200, 302);
        }
        assertThat(lastAccess(id)).as("no UPDATE of the last access per request").isEqualTo(written);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000, expiry_time = expiry_time - 120000"
                + " where session_id = ?").param(id).update();
        assertThat(leader.get("/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).as("written again once the stored access is a minute old").isGreaterThan(written - 120000);
    }

    @Autowired
    org.springframework.session.FindByIndexNameSessionRepository<? extends Session> sessions;

    /** Two requests of one session (two tabs, or two nodes) that add the same attribute at once: both saved, the later wins, no 500. */
    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSaveAndTheLaterWins() {
        PageClient staff = PageClient.signIn(port, "th.anlinh");
        String id = sessionId(staff);
        Session first = sessions.findById(id);
        Session second = sessions.findById(id);
        first.setAttribute("gandan.concurrent", "first");
        second.setAttribute("gandan.concurrent", "second");
        org.springframework.session.SessionRepository repository = sessions;
        repository.save(first);
        repository.save(second);
        assertThat((String) sessions.findById(id).getAttribute("gandan.concurrent")).isEqualTo("second");
        assertThat(staff.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsGone() {
        PageClient leader = PageClient.signIn(port, "th.phuocsang");
        String id = sessionId(leader);
        jdbc.sql("update spring_session set last_access_time = last_access_time - 1860000, expiry_time = expiry_time - 1860000"
                + " where session_id = ?").param(id).update();
        HttpResponse<String> after = leader.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void aSignInOnOneNodeIsValidOnAnotherAndASignOutEndsItThere() {
        PageClient leader = PageClient.signIn(port, "ld.phugiao");
        String id = sessionId(leader);
        JdbcIndexedSessionRepository raw = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                springSessionTransactionOperations);
        ThrottledSessionRepository<?> nodeB = new ThrottledSessionRepository<>(raw, ThrottledSessionRepository.DEFAULT_INTERVAL);
        Session seen = nodeB.findById(id);
        assertThat(seen).isNotNull();
        assertThat(seen.getAttributeNames()).contains("SPRING_SECURITY_CONTEXT");
        assertThat(nodeB.findByPrincipalName("ld.phugiao")).containsKey(id);

        assertThat(leader.post("/logout", "").statusCode()).isEqualTo(302);
        assertThat(nodeB.findById(id)).as("signed out on node A: gone on node B").isNull();
    }

    @Test
    void anonymousPublicPagesAndStaticFilesCreateNoSession() {
        long before = sessions();
        PageClient citizen = PageClient.anonymous(port); // the login page: its form needs a CSRF token, so a session
        long afterLogin = sessions();
        for (String path : new String[] {"/css/app.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js", "/public/exemplars"}) {
            HttpResponse<String> res = PageClient.bare(port).get(path);
            assertThat(res.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(sessions()).isEqualTo(afterLogin);
        assertThat(afterLogin).isGreaterThanOrEqualTo(before);
        assertThat(citizen.csrf()).isNotBlank();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private long lastAccess(String id) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(id).query(Long.class).single();
    }

    private static String sessionId(PageClient client) {
        String cookie = client.cookie("SESSION");
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }
}
