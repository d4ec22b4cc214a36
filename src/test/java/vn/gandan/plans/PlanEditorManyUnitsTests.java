package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
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

/** Item 4: the plan editor gives one task to many units at once (all, a school level, a list), without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanEditorManyUnitsTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanQueries queries;
    @Autowired
    vn.gandan.org.UnitService units;

    MockMvc mvc;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder form(String title) {
        return form(title, "save");
    }

    private MockHttpServletRequestBuilder form(String title, String action) {
        return post("/plans/new").with(user("phong.phugiao")).with(csrf())
                .param("kind", "KE_HOACH").param("issuerUnitId", String.valueOf(unit("PGDDT-PG")))
                .param("title", title).param("periodKind", "YEAR").param("periodValue", "2026").param("place", "Phú Giáo")
                .param("sections[0].heading", "NHIỆM VỤ").param("sections[0].body", "Triển khai")
                .param("tasks[0].title", "Tổ chức hội nghị viên chức").param("tasks[0].due", "2026-12-20")
                .param("tasks[0].recurrence", "ONCE").param("action", action);
    }

    private long saved(MockHttpServletRequestBuilder req) throws Exception {
        String url = mvc.perform(req).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).matches("/plans/\\d+\\?saved");
        // the checks below read through the services, as the Phòng's specialist
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "phong.phugiao", null, org.springframework.security.core.authority.AuthorityUtils.NO_AUTHORITIES));
        return Long.parseLong(url.replaceAll("\\D", ""));
    }

    private List<Long> primarySchools() {
        return units.children(unit("PGDDT-PG"), units.today()).stream()
                .filter(u -> u.schoolLevel() == vn.gandan.org.SchoolLevel.TIEU_HOC).map(vn.gandan.org.UnitView::id).toList();
    }

    @Test
    void theEditorOffersGroupsAndALevelGivesEachSchoolOfItItsOwnTask_item4() throws Exception {
        var res = mvc.perform(form("Giao việc theo cấp học", "addTask")).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        String editor = res.getContentAsString();
        assertThat(editor).contains("value=\"ALL\"").contains("value=\"LEVEL_TIEU_HOC\"").contains("Các trường Tiểu học");
        long id = saved(form("Giao việc theo cấp học").param("tasks[0].leadGroup", "LEVEL_TIEU_HOC"));
        PlanView plan = queries.get(id);
        List<Long> schools = primarySchools();
        assertThat(schools).hasSizeGreaterThan(1);
        assertThat(plan.tasks()).extracting(PlanView.TaskView::leadUnitId).containsExactlyInAnyOrderElementsOf(schools);
        assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.title()).isEqualTo("Tổ chức hội nghị viên chức"));
        var doc = queries.document(id);
        assertThat(doc.blocks()).extracting(b -> b.text()).contains("PHÂN CÔNG NHIỆM VỤ");
        assertThat(doc.blocks()).filteredOn(b -> b.table() != null).singleElement()
                .satisfies(b -> assertThat(b.table().rows()).singleElement()
                        .satisfies(r -> assertThat(r.get(1)).isEqualTo("Tổ chức hội nghị viên chức")));
    }

    @Test
    void aListOfUnitsGivesEachItsOwnTaskAndTheLeadChosenToo_item4() throws Exception {
        long ps = unit("TH-PS");
        long al = unit("TH-AL");
        long pv = unit("TH-PV");
        long id = saved(form("Giao việc theo danh sách").param("tasks[0].leadUnitId", String.valueOf(ps))
                .param("tasks[0].leadUnitIds", String.valueOf(al), String.valueOf(pv)));
        assertThat(queries.get(id).tasks()).extracting(PlanView.TaskView::leadUnitId).containsExactly(ps, al, pv);
    }
}
