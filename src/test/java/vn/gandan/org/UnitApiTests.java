package vn.gandan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;

/** {@code /api/v1/units} with real demo accounts: the shape of api.md, "as of" a date, scope by caller. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitApiTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitService tree;

    private long id(String code) {
        return tree.findByCode(code).orElseThrow().id();
    }

    @Test
    void unitViewHasTheFieldsOfTheContract() {
        String body = new ApiClient(port).as("th.phuocsang").get("/api/v1/units/" + id("TH-PS")).body();
        assertThat(body).contains("\"id\":" + id("TH-PS"), "\"code\":\"TH-PS\"", "\"name\":\"Trường Tiểu học Phước Sang\"",
                "\"shortName\":\"THPS\"", "\"kind\":\"TRUONG\"", "\"parentId\":" + id("PGDDT-PG"), "\"place\":\"Phú Giáo\"",
                "\"validFrom\":\"2000-01-01\"", "\"validTo\":null");
    }

    @Test
    void aMovedSchoolIsUnderTheOldParentInJuneAndTheCommuneInJuly2025() {
        ApiClient admin = new ApiClient(port).as("admin");
        assertThat(admin.get("/api/v1/units/" + id("MN-BN") + "?asOf=2025-06-15").body())
                .contains("\"parentId\":" + id("PGDDT-HM"));
        assertThat(admin.get("/api/v1/units/" + id("MN-BN") + "?asOf=2025-07-15").body())
                .contains("\"parentId\":" + id("UBND-X-HM"));
        assertThat(admin.get("/api/v1/units/" + id("PGDDT-TA") + "/children?asOf=2025-06-30").body())
                .contains("Trường Tiểu học Lái Thiêu", "Trường Trung học cơ sở Trịnh Hoài Đức");
        assertThat(admin.get("/api/v1/units/" + id("PGDDT-TA") + "/children?asOf=2025-07-01").body()).isEqualTo("[]");
        assertThat(admin.get("/api/v1/units/" + id("UBND-P-TA") + "/children?asOf=2025-07-01").body())
                .contains("Trường Tiểu học Lái Thiêu", "Trường Trung học cơ sở Trịnh Hoài Đức");
    }

    @Test
    void searchAsOfADateLeavesOutUnitsThatDidNotExistThen() {
        ApiClient admin = new ApiClient(port).as("admin");
        assertThat(admin.get("/api/v1/units?q=hoc%20mon").body())
                .contains("Phòng Giáo dục và Đào tạo huyện Hóc Môn", "Ủy ban nhân dân xã Hóc Môn");
        assertThat(admin.get("/api/v1/units?q=hoc%20mon&asOf=2025-08-01").body())
                .doesNotContain("Phòng Giáo dục và Đào tạo huyện Hóc Môn").contains("Ủy ban nhân dân xã Hóc Môn");
        assertThat(admin.get("/api/v1/units?q=hoc%20mon&asOf=2025-01-01").body())
                .contains("Phòng Giáo dục và Đào tạo huyện Hóc Môn").doesNotContain("Ủy ban nhân dân xã Hóc Môn");
    }

    @Test
    void outOfScopeIdsAnswer404EvenForChildrenAndAsOf() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        for (String path : new String[] {"/api/v1/units/" + id("TH-AL"), "/api/v1/units/" + id("TH-AL") + "?asOf=2025-06-01",
                "/api/v1/units/" + id("PGDDT-PG") + "/children", "/api/v1/units/999999999"}) {
            HttpResponse<String> res = school.get(path);
            assertThat(res.statusCode()).as(path).isEqualTo(404);
            assertThat(res.body()).doesNotContain("An Linh");
        }
        assertThat(school.get("/api/v1/units?q=an%20linh").body()).isEqualTo("[]");
    }

    @Test
    void phongSpecialistSeesSeveralSchoolsUnderPhuGiao() {
        String body = new ApiClient(port).as("phong.phugiao").get("/api/v1/units/" + id("PGDDT-PG") + "/children").body();
        assertThat(body).contains("TH-PS", "TH-AL", "TH-PV", "TH-TH", "THCS-PS", "THCS-PV", "MN-PG").doesNotContain("THPT-PG");
    }

    @Test
    void searchIsScopedInSqlYetFindsADissolvedUnitWhereItWasOnItsLastDay() {
        ApiClient so = new ApiClient(port).as("so.binhduong");
        // the Phòng of Thuận An ended on 2025-06-30 under the Sở; the Sở still finds it and the ward's schools
        assertThat(so.get("/api/v1/units?q=thuan%20an").body())
                .contains("Phòng Giáo dục và Đào tạo thị xã Thuận An").contains("Ủy ban nhân dân phường Thuận An");
        // a school of another province is out of scope; a Phú Giáo school sees only itself
        assertThat(so.get("/api/v1/units?q=phu%20tuc").body()).isEqualTo("[]");
        assertThat(new ApiClient(port).as("th.phuocsang").get("/api/v1/units?q=truong").body())
                .contains("Trường Tiểu học Phước Sang").doesNotContain("An Linh").doesNotContain("Phú Túc");
    }

    /**
     * A list never cuts silently (issue 14): the search is paged like every API list, the pages in order are the whole
     * answer, dissolved units (checked one by one where they were on their last day) and an asOf date included.
     */
    @Test
    void theSearchIsPagedWithALinkToTheNextPageAndBadPagingIsA400() {
        ApiClient so = new ApiClient(port).as("so.binhduong");
        var schools = ListPages.pagesAreTheWholeList(so, "/api/v1/units?q=truong", 1, 10);
        assertThat(schools).extracting(n -> n.get("id").asLong()).doesNotHaveDuplicates();
        var thuanAn = ListPages.pagesAreTheWholeList(so, "/api/v1/units?q=thuan%20an", 1, 2);
        assertThat(thuanAn).extracting(n -> n.get("name").asString())
                .contains("Phòng Giáo dục và Đào tạo thị xã Thuận An", "Ủy ban nhân dân phường Thuận An");
        ListPages.pagesAreTheWholeList(so, "/api/v1/units?q=thuan%20an&asOf=2025-06-15", 1, 1);
        ListPages.badPagingIsA400(so, "/api/v1/units?q=truong", 200);
    }
}
