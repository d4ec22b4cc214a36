package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.org.PeopleService;

/** I1/I2 through /api/v1/evaluations: the head rates under the quota and the discipline cap; visibility is narrow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleService people;

    @Test
    void theHeadRatesUnderTheQuotaAndTheDisciplineCapAndOnlyThePersonTheHeadAndAboveSeeIt_I1_I2() {
        long school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        List<Long> staff = new ArrayList<>();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            for (int i = 0; i < 7; i++) {
                staff.add(people.add(school, "Giáo viên thử " + i, "Giáo viên", null, null, LocalDate.of(2020, 9, 1)).id());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        ApiClient head = new ApiClient(port).as("th.phuocsang");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            HttpResponse<String> opened = head.post("/api/v1/evaluations", "{\"unitId\": " + school + ", \"personId\": " + staff.get(i)
                    + ", \"period\": \"2031-2032\", \"staffGroup\": \"Giáo viên\", \"selfLevel\": \"TOT\""
                    + (i == 0 ? ", \"account\": \"th.anlinh\"" : "") + "}");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            ids.add(ApiClient.id(opened.body()));
        }
        assertThat(head.post("/api/v1/evaluations", "{\"unitId\": " + school + ", \"personId\": " + staff.get(0)
                + ", \"period\": \"Q9\"}").body()).contains("năm học (2025-2026)");
        for (int i = 1; i < 6; i++) {
            assertThat(head.post("/api/v1/evaluations/" + ids.get(i) + "/rate", "{\"professionalPoints\": 65, \"danVanPoints\": 15}").body())
                    .contains("\"level\":\"TOT\"");
        }
        assertThat(head.post("/api/v1/evaluations/" + ids.get(0) + "/rate", "{\"professionalPoints\": 78, \"danVanPoints\": 18}").body())
                .as("1 of 5 rated Tốt").contains("\"level\":\"XUAT_SAC\"");
        HttpResponse<String> second = head.post("/api/v1/evaluations/" + ids.get(6) + "/rate", "{\"professionalPoints\": 79, \"danVanPoints\": 19}");
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("không được vượt quá 20%");
        assertThat(head.post("/api/v1/evaluations/" + ids.get(6) + "/rate", "{\"professionalPoints\": 85, \"danVanPoints\": 10}").statusCode())
                .as("over the professional maximum").isEqualTo(422);
        assertThat(head.post("/api/v1/evaluations/" + ids.get(6) + "/rate",
                "{\"professionalPoints\": 79, \"danVanPoints\": 19, \"disciplined\": true}").body()).contains("\"level\":\"KHONG_HOAN_THANH\"");

        assertThat(new ApiClient(port).as("phong.phugiao").get("/api/v1/evaluations/" + ids.get(1)).statusCode()).isEqualTo(200);
        ApiClient anLinh = new ApiClient(port).as("th.anlinh");
        assertThat(anLinh.get("/api/v1/evaluations/" + ids.get(1)).statusCode()).isEqualTo(404);
        assertThat(anLinh.get("/api/v1/evaluations/" + ids.get(0)).statusCode()).as("the person's own").isEqualTo(200);
        assertThat(anLinh.get("/api/v1/evaluations?unitId=" + school).statusCode()).isEqualTo(404);
    }
}
