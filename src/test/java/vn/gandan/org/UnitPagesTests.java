package vn.gandan.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The unit pages with demo accounts: search, lazy children for htmx, scope, the edit form's messages, moves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitService tree;
    @Autowired
    UnitAdmin admin;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private long id(String code) {
        return tree.findByCode(code).orElseThrow().id();
    }

    @Test
    void searchWithoutDiacriticsFindsTheSchoolOnlyWithinScope() throws Exception {
        mvc.perform(get("/units").param("q", "phuoc sang").with(user("phong.phugiao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Tiểu học Phước Sang")));
        mvc.perform(get("/units").param("q", "an linh").with(user("th.phuocsang")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Trường Tiểu học An Linh"))));
    }

    @Test
    void htmxExpandsChildrenAsAFragmentAndEveryNodeLinksToItsPage() throws Exception {
        mvc.perform(get("/units/{id}/children", id("PGDDT-PG")).header("HX-Request", "true").with(user("phong.phugiao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Tiểu học An Linh")))
                .andExpect(content().string(containsString("href=\"/units/" + id("TH-AL") + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/units/{id}", id("PGDDT-PG")).with(user("phong.phugiao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/units/" + id("TH-AL") + "\"")));
    }

    @Test
    void aSchoolLeaderGetsNotFoundForTheSiblingSchoolPageAndItsChildren() throws Exception {
        mvc.perform(get("/units/{id}", id("TH-AL")).with(user("th.phuocsang")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("An Linh"))));
        mvc.perform(get("/units/{id}/children", id("PGDDT-PG")).header("HX-Request", "true").with(user("th.phuocsang")))
                .andExpect(status().isNotFound());
    }

    /** Found on the demo walk (session 11): a school's page linked its Phòng (history), which answers it 404. */
    @Test
    void aSchoolPageNamesItsParentWithoutALinkTheSchoolCannotOpen() throws Exception {
        String phong = "href=\"/units/" + id("PGDDT-PG") + "\"";
        mvc.perform(get("/units/{id}", id("TH-PS")).with(user("th.phuocsang")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Giáo dục và Đào tạo Phú Giáo")))
                .andExpect(content().string(not(containsString(phong))));
        mvc.perform(get("/units/{id}", id("TH-PS")).with(user("phong.phugiao")))
                .andExpect(content().string(containsString(phong)));
    }

    @Test
    void theUnitPageShowsChildrenAsOfTheChosenDay() throws Exception {
        var admin = user("admin");
        mvc.perform(get("/units/{id}", id("PGDDT-HM")).param("asOf", "2025-06-30").with(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Trường Mầm non Bé Ngoan")));
        mvc.perform(get("/units/{id}", id("PGDDT-HM")).param("asOf", "2025-07-01").with(admin))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Trường Mầm non Bé Ngoan"))));
    }

    @Test
    void theEditFormExplainsEachBadFieldInVietnameseAndStoresNothing() throws Exception {
        long school = id("TH-TH");
        mvc.perform(get("/units/{id}/edit", school).with(user("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"TH-TH\"")));
        mvc.perform(post("/units/{id}/edit", school).with(user("admin")).with(csrf())
                        .param("code", "TH-TH").param("kind", "TRUONG").param("validFrom", "2000-01-01")
                        .param("name", "Trường <b>Tiểu học</b> Tân Hiệp").param("email", "thu@").param("phone", "gọi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dùng ký tự &lt; hoặc &gt;.")))
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")))
                .andExpect(content().string(containsString("Số điện thoại chỉ gồm chữ số")));
        org.assertj.core.api.Assertions.assertThat(tree.get(school).name()).isEqualTo("Trường Tiểu học Tân Hiệp");
    }

    @Test
    void theEditFormStoresTheGoverningBodyAndRefusesMarkupBeforeSavingAnything() throws Exception {
        long school = id("TH-PV");
        mvc.perform(post("/units/{id}/edit", school).with(user("admin")).with(csrf())
                        .param("code", "TH-PV").param("kind", "TRUONG").param("validFrom", "2000-01-01")
                        .param("name", "Trường Tiểu học Phước Vĩnh đổi tên").param("governingBody", "<b>UBND</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên cơ quan chủ quản tối đa 300 ký tự, không chứa thẻ HTML.")));
        org.assertj.core.api.Assertions.assertThat(tree.get(school).name()).isEqualTo("Trường Tiểu học Phước Vĩnh");
        mvc.perform(post("/units/{id}/edit", school).with(user("admin")).with(csrf())
                        .param("code", "TH-PV").param("kind", "TRUONG").param("validFrom", "2000-01-01")
                        .param("name", "Trường Tiểu học Phước Vĩnh").param("place", "Phú Giáo")
                        .param("governingBody", "Ủy ban nhân dân xã Phước Vĩnh"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(tree.get(school).governingBody()).isEqualTo("Ủy ban nhân dân xã Phước Vĩnh");
    }

    @Test
    void namesAreEscapedOnOutput() throws Exception {
        long id = admin.create(new UnitAdmin.NewUnit("PG-ESC", "Trường \"Hoa & Lá\"", null, UnitKind.TRUONG, null, null,
                null, LocalDate.of(2020, 1, 1))).id();
        mvc.perform(get("/units/{id}", id).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường &quot;Hoa &amp; Lá&quot;")));
    }

    @Test
    void aMoveOnThePageTakesEffectFromItsDay() throws Exception {
        long school = admin.create(new UnitAdmin.NewUnit("PG-MOVE", "Trường Chuyển Đi", null, UnitKind.TRUONG, null, null,
                id("PGDDT-PG"), LocalDate.of(2020, 1, 1))).id();
        mvc.perform(post("/units/{id}/move", school).with(user("admin")).with(csrf())
                        .param("parentCode", "SGDDT-BD").param("day", "2026-01-01"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(tree.parentId(school, LocalDate.of(2025, 12, 31))).contains(id("PGDDT-PG"));
        org.assertj.core.api.Assertions.assertThat(tree.parentId(school, LocalDate.of(2026, 1, 1))).contains(id("SGDDT-BD"));
    }
}
