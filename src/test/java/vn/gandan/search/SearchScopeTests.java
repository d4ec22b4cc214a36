package vn.gandan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterEach;
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

/**
 * Issue 14, national scale: search reads the caller's scope in SQL (units: the country's first 30 matches were checked
 * one by one, so a unit in scope behind 30 others was never shown; plans: the visible plans are read once before the
 * match) and stays indifferent to diacritics and case in every group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchScopeTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        // 40 short-named matches under the Sở (outside a Phòng specialist's scope), one longer-named under the Phòng
        jdbc.sql("""
                insert into org_unit(code, name, kind, valid_from, search_text)
                select 'SRCH-' || g, 'Trường Kiểm Tìm ' || g, 'TRUONG', date '2000-01-01', 'truong kiem tim ' || g
                from generate_series(1, 40) g
                union all
                select 'SRCH-PG', 'Trường Kiểm Tìm thuộc Phòng Phú Giáo, tên dài hơn', 'TRUONG', date '2000-01-01',
                       'truong kiem tim thuoc phong phu giao, ten dai hon'""").update();
        jdbc.sql("""
                insert into org_unit_link(unit_id, parent_id, valid_from)
                select u.id, (select id from org_unit where code = case when u.code = 'SRCH-PG' then 'PGDDT-PG'
                                                                   else 'SGDDT-BD' end), date '2000-01-01'
                from org_unit u where u.code like 'SRCH-%'""").update();
    }

    @AfterEach
    void removeTheUnits() {
        jdbc.sql("delete from org_unit_link where unit_id in (select id from org_unit where code like 'SRCH-%')").update();
        jdbc.sql("delete from org_unit where code like 'SRCH-%'").update();
    }

    @Test
    void aUnitInScopeIsFoundBehindThirtyMatchesOutsideItAndNoneOutsideIsShown() throws Exception {
        String page = search("phong.phugiao", "kiem tim");
        assertThat(page).contains("id=\"results-units\"").contains("Trường Kiểm Tìm thuộc Phòng Phú Giáo")
                .doesNotContain("Trường Kiểm Tìm 1<").doesNotContain("Trường Kiểm Tìm 12<");
        assertThat(search("so.binhduong", "kiem tim")).contains("Trường Kiểm Tìm 1<");
    }

    @Test
    void everyGroupFindsTheSameWithOrWithoutDiacriticsInAnyCase() throws Exception {
        String plan = jdbc.sql("select title from plan where status = 'ISSUED' order by id limit 1").query(String.class).single();
        String words = String.join(" ", java.util.Arrays.stream(plan.split("\\s+")).limit(3).toList());
        for (String who : java.util.List.of("phong.phugiao", "th.phuocsang", "so.binhduong")) {
            for (String q : java.util.List.of("dân vận", "Trường Kiểm Tìm", words)) {
                String results = results(search(who, q));
                if (!(who.startsWith("th.") && q.startsWith("Trường"))) { // a school's scope holds no such unit
                    assertThat(results).as("%s: %s", who, q).isNotEmpty();
                }
                assertThat(results(search(who, fold(q)))).as("%s: %s without diacritics", who, q).isEqualTo(results);
                assertThat(results(search(who, fold(q).toUpperCase()))).as("%s: %s in capitals", who, q).isEqualTo(results);
            }
        }
    }

    private String search(String who, String q) throws Exception {
        return mvc.perform(get("/search").param("q", q).with(user(who))).andReturn().getResponse().getContentAsString();
    }

    /** The result groups of the page (the query echoed in the box and the title differ with the query). */
    private static String results(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<section[^>]*id=\"results-.*?</section>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group());
        }
        return out.toString();
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }
}
