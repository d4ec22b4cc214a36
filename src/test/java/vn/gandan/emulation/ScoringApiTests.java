package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** H3 through /api/v1/scoring: the school scores itself with evidence, the Phòng scores and fixes it, the ranking shows it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScoringApiTests {

    static final int YEAR = 2027;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CriteriaStore criteria;

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** Every sub-criterion at {@code share} of its maximum, with a link where evidence is required. */
    String allLines(double share) {
        List<Criteria.Criterion> leaves = criteria.forUnit(unit("TH-PS"), YEAR).orElseThrow().leaves();
        return leaves.stream().map(c -> "{\"code\": \"" + c.code() + "\", \"points\": " + c.max().doubleValue() * share
                + ", \"evidence\": {\"type\": \"REPORT\", \"id\": 7}}").collect(Collectors.joining(",", "{\"lines\": [", "]}"));
    }

    @Test
    void theShippedCriteriaSetTotals100WithFiveBands_H3() {
        Criteria set = criteria.forUnit(unit("TH-PS"), YEAR).orElseThrow();
        assertThat(set.total()).isEqualByComparingTo("100");
        assertThat(set.source()).contains("04/2025/QĐ-UBND").contains("Hưng Yên");
        assertThat(set.rating(new java.math.BigDecimal("90")).name()).isEqualTo("Xuất sắc");
        assertThat(set.rating(new java.math.BigDecimal("89.5")).name()).isEqualTo("Tốt");
        assertThat(set.rating(new java.math.BigDecimal("64.99")).name()).isEqualTo("Trung bình");
        assertThat(set.rating(new java.math.BigDecimal("10")).name()).isEqualTo("Yếu");
    }

    @Test
    void selfSuperiorAndFinalScoresAreKeptSideBySideAndRanked_H3() {
        long school = unit("TH-AL");
        long phong = unit("PGDDT-PG");
        ApiClient th = new ApiClient(port).as("th.anlinh");
        String path = "/api/v1/scoring/" + school + "/" + YEAR;
        HttpResponse<String> over = th.put(path + "/self", "{\"lines\": [{\"code\": \"1.1\", \"points\": 6, \"evidenceUrl\": \"https://x.vn/kh\"}]}");
        assertThat(over.statusCode()).as("refused, not clipped").isEqualTo(422);
        assertThat(over.body()).contains("không được vượt quá điểm tối đa 5");
        HttpResponse<String> noEvidence = th.put(path + "/self", "{\"lines\": [{\"code\": \"1.1\", \"points\": 4}]}");
        assertThat(noEvidence.body()).contains("yêu cầu minh chứng");
        assertThat(jdbc.sql("select count(*) from emu_score where unit_id = :u and year = :y").param("u", school)
                .param("y", YEAR).query(Integer.class).single()).as("nothing stored").isZero();
        HttpResponse<String> self = th.put(path + "/self", allLines(1.0));
        assertThat(self.statusCode()).as(self.body()).isEqualTo(200);
        assertThat(self.body()).contains("\"selfScore\":100").contains("\"evidenceType\":\"REPORT\"");
        assertThat(th.put(path + "/superior", allLines(0.8)).statusCode()).as("the school is not its own superior").isEqualTo(403);

        ApiClient pg = new ApiClient(port).as("phong.phugiao");
        assertThat(pg.put(path + "/superior", allLines(0.8)).body()).contains("\"superiorScore\":80");
        HttpResponse<String> fin = pg.post(path + "/finalise", "{\"lines\": [{\"code\": \"1.1\", \"points\": 5, \"comment\": \"Kế hoạch ban hành sớm\"}]}");
        assertThat(fin.body()).contains("\"selfScore\":100").contains("\"superiorScore\":80").contains("\"finalScore\":81")
                .contains("\"rating\":\"TOT\"").contains("Kế hoạch ban hành sớm");
        assertThat(th.put(path + "/self", allLines(0.5)).statusCode()).as("final").isEqualTo(409);

        HttpResponse<String> ranking = pg.get("/api/v1/scoring/ranking?unitId=" + phong + "&year=" + YEAR);
        assertThat(ranking.body()).contains("{\"unitId\":" + school + ",").contains("\"finalScore\":81").contains("\"selfScore\":100");
        assertThat(th.get("/api/v1/scoring/ranking?unitId=" + phong + "&year=" + YEAR).statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port).as("th.phuocsang").get(path).statusCode()).as("another school's sheet").isEqualTo(404);
    }
}
