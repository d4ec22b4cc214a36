package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The pages: registration with per-field messages, the model's steps, the public library, the ranking and the sheet. */
@SpringBootTest
@ActiveProfiles("test")
class EmulationPagesTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    MockHttpServletRequestBuilder registration(String name) {
        return registration(name, "VAN_HOA_XA_HOI", "b");
    }

    MockHttpServletRequestBuilder registration(String name, String field, String aims) {
        return post("/emulation/models").with(csrf()).with(user("th.phuocsang")).param("unitId", String.valueOf(unit("TH-PS")))
                .param("name", name).param("field", field).param("registeredOn", TODAY.minusDays(30).toString())
                .param("kind", "EXEMPLAR").param("holderKind", "PERSON").param("holderName", "Cô Trần Thị Thu")
                .param("situation", "a").param("aims", aims).param("content", "c").param("area", "Ấp 2").param("forces", "e")
                .param("resources", "f").param("timing", "g").param("outputs", "h").param("sustainability", "i");
    }

    @Test
    void aTeachersModelIsRegisteredFollowedRecognisedAndAppearsInThePublicLibrary() throws Exception {
        mvc.perform(registration("Đọc sách cùng con Phước Sang", "", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vui lòng chọn một lĩnh vực")))
                .andExpect(content().string(containsString("Vui lòng nêu mục tiêu")))
                .andExpect(content().string(containsString("value=\"Đọc sách cùng con Phước Sang\"")));
        assertThat(jdbc.sql("select count(*) from emu_model where name = 'Đọc sách cùng con Phước Sang'").query(Integer.class).single()).isZero();
        String location = mvc.perform(registration("Đọc sách cùng con Phước Sang")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String page = location;
        mvc.perform(step(page, "launch", "th.phuocsang").param("on", TODAY.minusDays(20).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(step(page, "progress", "th.phuocsang").param("on", TODAY.minusDays(10).toString()).param("content", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vui lòng nhập kết quả thực hiện")));
        mvc.perform(step(page, "progress", "th.phuocsang").param("on", TODAY.minusDays(10).toString()).param("content", "12 gia đình tham gia"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(step(page, "evaluate", "phong.phugiao").param("on", TODAY.minusDays(5).toString()).param("standard", "CN1", "CN4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(step(page, "recognise", "phong.phugiao").param("on", TODAY.toString()).param("award", "GIAY_KHEN")
                .param("decision", "Quyết định số 99/QĐ-PGDĐT")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user("th.phuocsang"))).andExpect(content().string(containsString("Đã công nhận")))
                .andExpect(content().string(containsString("Chuyên viên Phòng GDĐT Phú Giáo")));
        mvc.perform(get(page).with(user("th.anlinh"))).andExpect(status().isNotFound());

        mvc.perform(get("/public/exemplars").param("q", "doc sach cung con phuoc sang")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đọc sách cùng con Phước Sang")));
        mvc.perform(get("/public/exemplars").param("q", "doc sach cung con").param("field", "KINH_TE"))
                .andExpect(content().string(not(containsString("Đọc sách cùng con Phước Sang"))));
        mvc.perform(get("/public/exemplars").param("year", "20x6")).andExpect(content().string(containsString("Năm gồm 4 chữ số")));
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        mvc.perform(get("/public/exemplars/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quyết định số 99/QĐ-PGDĐT")));
        long registeredOnly = jdbc.sql("select id from emu_model where status = 'REGISTERED' limit 1").query(Long.class).single();
        mvc.perform(get("/public/exemplars/{id}", registeredOnly)).andExpect(status().isNotFound());
    }

    MockHttpServletRequestBuilder step(String page, String step, String username) {
        return post(page + "/steps/" + step).with(csrf()).with(user(username));
    }

    @Test
    void thePhongsRankingShowsLastYearsFinalScoresAndTheSheetRefusesPointsOverTheMaximum_H3() throws Exception {
        int year = TODAY.getYear() - 1;
        mvc.perform(get("/emulation/ranking").param("unitId", String.valueOf(unit("PGDDT-PG"))).param("year", String.valueOf(year))
                .with(user("phong.phugiao"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Tiểu học Phước Sang")))
                .andExpect(content().string(containsString("Điểm cuối cùng: 9")));
        mvc.perform(post("/emulation/scoring/{u}/{y}/self", unit("TH-PS"), TODAY.getYear()).with(csrf()).with(user("th.phuocsang"))
                .param("p_1.1", "7").param("e_1.1", "https://x.vn/kh")).andExpect(status().isOk())
                .andExpect(content().string(containsString("không được vượt quá điểm tối đa 5")))
                .andExpect(content().string(containsString("value=\"7\"")));
        mvc.perform(get("/emulation/scoring/{u}/{y}", unit("TH-PS"), year).with(user("th.anlinh"))).andExpect(status().isNotFound());
    }
    /**
     * A Dân vận khéo movement's page lists the models registered in its unit's subtree during its span — chosen in SQL,
     * so none is lost behind the caller's newest 500 models (issue 14: no list cut silently) — and no other.
     */
    @Test
    void aMovementsPageListsTheModelsRegisteredUnderItsUnitDuringItsSpanAndNoOther() throws Exception {
        String stamp = String.valueOf(System.nanoTime() % 100000);
        String movement = mvc.perform(post("/emulation/movements").with(csrf()).with(user("phong.phugiao"))
                        .param("unitId", String.valueOf(unit("PGDDT-PG"))).param("theme", "DAN_VAN_KHEO")
                        .param("name", "Dân vận khéo thử " + stamp).param("startsOn", TODAY.minusDays(35).toString())
                        .param("endsOn", TODAY.plusDays(100).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(registration("Trong phong trào " + stamp)).andExpect(status().is3xxRedirection());
        String before = "Trước phong trào " + stamp;
        mvc.perform(post("/emulation/models").with(csrf()).with(user("th.phuocsang")).param("unitId", String.valueOf(unit("TH-PS")))
                .param("name", before).param("field", "VAN_HOA_XA_HOI").param("registeredOn", TODAY.minusDays(60).toString())
                .param("kind", "EXEMPLAR").param("holderKind", "PERSON").param("holderName", "Cô Trần Thị Thu")
                .param("situation", "a").param("aims", "b").param("content", "c").param("area", "Ấp 2").param("forces", "e")
                .param("resources", "f").param("timing", "g").param("outputs", "h").param("sustainability", "i"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from emu_model where name = :n").param("n", before).query(Integer.class).single()).isOne();
        mvc.perform(get(movement).with(user("phong.phugiao"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trong phong trào " + stamp)))
                .andExpect(content().string(not(containsString(before))));
    }
}
