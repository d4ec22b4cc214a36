package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.ApiClient.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.ApiClient;

/** /api/v1/reports/regimes and the regime pages with the demo accounts: scope, 404 outside it, per-field 422. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegimeApiTests {

    // In force only from 2090, so the demo's current reports and reminders are untouched.
    private static final String BODY = """
            {"name": "Chế độ báo cáo dân vận của Phòng", "formCode": "DVCQ", "receiverUnitId": %d,
             "reporterKinds": ["TRUONG"], "periods": [{"type": "SIX_MONTH"}, {"type": "ANNUAL", "cutOffDay": 14}],
             "deadlines": [%s], "validFrom": "2090-01-01"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void theReceiversSpecialistCreatesARegimeThatOnlyItsScopeCanSee() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        long phongId = unit("PGDDT-PG");
        HttpResponse<String> created = phong.post("/api/v1/reports/regimes",
                BODY.formatted(phongId, "{\"unitKind\": \"TRUONG\", \"workingDaysAfter\": 2}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"receiverUnitId\":" + phongId).contains("\"workingDaysAfter\":2");
        long id = id(created.body());

        assertThat(phong.get("/api/v1/reports/regimes/" + id).statusCode()).isEqualTo(200);
        assertThat(phong.get("/api/v1/reports/regimes").body()).contains("\"id\":" + id);
        assertThat(school.get("/api/v1/reports/regimes/" + id).statusCode()).as("outside the school's scope").isEqualTo(404);
        assertThat(school.get("/api/v1/reports/regimes").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(school.post("/api/v1/reports/regimes", BODY.formatted(phongId, "")).statusCode()).isEqualTo(404);
        assertThat(school.post("/api/v1/reports/regimes", BODY.formatted(unit("TH-PS"), "")).statusCode())
                .as("a school leader may create a regime for the school").isEqualTo(201);
    }

    @Test
    void aDeadlineOnTheCutOffDayAnswers422WithAVietnameseMessageForThatField() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> refused = phong.post("/api/v1/reports/regimes", BODY.formatted(unit("PGDDT-PG"),
                "{\"unitKind\": \"TRUONG\", \"period\": \"2090-S1\", \"dueDate\": \"2090-06-14\"}, "
                        + "{\"unitKind\": \"BO\", \"workingDaysAfter\": 3}"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"deadlines[0].dueDate\"")
                .contains("Hạn gửi phải sau ngày chốt số liệu (14/06/2090) ít nhất 01 ngày làm việc")
                .contains("\"field\":\"deadlines[1].unitKind\"").contains("không thuộc các loại đơn vị phải báo cáo");
    }

    @Test
    void theRegimeFormShowsEachProblemNextToItsFieldAndSavesWithoutJavaScript() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String phongId = String.valueOf(unit("PGDDT-PG"));
        String page = mvc.perform(post("/reports/regimes").with(user("phong.phugiao")).with(csrf())
                        .param("name", "Chế độ báo cáo thử").param("formCode", "DVCQ").param("receiverUnitId", phongId)
                        .param("reporterKinds", "TRUONG", "PHONG_GDDT").param("periodTypes", "ANNUAL").param("cutOffDay.ANNUAL", "14")
                        .param("deadlines[0].unitKind", "TRUONG").param("deadlines[0].workingDaysAfter", "5")
                        .param("deadlines[1].unitKind", "PHONG_GDDT").param("deadlines[1].workingDaysAfter", "3")
                        .param("deadlines[2].unitKind", "TRUONG").param("validFrom", "2090-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is-invalid").contains("Hạn của cấp Trường học phải trước hạn của cấp");

        mvc.perform(post("/reports/regimes").with(user("phong.phugiao")).with(csrf())
                        .param("name", "Chế độ báo cáo thử").param("formCode", "DVCQ").param("receiverUnitId", phongId)
                        .param("reporterKinds", "TRUONG").param("periodTypes", "ANNUAL").param("cutOffDay.ANNUAL", "14")
                        .param("deadlines[0].unitKind", "TRUONG").param("deadlines[0].workingDaysAfter", "2")
                        .param("validFrom", "2090-01-01"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location",
                        org.hamcrest.Matchers.startsWith("/reports/regimes/")));
        String list = mvc.perform(get("/reports/regimes").with(user("phong.phugiao"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Chế độ báo cáo thử").contains("Áp dụng chung cho mọi đơn vị nhận");
        mvc.perform(get("/reports/regimes/new").with(user("phong.phugiao"))).andExpect(status().isOk());
    }
}
