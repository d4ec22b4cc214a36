package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Defect 8: a page links only to pages its viewer may open; a plan rests on its issuer's own and upper plans. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanLinkScopeTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    private String page(String path, String who) throws Exception {
        var res = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).as(path).isEqualTo(200);
        return res.getContentAsString();
    }

    /** The in-app links of a page's main content to units, tasks, plans and regimes. */
    private static List<String> links(String html) {
        return Jsoup.parse(html).select("main a[href]").eachAttr("href").stream()
                .filter(h -> h.matches("/(units/\\d+|tasks/\\d+|plans/\\d+|reports/regimes/\\d+)(/work)?")).distinct().toList();
    }

    private void everyLinkOpens(String path, String who, Set<String> checked) throws Exception {
        for (String link : links(page(path, who))) {
            if (checked.add(link)) {
                int status = mvc.perform(get(link).with(user(who))).andReturn().getResponse().getStatus();
                assertThat(status).as(path + " links to " + link).isEqualTo(200);
            }
        }
    }

    @Test
    void aSchoolSeesNoLinkToTheSosTasksUnitsOrRegimesThatWouldAnswer404_defect8() throws Exception {
        long so = unit("SGDDT-BD");
        List<Long> soPlans = jdbc.sql("""
                        select distinct t.plan_id from task t join plan p on p.id = t.plan_id
                        where t.issuer_unit_id = :so and p.status = 'ISSUED' order by t.plan_id limit 3""")
                .param("so", so).query(Long.class).list();
        assertThat(soPlans).as("the demo has issued plans of the Sở with tasks").isNotEmpty();
        Set<String> checked = new LinkedHashSet<>();
        for (long plan : soPlans) {
            String html = page("/plans/" + plan, "th.phuocsang");
            assertThat(html).doesNotContain("href=\"/units/" + so + "\"");
            everyLinkOpens("/plans/" + plan, "th.phuocsang", checked);
        }
        everyLinkOpens("/reports?unitId=" + unit("TH-PS"), "th.phuocsang", checked);
        List<String> taskPages = new ArrayList<>(checked.stream().filter(l -> l.startsWith("/tasks/")).limit(5).toList());
        for (String task : taskPages) {
            everyLinkOpens(task, "th.phuocsang", checked);
        }
        assertThat(checked).as("some links were followed").isNotEmpty();
    }

    @Test
    void thePhongsEditorOffersItsOwnIssuedPlansAsBasesAndNeverItsSchoolsPlans_defect8() throws Exception {
        long phong = unit("PGDDT-PG");
        String html = page("/plans/new?unitId=" + phong, "phong.phugiao");
        List<Long> offered = Jsoup.parse(html).select("input[name=basePlanIds]").eachAttr("value").stream()
                .map(Long::parseLong).toList();
        assertThat(offered).isNotEmpty();
        List<Long> issuers = jdbc.sql("select unit_id from plan_issuer where position = 0 and plan_id in (:ids)")
                .param("ids", offered).query(Long.class).list();
        Set<Long> below = new LinkedHashSet<>(jdbc.sql("select unit_id from org_subtree(:p, current_date) where unit_id <> :p")
                .param("p", phong).query(Long.class).list());
        assertThat(issuers).as("no school plan offered as a base of the Phòng's plan").noneMatch(below::contains);
        long ownIssued = jdbc.sql("""
                        select count(*) from plan p join plan_issuer i on i.plan_id = p.id and i.position = 0
                        where i.unit_id = :p and p.status = 'ISSUED' and p.period_value like :y || '%'""")
                .param("p", phong).param("y", String.valueOf(java.time.LocalDate.now().getYear())).query(Long.class).single();
        if (ownIssued > 0) {
            assertThat(issuers).as("the Phòng's own issued plans are offered").contains(phong);
        }
    }
}
