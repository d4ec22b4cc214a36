package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan editor, page and list through the browser's form posts (no JavaScript), with demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanPagesTests extends PlanMvc {

    private MockHttpServletRequestBuilder form(String title, String action) {
        return post("/plans/new").with(user("phong.phugiao")).with(csrf())
                .param("kind", "KE_HOACH").param("issuerUnitId", String.valueOf(unit("PGDDT-PG")))
                .param("title", title).param("periodKind", "YEAR").param("periodValue", "2026").param("place", "Phú Giáo")
                .param("sections[0].heading", "MỤC ĐÍCH").param("sections[0].body", "Nâng cao nhận thức")
                .param("sections[1].heading", "NHIỆM VỤ").param("sections[1].items[0].heading", "Đối thoại")
                .param("sections[1].items[0].subItems", "Ý thứ nhất\nÝ thứ hai")
                .param("recipients", "Sở GDĐT\nLưu: VT")
                .param("signers[0].onBehalf", "KT. TRƯỞNG PHÒNG").param("signers[0].title", "PHÓ TRƯỞNG PHÒNG")
                .param("signers[0].name", "Phạm Thị Giao")
                .param("action", action);
    }

    private String body(MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getResponse().getContentAsString();
    }

    @Test
    void editorButtonsReorderAndAddWithoutLosingWhatWasTyped() throws Exception {
        String moved = body(form("Kế hoạch thử", "upSection-1"));
        assertThat(moved.indexOf("value=\"NHIỆM VỤ\"")).isPositive().isLessThan(moved.indexOf("value=\"MỤC Đ"));
        assertThat(moved).contains("Kế hoạch thử").contains("thứ nhất"); // Thymeleaf writes Ý as &Yacute; in attributes
        String added = body(form("Kế hoạch thử", "addItem-1"));
        assertThat(added).contains("name=\"sections[1].items[1].heading\"");
        String task = body(form("Kế hoạch thử", "addTask"));
        assertThat(task).contains("name=\"tasks[0].title\"");
    }

    @Test
    void savingShowsPerFieldMessagesThenCreatesTheDraftAndIssuesIt() throws Exception {
        String invalid = body(form("", "save").param("periodValue", "20x6"));
        assertThat(invalid).contains("Nhập trích yếu").contains("Năm không hợp lệ").contains("is-invalid");

        var saved = mvc.perform(form("Kế hoạch tuyên truyền dân vận khéo 2026", "save")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).matches("/plans/\\d+\\?saved");
        String id = saved.replaceAll("\\D", "");
        String page = body(get("/plans/" + id).with(user("phong.phugiao")));
        assertThat(page).contains("Kế hoạch tuyên truyền dân vận khéo 2026").contains("Dự thảo")
                .contains("href=\"/units/" + unit("PGDDT-PG") + "\">Phòng Giáo dục và Đào tạo Phú Giáo</a>")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("KT. TRƯỞNG PHÒNG").contains("Ý thứ nhất");
        assertThat(body(get("/plans").param("q", "dan van kheo").with(user("phong.phugiao")))).contains("/plans/" + id);
        mvc.perform(get("/plans/" + id).with(user("th.anlinh"))).andExpect(status().isNotFound());

        String confirmPage = mvc.perform(post("/plans/" + id + "/issue").with(user("ld.phugiao")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(confirmPage).as("a confirmation page that posts confirm=yes, no JavaScript needed")
                .contains("Bạn sắp cấp số").contains("name=\"confirm\" value=\"yes\"");
        assertThat(body(get("/plans/" + id).with(user("ld.phugiao")))).as("not confirmed").contains("Dự thảo");
        mvc.perform(post("/plans/" + id + "/issue").param("confirm", "yes").with(user("ld.phugiao")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String issued = body(get("/plans/" + id).with(user("phong.phugiao")));
        assertThat(issued).contains("Đã ban hành").containsPattern("Số: \\d+/KH-PGDĐT").contains("Tình hình triển khai");
        // a school under the Phòng sees it and may implement it
        String fromSchool = body(get("/plans/" + id).with(user("th.phuocsang")));
        assertThat(fromSchool).contains("Triển khai (tạo dự thảo kế hoạch)").contains("Trường Tiểu học Phước Sang");
        var derived = mvc.perform(post("/plans/" + id + "/derive").param("unitId", String.valueOf(unit("TH-PS")))
                .with(user("th.phuocsang")).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(derived).matches("/plans/\\d+/edit\\?derived");
        String editor = body(get(derived.replace("?derived", "")).with(user("th.phuocsang")));
        assertThat(editor).contains("Kế hoạch tuyên truyền dân vận khéo 2026").contains("checked");
    }
}
