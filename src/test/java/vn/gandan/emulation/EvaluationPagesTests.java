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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.org.PeopleService;

/** The staff evaluation pages (I1, I2): list with the quota line, open, the head's rating, refusals in place, 404s. */
@SpringBootTest
@ActiveProfiles("test")
class EvaluationPagesTests {

    static final String PERIOD = "2035-2036";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleService people;
    MockMvc mvc;
    long school;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        school = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
    }

    List<Long> staff(String prefix, int n) {
        List<Long> out = new ArrayList<>();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            for (int i = 0; i < n; i++) {
                out.add(people.add(school, prefix + " " + i, "Giáo viên", null, null, LocalDate.of(2020, 9, 1)).id());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        return out;
    }

    MockHttpServletRequestBuilder open(Long person, String account, String selfText) {
        return post("/emulation/evaluations").with(csrf()).with(user("th.phuocsang")).param("unitId", String.valueOf(school))
                .param("personId", person == null ? "" : String.valueOf(person)).param("period", PERIOD)
                .param("staffGroup", "Giáo viên").param("account", account).param("selfText", selfText).param("selfLevel", "TOT");
    }

    MockHttpServletRequestBuilder rate(long id, String professional, String danVan) {
        return post("/emulation/evaluations/" + id + "/rate").with(csrf()).with(user("th.phuocsang"))
                .param("professionalPoints", professional).param("danVanPoints", danVan).param("comment", "Nhận xét thử");
    }

    long id(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theHeadOpensRatesAndSeesTheQuotaRefusalInPlaceWhileThePersonSeesOnlyTheirOwn_I1_I2() throws Exception {
        List<Long> staff = staff("Cô giáo trang", 7);
        mvc.perform(open(null, "", "Tôi đã hoàn thành tốt kế hoạch dạy học")).andExpect(status().is(422))
                .andExpect(content().string(containsString("Người được đánh giá không thuộc đơn vị")))
                .andExpect(content().string(containsString("Tôi đã hoàn thành tốt kế hoạch dạy học")));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            ids.add(id(mvc.perform(open(staff.get(i), i == 0 ? "th.anlinh" : "", "Tự nhận xét " + i))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()));
        }
        for (int i = 1; i < 6; i++) {
            mvc.perform(rate(ids.get(i), "65", "15")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(rate(ids.get(0), "78", "18")).andExpect(status().is3xxRedirection());
        mvc.perform(rate(ids.get(6), "79", "19")).andExpect(status().is(422))
                .andExpect(content().string(containsString("không được vượt quá 20%")))
                .andExpect(content().string(containsString("value=\"79\"")));
        mvc.perform(rate(ids.get(6), "85", "10")).andExpect(status().is(422))
                .andExpect(content().string(containsString("Điểm phải từ 0 đến 80")))
                .andExpect(content().string(containsString("value=\"85\"")));
        assertThat(jdbc.sql("select level from emu_evaluation where id = :id").param("id", ids.get(6)).query(String.class).optional())
                .isEmpty();
        mvc.perform(rate(ids.get(5), "79", "19").param("disciplined", "on")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/emulation/evaluations/" + ids.get(5)).with(user("th.phuocsang")))
                .andExpect(content().string(containsString("Xếp loại: Không hoàn thành nhiệm vụ")));
        mvc.perform(rate(ids.get(5), "65", "15")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/emulation/evaluations").param("unitId", String.valueOf(school)).param("period", PERIOD).with(user("th.phuocsang")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cô giáo trang 6")))
                .andExpect(content().string(containsString("Nhóm Giáo viên: 5 người Hoàn thành tốt, 1 người Hoàn thành xuất sắc — tối đa 1")))
                .andExpect(content().string(containsString("summary.xlsx?unitId=" + school + "&amp;period=" + PERIOD)));
        mvc.perform(get("/emulation/evaluations/" + ids.get(6)).with(user("th.phuocsang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chí dân vận chính quyền (tối đa 20 điểm)")))
                .andExpect(content().string(containsString("Lưu đánh giá, xếp loại")))
                .andExpect(content().string(containsString("Hoàn thành xuất sắc nhiệm vụ: từ")))
                .andExpect(content().string(containsString("Gần dân, trọng dân")));
        mvc.perform(get("/emulation/evaluations/" + ids.get(0)).with(user("th.anlinh"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoàn thành xuất sắc nhiệm vụ")))
                .andExpect(content().string(not(containsString("Lưu đánh giá, xếp loại"))));
        mvc.perform(get("/emulation/evaluations").param("unitId", String.valueOf(school)).param("period", PERIOD).with(user("th.anlinh")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cô giáo trang 0")))
                .andExpect(content().string(not(containsString("Cô giáo trang 1"))));
        mvc.perform(get("/emulation/evaluations/" + ids.get(1)).with(user("th.anlinh"))).andExpect(status().isNotFound());
        mvc.perform(get("/emulation/evaluations").param("unitId", String.valueOf(school)).param("period", "2036-2037")
                .with(user("th.anlinh"))).andExpect(status().isNotFound());
        mvc.perform(post("/emulation/evaluations/" + ids.get(1) + "/rate").with(csrf()).with(user("th.anlinh"))
                .param("professionalPoints", "70").param("danVanPoints", "15")).andExpect(status().isNotFound());
    }

    @Test
    void theEmulationPageLinksToTheEvaluations() throws Exception {
        mvc.perform(get("/emulation").with(user("th.phuocsang"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/emulation/evaluations?unitId=" + school)));
    }
}
