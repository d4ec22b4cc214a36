package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.ApiClient.id;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.TestAccounts;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;

/**
 * Defect 12: a co-receiver's own consolidated report sums its own tree and the reports addressed to it as
 * co-receiver, a unit in both counted once, each figure naming the reports it comes from. Figures worked out by hand:
 * own tree W (2 dialogues, 10 petitions) and S3 (1, 1, also addressed to it through P2), addressed S1 (3, 7), S2 (4, 5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoReceiverConsolidationTests {

    private static final String REGIME = """
            {"name": "Báo cáo năm gửi cả Công đoàn", "formCode": "DVCQ", "receiverUnitId": %d, "reporterKinds": ["TRUONG"],
             "periods": [{"type": "ANNUAL"}], "deadlines": [{"unitKind": "TRUONG", "workingDaysAfter": 2}],
             "validFrom": "2088-01-01", "coReceiverUnitIds": [%d]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitAdmin units;

    @Test
    void aCoReceiversConsolidatedDraftAddsTheReportsAddressedToItOnce_defect12() {
        ApiClient admin = new ApiClient(port).as("admin");
        long union = CoReceiverFixtures.unit(units, "CC-CD", UnitKind.CONG_DOAN, null);
        long w = CoReceiverFixtures.unit(units, "CC-CDCS", UnitKind.KHAC, union);
        long p = CoReceiverFixtures.unit(units, "CC-PHONG", UnitKind.PHONG_GDDT, null);
        long s1 = CoReceiverFixtures.unit(units, "CC-S1", UnitKind.TRUONG, p);
        long s2 = CoReceiverFixtures.unit(units, "CC-S2", UnitKind.TRUONG, p);
        long p2 = CoReceiverFixtures.unit(units, "CC-P2", UnitKind.PHONG_GDDT, union);
        long s3 = CoReceiverFixtures.unit(units, "CC-S3", UnitKind.TRUONG, p2);
        for (long receiver : new long[] {p, p2}) {
            HttpResponse<String> r = admin.post("/api/v1/reports/regimes", REGIME.formatted(receiver, union));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        Map.of(w, new int[] {2, 10}, s3, new int[] {1, 1}, s1, new int[] {3, 7}, s2, new int[] {4, 5})
                .forEach((unit, v) -> submit(admin, unit, v[0], v[1]));

        String code = jdbc.sql("select code from org_unit where id = :u").param("u", union).query(String.class).single();
        ApiClient leader = new ApiClient(port).as(TestAccounts.ensure(jdbc, "ld." + code.toLowerCase(), code, "LEADER"));
        HttpResponse<String> draft = leader.post("/api/v1/reports/consolidated/draft?unitId=" + union
                + "&formCode=DVCQ&period=2088", "");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(draft.body()).as("2 + 1 + 3 + 4 dialogues; 10 + 1 + 7 + 5 petitions")
                .contains("\"DIALOGUES_HELD\":10").contains("\"PETITIONS_RECEIVED\":23");
        String source = jdbc.sql("select source from report_value_source where submission_id = :s and code = 'DIALOGUES_HELD'")
                .param("s", id(draft.body())).query(String.class).single();
        assertThat(source).as("traceable to the reports it comes from").contains("2 báo cáo").contains("CC-S1: 3")
                .contains("CC-S2: 4").doesNotContain("CC-S3");
    }

    private void submit(ApiClient admin, long unit, int dialogues, int petitions) {
        HttpResponse<String> created = admin.post("/api/v1/reports/submissions", """
                {"unitId": %d, "formCode": "DVCQ", "period": "2088", "values": {"DIALOGUES_HELD": %d, "PETITIONS_RECEIVED": %d}}"""
                .formatted(unit, dialogues, petitions));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> sent = admin.post("/api/v1/reports/submissions/" + id(created.body()) + "/submit", "");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }
}
