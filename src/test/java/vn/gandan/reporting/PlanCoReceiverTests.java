package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.ApiClient.id;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
 * Defect 12, the plan's side: a plan names the co-receivers of the reports it asks for (additive
 * {@code reportDeadlines[].coReceiverUnitIds}); issuing it gives its regime those co-receivers; an imported seed 002
 * ("về Sở (qua phòng TCCB, Công đoàn Giáo dục tỉnh)") issued creates its second receiver by itself; a newer plan or a
 * new regime for the same receiver, form and frequencies carries them over unless its author removes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanCoReceiverTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegimeStore store;
    @Autowired
    UnitAdmin units;

    @Test
    void anImportedSeed002IssuedReportsToTheSoAndToTheUnion_defect12() throws Exception {
        long so = CoReceiverFixtures.unit(units, "S2-SO", UnitKind.SO_GDDT, null);
        CoReceiverFixtures.unit(units, "S2-PHONG", UnitKind.PHONG_GDDT, so);
        String code = jdbc.sql("select code from org_unit where id = :id").param("id", so).query(String.class).single();
        ApiClient admin = new ApiClient(port).as(TestAccounts.ensure(jdbc, "ld." + code.toLowerCase(), code, "LEADER"));
        Path seed = Stream.of("../shared/seeds", "../../shared/seeds").map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseThrow().resolve("002_38edd3e0a9d24bd8.txt");
        HttpResponse<String> draft = admin.send(admin.builder("/api/v1/imports/plans")
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart(Files.readAllBytes(seed), so)));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        long union = unit("CDGD-BD");
        assertThat(draft.body()).contains("\"coReceiverUnitIds\":[" + union + "]");
        HttpResponse<String> issued = admin.post("/api/v1/plans/" + id(draft.body()) + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        ReportingRegime r = CoReceiverFixtures.regimeOf(jdbc, store, so);
        assertThat(r.coReceiverUnitIds()).as("the union receives the Phòngs' reports beside the Sở").containsExactly(union);
        assertThat(r.periods()).extracting(ReportingRegime.PeriodRule::type)
                .containsExactlyInAnyOrder(PeriodType.SIX_MONTH, PeriodType.ANNUAL);
    }

    @Test
    void aNewerPlanOrRegimeCarriesTheCoReceiversOverUnlessTheAuthorRemovesThem_defect12() {
        ApiClient admin = new ApiClient(port).as("admin");
        long phong = CoReceiverFixtures.unit(units, "CR-PHONG", UnitKind.PHONG_GDDT, null);
        CoReceiverFixtures.unit(units, "CR-TRUONG", UnitKind.TRUONG, phong);
        long union = unit("CDGD-BD");
        HttpResponse<String> unknown = admin.post("/api/v1/plans", CoReceiverFixtures.plan(phong, "[999999]"));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"reportDeadlines[0].coReceiverUnitIds[0]\"");

        CoReceiverFixtures.issue(admin, CoReceiverFixtures.plan(phong, "[" + union + "]"));
        ReportingRegime first = CoReceiverFixtures.regimeOf(jdbc, store, phong);
        assertThat(first.coReceiverUnitIds()).containsExactly(union);
        CoReceiverFixtures.issue(admin, CoReceiverFixtures.plan(phong, null));
        assertThat(CoReceiverFixtures.linkedPlans(store, first.id(), 2).coReceiverUnitIds())
                .as("a newer plan that names none keeps the regime's co-receiver").containsExactly(union);

        String regime = """
                {"name": "Chế độ báo cáo mới", "formCode": "DVCQ", "receiverUnitId": %d, "reporterKinds": ["TRUONG"],
                 "periods": [{"type": "SIX_MONTH"}, {"type": "ANNUAL"}], "deadlines": [{"unitKind": "TRUONG", "workingDaysAfter": 2}],
                 "validFrom": "2095-01-01"%s}""";
        HttpResponse<String> carried = admin.post("/api/v1/reports/regimes", regime.formatted(phong, ""));
        assertThat(carried.statusCode()).as(carried.body()).isEqualTo(201);
        assertThat(carried.body()).as("a new regime follows the previous one's co-receivers")
                .contains("\"coReceiverUnitIds\":[" + union + "]");
        HttpResponse<String> removed = admin.post("/api/v1/reports/regimes", regime.formatted(phong, ", \"coReceiverUnitIds\": []"));
        assertThat(removed.body()).contains("\"coReceiverUnitIds\":[]");

        CoReceiverFixtures.issue(admin, CoReceiverFixtures.plan(phong, "[]"));
        assertThat(CoReceiverFixtures.linkedPlans(store, first.id(), 3).coReceiverUnitIds())
                .as("a plan stating none removes them").isEmpty();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private static HttpRequest.BodyPublisher multipart(byte[] content, long unitId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"unitId\"\r\n\r\n" + unitId + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"002.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }
}
