package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5 (session 13): what a signed-in page pays outside its handler. The caller's account and grants and
 * the menu's unread count come with the session's read (one statement, no transaction of its own), and stay exact:
 * a change written by any node (here plain SQL, as another node's commit) takes effect at the next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementCounter.class)
class PerRequestCostsTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String username;
    private long school;

    /** A school head of its own (a copy of th.phuocsang, password "demo"), so grants can be revoked freely. */
    @BeforeEach
    void aHeadOfTheirOwn() {
        username = "stamp." + System.nanoTime();
        jdbc.sql("""
                insert into access_account (username, password_hash, display_name, unit_id, enabled)
                select :u, password_hash, 'Hiệu trưởng thử', unit_id, true from access_account where username = 'th.phuocsang'""")
                .param("u", username).update();
        jdbc.sql("""
                insert into access_grant (account_id, unit_id, role, subtree, valid_from, valid_to)
                select (select id from access_account where username = :u), g.unit_id, g.role, g.subtree, g.valid_from, g.valid_to
                from access_grant g join access_account a on a.id = g.account_id where a.username = 'th.phuocsang'""")
                .param("u", username).update();
        school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
    }

    @Test
    void aSignedInPageReadsNeitherTheCallerNorTheUnreadCountOnItsOwn() {
        PageClient head = PageClient.signIn(port, username);
        assertThat(head.get("/").statusCode()).isEqualTo(200);
        StatementCounter.SQL.clear();
        long transactions = StatementCounter.TRANSACTIONS.get();
        assertThat(head.get("/").statusCode()).isEqualTo(200);
        List<String> sql = List.copyOf(StatementCounter.SQL);
        assertThat(sql).filteredOn(q -> q.contains("FROM SPRING_SESSION S")).hasSize(1)
                .allMatch(q -> q.contains("caller_version") && q.contains("from notice n"));
        assertThat(sql).as("the caller's account and grants").noneMatch(q -> q.contains("left join access_grant g"));
        assertThat(sql).as("the unread count").noneMatch(q -> q.contains("select count(*) from notice where"));
        // the home page's own read-only transaction; + 1 for a background job's (the counter is global)
        assertThat(StatementCounter.TRANSACTIONS.get() - transactions).as("transactions").isLessThanOrEqualTo(2);
    }

    @Test
    void aGrantRevokedOnAnotherNodeTakesEffectAtTheNextRequest() {
        PageClient head = PageClient.signIn(port, username);
        assertThat(head.get("/units/" + school + "/work").statusCode()).isEqualTo(200);
        assertThat(head.get("/units/" + school + "/work").statusCode()).as("kept caller").isEqualTo(200);

        jdbc.sql("delete from access_grant where account_id = (select id from access_account where username = :u)")
                .param("u", username).update();
        assertThat(head.get("/units/" + school + "/work").statusCode()).as("grant revoked").isEqualTo(404);
    }

    @Test
    void aGrantEndedOrAnAccountRenamedOrDisabledOnAnotherNodeShowsAtTheNextRequest() {
        PageClient head = PageClient.signIn(port, username);
        assertThat(head.get("/units/" + school + "/work").statusCode()).isEqualTo(200);
        jdbc.sql("update access_grant set valid_to = date '2000-01-01' where account_id = (select id from access_account where username = :u)")
                .param("u", username).update();
        assertThat(head.get("/units/" + school + "/work").statusCode()).as("grant ended").isEqualTo(404);

        long before = callerVersion();
        jdbc.sql("update access_account set password_changed_at = now() where username = :u").param("u", username).update();
        assertThat(callerVersion()).as("a column the caller is not made of").isEqualTo(before);
        jdbc.sql("update access_account set display_name = 'Tên mới của hiệu trưởng' where username = :u").param("u", username).update();
        assertThat(callerVersion()).as("renamed").isNotEqualTo(before);

        jdbc.sql("update access_account set enabled = false where username = :u").param("u", username).update();
        HttpResponse<String> disabled = head.get("/units/" + school + "/work");
        assertThat(disabled.statusCode()).as("a disabled account has no caller").isNotEqualTo(200);
    }

    /**
     * Session 15: an API request reads its token with the account's change counter (one statement, no transaction of
     * its own) and takes the caller kept for that counter — no second read of the account and grants (JPA) for the
     * token's authorities, none for the handler's scope — and a grant revoked on another node still shows at once.
     */
    @Test
    void anApiRequestReadsTheCallerWithItsTokenAndAGrantRevokedOnAnotherNodeShowsAtTheNextRequest() {
        vn.gandan.ApiClient api = new vn.gandan.ApiClient(port).as(username);
        assertThat(api.get("/api/v1/tasks?unitId=" + school).statusCode()).isEqualTo(200);
        StatementCounter.SQL.clear();
        long transactions = StatementCounter.TRANSACTIONS.get();
        assertThat(api.get("/api/v1/tasks?unitId=" + school).statusCode()).isEqualTo(200);
        List<String> sql = List.copyOf(StatementCounter.SQL);
        // the handler's read-only transaction; + 1 for a background job's (the counter is global)
        assertThat(StatementCounter.TRANSACTIONS.get() - transactions).as("transactions").isLessThanOrEqualTo(2);
        assertThat(sql).filteredOn(q -> q.contains("from access_token t")).hasSize(1)
                .allMatch(q -> q.contains("caller_version"));
        assertThat(sql).as("the caller's account and grants").noneMatch(q -> q.contains("left join access_grant g")
                || q.contains("from access_grant ag1_0") || q.contains("from access_account a1_0"));

        jdbc.sql("delete from access_grant where account_id = (select id from access_account where username = :u)")
                .param("u", username).update();
        assertThat(api.get("/api/v1/tasks?unitId=" + school).statusCode()).as("grant revoked").isEqualTo(404);
        jdbc.sql("update access_account set enabled = false where username = :u").param("u", username).update();
        assertThat(api.get("/api/v1/tasks?unitId=" + school).statusCode()).as("account disabled").isEqualTo(401);
    }

    private long callerVersion() {
        return jdbc.sql("select caller_version from access_account where username = :u").param("u", username)
                .query(Long.class).single();
    }

    @Test
    void theUnreadBadgeCountsANoticeWrittenOnAnotherNodeAtTheNextRequest() {
        PageClient head = PageClient.signIn(port, username);
        assertThat(head.get("/").body()).doesNotContain("id=\"badge-notifications\"");
        jdbc.sql("""
                insert into notice (account_id, kind, title, body, link, created_at)
                select id, 'TEST', 'Thông báo thử', 'Nội dung', '/', now() from access_account where username = :u""")
                .param("u", username).update();
        assertThat(head.get("/").body()).contains("id=\"badge-notifications\"><span>1</span>");
        jdbc.sql("update notice set read_at = now() where account_id = (select id from access_account where username = :u)")
                .param("u", username).update();
        assertThat(head.get("/").body()).doesNotContain("id=\"badge-notifications\"");
    }

    @Test
    void aSignInStillChangesTheSessionIdAndAFormWithoutItsCsrfTokenIsStillRefused() {
        PageClient visitor = PageClient.anonymous(port);
        String before = visitor.cookie("SESSION");
        HttpResponse<String> signIn = visitor.post("/login", "username=" + PageClient.enc(username) + "&password=demo");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(visitor.cookie("SESSION")).as("session fixation: a new id after sign-in").isNotNull().isNotEqualTo(before);
        assertThat(visitor.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> forged = visitor.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(visitor.base() + "/notifications/read-all"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("")));
        assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(visitor.post("/notifications/read-all", "").statusCode()).as("with its token").isEqualTo(302);
    }
}
