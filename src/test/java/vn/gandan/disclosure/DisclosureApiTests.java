package vn.gandan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.gandan.org.SchoolLevel;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitView;

/** /api/v1/disclosures and the public page: the catalogue by school level, validity (G1), compliance over a subtree. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DisclosureApiTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    UnitAdmin units;
    @Autowired
    JdbcClient jdbc;

    UnitView school(String prefix, SchoolLevel level, Long parent) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            return units.create(new UnitAdmin.NewUnit(prefix + "-" + SEQ.incrementAndGet(), "Trường " + prefix, null,
                    parent == null ? UnitKind.PHONG_GDDT : UnitKind.TRUONG, parent == null ? null : level, null, parent,
                    LocalDate.of(2020, 1, 1)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String publish(long unitId, String item, String on, String forms) {
        return "{\"unitId\":" + unitId + ",\"itemCode\":\"" + item + "\",\"publishedOn\":\"" + on + "\",\"forms\":" + forms
                + ",\"evidenceUrl\":\"https://truong.example.vn/cong-khai\",\"period\":\"2024-2025\"}";
    }

    @Test
    void internalDisclosureIsOnTimeWithinTenWorkingDaysOfTheDecisionAndLateAfter_G2() {
        ApiClient admin = new ApiClient(port).as("admin");
        UnitView t = school("DC-G2", SchoolLevel.TIEU_HOC, school("DC-P", null, null).id());
        // decided Monday 02/11/2026: 10 working days later is Monday 16/11/2026
        String onTime = admin.post("/api/v1/disclosures", "{\"unitId\":" + t.id() + ",\"itemCode\":\"NB-01\",\"publishedOn\":\"2026-11-16\","
                + "\"forms\":[\"NOTICE_BOARD\"],\"decidedOn\":\"2026-11-02\"}").body();
        assertThat(onTime).contains("\"dueBy\":\"2026-11-16\"").contains("\"onTime\":true").contains("\"postedUntil\":\"2026-12-15\"");
        String late = admin.post("/api/v1/disclosures", "{\"unitId\":" + t.id() + ",\"itemCode\":\"NB-02\",\"publishedOn\":\"2026-11-17\","
                + "\"forms\":[\"MEETING\"],\"decidedOn\":\"2026-11-02\"}").body();
        assertThat(late).contains("\"onTime\":false");
        assertThat(admin.post("/api/v1/disclosures", "{\"unitId\":" + t.id() + ",\"itemCode\":\"NB-01\",\"publishedOn\":\"2026-11-16\","
                + "\"forms\":[\"NOTICE_BOARD\"]}").body()).as("an internal item needs its decision day").contains("\"field\":\"decidedOn\"");
    }

    @Test
    void theCatalogueAppliesBySchoolLevel_G8() {
        ApiClient admin = new ApiClient(port).as("admin");
        UnitView mn = school("DC-MN", SchoolLevel.MAM_NON, school("DC-P", null, null).id());
        String items = admin.get("/api/v1/disclosures/items?unitId=" + mn.id()).body();
        assertThat(items).contains("\"code\":\"TT09-VII-02\"").doesNotContain("TT09-VII-01").doesNotContain("TT09-IV-02")
                .contains("\"group\":8").contains("\"code\":\"NB-03\"");
        assertThat(new ApiClient(port).as("th.anlinh").get("/api/v1/disclosures/items?unitId=" + mn.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void anItemWhosePeriodLapsedCountsAsNotDone_G1() {
        ApiClient admin = new ApiClient(port).as("admin");
        UnitView phong = school("DC-P", null, null);
        UnitView th = school("DC-TH", SchoolLevel.TIEU_HOC, phong.id());
        HttpResponse<String> bad = admin.post("/api/v1/disclosures", publish(th.id(), "TT09-XX", "2099-01-01", "[\"NOTICE_BOARD\"]"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"itemCode\"").contains("\"field\":\"publishedOn\"");
        HttpResponse<String> noWebsite = admin.post("/api/v1/disclosures", publish(th.id(), "TT09-II-01", "2024-08-10", "[\"NOTICE_BOARD\"]"));
        assertThat(noWebsite.statusCode()).isEqualTo(422);
        assertThat(noWebsite.body()).contains("trang thông tin điện tử");
        assertThat(jdbc.sql("select count(*) from disclosure where unit_id = :u").param("u", th.id()).query(Integer.class).single()).isZero();

        HttpResponse<String> ok = admin.post("/api/v1/disclosures", publish(th.id(), "TT09-II-01", "2024-08-10", "[\"WEBSITE\",\"NOTICE_BOARD\"]"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(ok.body()).contains("\"validUntil\":\"2025-06-30\"").contains("\"id\":");
        String before = admin.get("/api/v1/disclosures/compliance?unitId=" + phong.id() + "&on=2025-06-30").body();
        assertThat(before).contains("\"current\":1,\"lapsed\":0");
        String after = admin.get("/api/v1/disclosures/compliance?unitId=" + phong.id() + "&on=2025-07-01").body();
        assertThat(after).contains("\"current\":0,\"lapsed\":1").contains("\"required\":14");
    }

    @Test
    void thePublicPageNeedsNoLoginAndShowsOnlyPublishedPublicItems_G8() {
        ApiClient admin = new ApiClient(port).as("admin");
        UnitView th = school("DC-PUB", SchoolLevel.TIEU_HOC, school("DC-P", null, null).id());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        admin.post("/api/v1/disclosures", "{\"unitId\":" + th.id() + ",\"itemCode\":\"TT09-VI-01\",\"publishedOn\":\"" + today
                + "\",\"forms\":[\"WEBSITE\"],\"title\":\"Kế hoạch tuyển sinh lớp 1 năm học mới\"}");
        HttpResponse<String> internal = admin.post("/api/v1/disclosures", "{\"unitId\":" + th.id() + ",\"itemCode\":\"NB-03\",\"publishedOn\":\""
                + today + "\",\"decidedOn\":\"" + today.minusDays(2) + "\",\"forms\":[\"NOTICE_BOARD\"],\"title\":\"Quy chế chi tiêu nội bộ\"}");
        assertThat(internal.statusCode()).as(internal.body()).isEqualTo(201);
        assertThat(internal.body()).contains("\"dueBy\":").contains("\"onTime\":true");
        ApiClient anonymous = new ApiClient(port);
        HttpResponse<String> page = anonymous.send(anonymous.builder("/public/units/" + th.code() + "/disclosures").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kế hoạch tuyển sinh lớp 1 năm học mới").doesNotContain("Quy chế chi tiêu nội bộ");
        assertThat(new ApiClient(port).send(new ApiClient(port).builder("/public/units/NO-SUCH/disclosures").GET()).statusCode())
                .isEqualTo(404);
    }
}
