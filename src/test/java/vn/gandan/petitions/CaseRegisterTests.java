package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 14, national scale: the case register shows one page of 50 cases with the count of all (it showed up to 1,000
 * rows, opening each identity) and filters its views in SQL. Every page in turn is the whole register the old reads
 * gave, in the same order, and each view is exactly {@link CaseDue}'s rule (and "mine" the handler) — with 70 more
 * cases of every status, so the views span more than one page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseRegisterTests {

    private static final Pattern ROW = Pattern.compile("class=\"fw-semibold\" href=\"/petitions/(\\d+)\"");

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PetitionReads reads;
    @Autowired
    Clock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        LocalDate today = LocalDate.now(clock);
        // statuses in turn; received on 0..23 days ago (three a day: the id breaks ties); intake and resolution due
        // from 10 days ago to 9 days ahead, so overdue and due-soon cases of every waiting kind exist
        jdbc.sql("""
                insert into petition(code, register_no, unit_id, kind, kinds, status, channel, received_on, content,
                                     content_fold, intake_due, accepted_on, resolution_due, handler)
                select 'REGISTER-TEST-' || g, 90000 + g, u.id, 'KIEN_NGHI', 'KIEN_NGHI',
                       (array['RECEIVED','ACCEPTED','VERIFYING','DIALOGUE','SUSPENDED','RESOLVED','CLOSED'])[g % 7 + 1],
                       'TRUC_TIEP', :today - g / 3, 'Kiến nghị sổ thử ' || g, 'kien nghi so thu ' || g,
                       :today + (g % 20) - 10, :today - g / 3, :today + (g % 19) - 10,
                       case g % 4 when 0 then 'th.phuocsang' when 1 then 'ld.phugiao' end
                from generate_series(1, 70) g, org_unit u where u.code = 'TH-PS'""")
                .param("today", today).update();
    }

    @AfterEach
    void removeTheCases() {
        jdbc.sql("delete from petition where code like 'REGISTER-TEST-%'").update();
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyPageInTurnIsTheWholeRegisterNewestFirstAndEachViewIsTheDeadlineRule() throws Exception {
        for (String who : List.of("th.phuocsang", "ld.phugiao")) {
            assertView(who, "all", "", (p, day) -> true);
            assertView(who, "overdue", "", CaseDue::overdue);
            assertView(who, "dueSoon", "", CaseDue::dueSoon);
            assertView(who, "mine", "", (p, day) -> who.equals(p.handler()));
            assertView(who, "all", "&q=so%20thu%201", (p, day) -> true);
            assertView(who, "overdue", "&status=RECEIVED", CaseDue::overdue);
        }
    }

    @Test
    void aPageShowsFiftyCasesWithTheCountAPageOutOfRangeShowsTheLastAndASiblingsRegisterIsNotFound() throws Exception {
        String first = page("th.phuocsang", "/petitions?page=1");
        long total = jdbc.sql("select count(*) from petition p join org_unit u on u.id = p.unit_id where u.code = 'TH-PS'")
                .query(Long.class).single();
        assertThat(ids(first)).hasSize(CaseRegister.PAGE_SIZE);
        assertThat(first).contains("Đơn 1–50 trong số " + total).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        long last = (total + CaseRegister.PAGE_SIZE - 1) / CaseRegister.PAGE_SIZE;
        String beyond = page("th.phuocsang", "/petitions?page=999");
        assertThat(beyond).contains("Trang " + last + "/" + last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(ids(beyond)).hasSize((int) (total - (last - 1) * CaseRegister.PAGE_SIZE));
        long sibling = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        mvc.perform(get("/petitions?unitId=" + sibling).with(user("th.phuocsang")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void aHugeOrNegativePageNumberShowsTheLastOrTheFirstPageAndTextIsRefusedWithFourHundred() throws Exception {
        long total = jdbc.sql("select count(*) from petition p join org_unit u on u.id = p.unit_id where u.code = 'TH-PS'")
                .query(Long.class).single();
        long last = (total + CaseRegister.PAGE_SIZE - 1) / CaseRegister.PAGE_SIZE;
        // (page - 1) * 50 overflowed an int into a negative OFFSET: PostgreSQL refused it and the page answered 500
        assertThat(page("th.phuocsang", "/petitions?page=2147483647")).contains("Trang " + last + "/" + last);
        assertThat(page("th.phuocsang", "/petitions?page=-5")).contains("Trang 1/" + last);
        mvc.perform(get("/petitions?page=abc").with(user("th.phuocsang")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
    }

    /** The pages in turn against the old reads filtered in Java, on one day (again if the day turned meanwhile). */
    private void assertView(String who, String view, String filters, BiPredicate<PetitionView, LocalDate> rule)
            throws Exception {
        List<Long> shown;
        List<Long> expected;
        LocalDate day;
        do {
            day = LocalDate.now(clock);
            shown = shown(who, "/petitions?view=" + view + filters);
            LocalDate on = day;
            expected = oldReads(who, filters).stream().filter(p -> rule.test(p, on)).map(PetitionView::id).toList();
        } while (!day.equals(LocalDate.now(clock)));
        assertThat(shown).as("%s, view %s%s", who, view, filters).isEqualTo(expected);
        assertThat(expected).as("%s, view %s%s: not empty", who, view, filters).isNotEmpty();
    }

    private List<Long> shown(String who, String path) throws Exception {
        List<Long> shown = new ArrayList<>();
        for (int n = 1; ; n++) {
            String html = page(who, path + "&page=" + n);
            shown.addAll(ids(html));
            if (!html.contains("rel=\"next\"")) {
                return shown;
            }
        }
    }

    private List<PetitionView> oldReads(String who, String filters) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null,
                AuthorityUtils.createAuthorityList("ROLE_LEADER")));
        try {
            String status = filters.contains("status=") ? filters.substring(filters.indexOf("status=") + 7) : null;
            String q = filters.contains("q=") ? java.net.URLDecoder.decode(filters.substring(filters.indexOf("q=") + 2),
                    java.nio.charset.StandardCharsets.UTF_8) : null;
            return reads.list(null, status, null, q);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String page(String who, String path) throws Exception {
        // a URI, not a template: the query's escapes are sent as written (a template would escape the % again)
        return mvc.perform(get(java.net.URI.create(path)).with(user(who))).andReturn().getResponse().getContentAsString();
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
