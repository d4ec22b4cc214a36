package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import vn.gandan.ApiClient;

/**
 * What two nodes share through the database, checked on the running nodes: a session made on one is valid on the
 * other, failed logins count across both, and the node with a replica configured reads its exports from it.
 * Each check adds its figures to the test's list.
 */
final class SharedState {

    private final List<String> figures;

    SharedState(List<String> figures) {
        this.figures = figures;
    }

    void sessionMadeOnOneNodeIsValidOnTheOther(AppProcess a, AppProcess b) throws Exception {
        String cookie = FormLogin.session(a.base(), "phong.phugiao");
        HttpResponse<String> onB = FormLogin.get(b.base() + "/plans", cookie);
        assertThat(onB.statusCode()).as("a session made on node A, used on node B").isEqualTo(200);
        HttpResponse<String> anonymous = FormLogin.get(b.base() + "/plans", "");
        assertThat(anonymous.statusCode()).as("without the session").isEqualTo(302);
        figures.add("session from node A on node B: " + onB.statusCode() + " (without it: " + anonymous.statusCode() + ")");
    }

    /** Node A has the replica configured: its exports are transactions on the replica's copy of the database. */
    void exportsReadFromTheReplica(AppProcess a) throws Exception {
        String url = System.getenv("OPS_REPLICA_URL");
        if (url == null) {
            return;
        }
        String database = url.substring(url.lastIndexOf('/') + 1);
        String stats = "select xact_commit + xact_rollback from pg_stat_database where datname = '" + database + "'";
        String cookie = FormLogin.session(a.base(), "phong.phugiao");
        try (Connection replica = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/')) + "/postgres",
                System.getenv("OPS_DB_USER"), System.getenv("OPS_DB_PASSWORD"))) {
            long before = Sql.count(replica, stats);
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> export = FormLogin.get(a.base() + "/units/export.csv", cookie);
                assertThat(export.statusCode()).isEqualTo(200);
                assertThat(export.body()).contains("PGDDT-PG");
            }
            long served = 0;
            for (int i = 0; i < 40 && served < 5; i++) {
                Thread.sleep(500);
                served = Sql.count(replica, stats) - before;
            }
            figures.add("unit exports on node A: 5, transactions on the replica meanwhile: " + served);
            assertThat(served).as("transactions the replica served").isGreaterThanOrEqualTo(5);
        }
    }

    void loginThrottlingIsShared(AppProcess a, AppProcess b) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ApiClient node = new ApiClient((i % 2 == 0 ? a : b).port);
            statuses.add(node.post("/api/v1/auth/tokens", "{\"username\":\"th.anlinh\",\"password\":\"wrong\"}").statusCode());
        }
        figures.add("failed logins for one account alternating nodes A/B: " + statuses);
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.get(5)).as("the sixth, after five failures on both nodes together").isEqualTo(429);
    }
}
