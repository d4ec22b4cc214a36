package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.ApiClient.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;

/**
 * Issue 12, defect 12 (last half): a regime has several receivers, as seed 002 reports "về Sở (qua phòng TCCB, Công
 * đoàn Giáo dục tỉnh)". The demo's Phú Giáo regime names the Công đoàn Giáo dục tỉnh Bình Dương as co-receiver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoReceiverTests {

    private static final String BODY = """
            {"name": "Chế độ báo cáo có đơn vị cùng nhận", "formCode": "DVCQ", "receiverUnitId": %d,
             "reporterKinds": ["TRUONG"], "periods": [{"type": "SIX_MONTH"}],
             "deadlines": [{"unitKind": "TRUONG", "period": "2090-S1", "dueDate": "%s"}], "validFrom": "2090-01-01",
             "coReceiverUnitIds": [%s]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @Autowired
    DemoCoReceivers demo;

    /**
     * Other tests sharing the database may issue a newer Phòng plan whose regime takes over this year: name the union
     * again on the regime in force, as the demo does (idempotent).
     */
    @BeforeEach
    void theUnionCoReceivesThePhongsRegimeInForce() {
        demo.run(null);
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private long submissionOf(String unitCode) {
        return jdbc.sql("select min(s.id) from report_submission s where s.unit_id = :u").param("u", unit(unitCode))
                .query(Long.class).single();
    }

    @Test
    void aCoReceiverSeesAndConsolidatesOnlyTheReportsAddressedToIt_defect12() {
        ApiClient union = new ApiClient(port).as("cd.binhduong");
        long school = submissionOf("TH-PS");
        String year = String.valueOf(LocalDate.now().getYear());
        HttpResponse<String> list = union.get("/api/v1/reports/submissions?formCode=DVCQ");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).as("the union's report list holds the Phú Giáo schools' reports")
                .contains("\"unitId\":" + unit("TH-PS"));
        assertThat(union.get("/api/v1/reports/submissions/" + school).statusCode()).isEqualTo(200);

        HttpResponse<String> consolidated = union.get("/api/v1/reports/consolidated?unitId=" + unit("PGDDT-PG")
                + "&formCode=DVCQ&period=" + year);
        assertThat(consolidated.statusCode()).as(consolidated.body()).isEqualTo(200);
        assertThat(consolidated.body()).contains("\"unitName\":\"Trường Tiểu học Phước Sang\"");

        ApiClient so = new ApiClient(port).as("so.binhduong");
        HttpResponse<String> other = so.post("/api/v1/reports/submissions", """
                {"unitId": %d, "formCode": "DVCQ", "period": "%s", "values": {"DIALOGUES_HELD": 1}}"""
                .formatted(unit("THPT-PG"), year));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        assertThat(union.get("/api/v1/reports/submissions/" + id(other.body())).statusCode())
                .as("a report addressed to the Sở alone stays out of the union's scope").isEqualTo(404);
        assertThat(union.get("/api/v1/reports/submissions").body()).doesNotContain("\"id\":" + id(other.body()) + ",");
        assertThat(union.get("/api/v1/reports/consolidated?unitId=" + unit("SGDDT-BD") + "&formCode=DVCQ&period=" + year)
                .statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/reports/submissions/" + school).statusCode())
                .as("a sibling school is no receiver").isEqualTo(404);
    }

    @Test
    void theRegimeNamesCoReceiversAndRuleE3ChecksEachReceiversOwnDeadline_defect12() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        long phongId = unit("PGDDT-PG");
        long coSchool = unit("TH-PT");
        ApiClient admin = new ApiClient(port).as("admin");
        String coDue = due(admin, coSchool);
        assertThat(coDue).as("the co-receiver's own deadline comes before the Phòng's").isLessThan(due(admin, phongId));

        HttpResponse<String> refused = phong.post("/api/v1/reports/regimes", BODY.formatted(phongId, coDue, coSchool));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"deadlines[0].dueDate\"").contains("Trường Tiểu học Phú Túc")
                .contains("đơn vị cùng nhận báo cáo");

        long union = unit("CDGD-BD");
        HttpResponse<String> created = phong.post("/api/v1/reports/regimes", BODY.formatted(phongId, coDue, union));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"receiverUnitId\":" + phongId).contains("\"coReceiverUnitIds\":[" + union + "]");
        assertThat(phong.get("/api/v1/reports/regimes/" + id(created.body())).body())
                .contains("\"coReceiverUnitIds\":[" + union + "]");

        HttpResponse<String> unknown = phong.post("/api/v1/reports/regimes", BODY.formatted(phongId, coDue, "999999, " + phongId));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"coReceiverUnitIds[0]\"").contains("\"field\":\"coReceiverUnitIds[1]\"");
    }

    @Test
    void thePagesNameEveryReceiverAndTheEditorKeepsATypedUnknownCode_defect12() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String page = mvc.perform(get("/reports/submissions/" + submissionOf("TH-PS")).with(user("th.phuocsang")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nơi nhận:").contains("Phòng Giáo dục và Đào tạo Phú Giáo; Công đoàn Giáo dục tỉnh Bình Dương");
        String coView = mvc.perform(get("/reports/submissions/" + submissionOf("TH-PS")).with(user("cd.binhduong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coView).contains("Nơi nhận:").contains("/reports?unitId=" + unit("PGDDT-PG"))
                .doesNotContain("/reports/submissions/" + submissionOf("TH-PS") + "/accept");
        String overview = mvc.perform(get("/reports").with(user("cd.binhduong"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("id=\"co-received\"").contains("Phòng Giáo dục và Đào tạo Phú Giáo");
        mvc.perform(get("/reports").param("unitId", String.valueOf(unit("PGDDT-PG"))).with(user("cd.binhduong")))
                .andExpect(status().isOk());

        String phongId = String.valueOf(unit("PGDDT-PG"));
        String refused = mvc.perform(post("/reports/regimes").with(user("phong.phugiao")).with(csrf())
                        .param("name", "Chế độ có nơi cùng nhận").param("formCode", "DVCQ").param("receiverUnitId", phongId)
                        .param("reporterKinds", "TRUONG").param("periodTypes", "ANNUAL").param("cutOffDay.ANNUAL", "14")
                        .param("deadlines[0].unitKind", "TRUONG").param("deadlines[0].workingDaysAfter", "2")
                        .param("validFrom", "2091-01-01").param("coReceivers", "CDGD-BD, KHONG-CO"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is-invalid").contains("Không có đơn vị &quot;KHONG-CO&quot;").contains("value=\"CDGD-BD, KHONG-CO\"");
        String location = mvc.perform(post("/reports/regimes").with(user("phong.phugiao")).with(csrf())
                        .param("name", "Chế độ có nơi cùng nhận").param("formCode", "DVCQ").param("receiverUnitId", phongId)
                        .param("reporterKinds", "TRUONG").param("periodTypes", "ANNUAL").param("cutOffDay.ANNUAL", "14")
                        .param("deadlines[0].unitKind", "TRUONG").param("deadlines[0].workingDaysAfter", "2")
                        .param("validFrom", "2091-01-01").param("coReceivers", "CDGD-BD"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String detail = mvc.perform(get(location).with(user("phong.phugiao"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"co-receivers\"").contains("Công đoàn Giáo dục tỉnh Bình Dương");
        String edit = mvc.perform(get(location + "/edit").with(user("phong.phugiao"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"CDGD-BD\"");
    }

    /** The unit's own due date for 2090-S1 (yyyy-MM-dd), through GET /api/v1/reports/deadline. */
    private static String due(ApiClient client, long unitId) {
        HttpResponse<String> r = client.get("/api/v1/reports/deadline?unitId=" + unitId + "&formCode=DVCQ&period=2090-S1");
        var m = Pattern.compile("\"due\":\"([0-9-]+)\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    /**
     * A list never cuts silently (issue 14): the union's list is its own reports and then the co-received ones; its
     * pages, whatever their size, are that list in order — a page may start inside the co-received ones.
     */
    @Test
    void theMergedReportListIsPagedAcrossOwnAndCoReceivedReports() {
        ApiClient union = new ApiClient(port).as("cd.binhduong");
        long unionUnit = jdbc.sql("select unit_id from access_account where username = 'cd.binhduong'").query(Long.class).single();
        long form = jdbc.sql("select id from report_form where code = 'DVCQ'").query(Long.class).single();
        // two drafts of the union's own, far in the future: its list starts with them, then the co-received reports
        List<Long> own = new ArrayList<>();
        for (String period : List.of("2092", "2091")) {
            own.add(jdbc.sql("""
                            insert into report_submission(unit_id, form_id, period, status, due_date, lock_date)
                            values (:u, :f, :p, 'DRAFT', date '2093-01-15', date '2093-02-15') returning id""")
                    .param("u", unionUnit).param("f", form).param("p", period).query(Long.class).single());
        }
        try {
            for (int size : new int[] {1, 2, 3}) {
                List<JsonNode> whole = ListPages.pagesAreTheWholeList(union, "/api/v1/reports/submissions?formCode=DVCQ", size, 4);
                assertThat(whole.subList(0, 2)).extracting(r -> r.path("id").asLong()).as("own first").isEqualTo(own);
                assertThat(whole.subList(2, whole.size())).as("then the co-received ones")
                        .allMatch(r -> r.path("unitId").asLong() != unionUnit);
            }
        } finally {
            jdbc.sql("delete from report_submission where id in (:ids)").param("ids", own).update();
        }
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        ListPages.pagesAreTheWholeList(phong, "/api/v1/reports/submissions?formCode=DVCQ", 2, 3);
        ListPages.pagesAreTheWholeList(phong, "/api/v1/reports/submissions?unitId=" + unit("TH-PS"), 2, 2);
        ListPages.badPagingIsA400(union, "/api/v1/reports/submissions", SubmissionList.LIMIT);
    }
}
