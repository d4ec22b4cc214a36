package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;

/**
 * Issue 14, item 5 (session 14): the menu and the static files' links (session 15: and the bar's fixed pieces) are
 * rendered once per distinct input and kept
 * ({@link LayoutMarkup}). A page served from the kept markup equals the same page rendered afresh, for three roles,
 * both languages and pages that mark different menu entries; the key separates locale and current page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LayoutMarkupTests {

    /** The layout's search form (a page's own search form has other classes). */
    private static final String SEARCH_FORM = "<form class=\"d-flex my-2 my-lg-0 me-lg-2 d-print-none\" role=\"search\"";

    @LocalServerPort
    int port;
    @Autowired
    LayoutMarkup markup;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageFromTheKeptMarkupEqualsThePageRenderedAfresh() {
        long plan = jdbc.sql("select min(id) from plan where status = 'ISSUED'").query(Long.class).single();
        for (String user : List.of("so.binhduong", "phong.phugiao", "th.phuocsang")) {
            PageClient c = PageClient.signIn(port, user);
            for (String lang : List.of("vi", "en")) {
                c.get("/?lang=" + lang);
                for (String page : List.of("/", "/plans", "/plans/" + plan, "/petitions", "/notifications", "/no-such-page")) {
                    markup.clear();
                    String fresh = body(c, page);
                    // the menu, the static links (and the home page's quick links); the bar's five pieces (session 15),
                    // but the search form on the error page (rendered without the interceptors: signed in or not, it
                    // showed no search form before either)
                    int rendered = markup.size();
                    assertThat(rendered).as(page).isEqualTo((page.equals("/") ? 3 : 2) + LayoutMarkup.PIECES.size()
                            - (page.equals("/no-such-page") ? 1 : 0));
                    assertThat(fresh.contains(SEARCH_FORM)).as(page).isEqualTo(!page.equals("/no-such-page"));
                    assertThat(body(c, page)).as(user + " " + lang + " " + page).isEqualTo(fresh);
                    assertThat(markup.size()).as("taken from the store: " + page).isEqualTo(rendered);
                }
            }
        }
    }

    @Test
    void aPublicPageFromTheKeptMarkupEqualsThePageRenderedAfreshWithoutTheSearchForm() {
        PageClient bare = PageClient.bare(port);
        for (String lang : List.of("vi", "en")) {
            bare.get("/public/petitions?lang=" + lang);
            markup.clear();
            String fresh = body(bare, "/public/exemplars");
            int rendered = markup.size(); // the (empty) menu, the static links, the bar's pieces but the search form
            assertThat(rendered).isEqualTo(2 + LayoutMarkup.PIECES.size() - 1);
            assertThat(fresh).doesNotContain(SEARCH_FORM);
            assertThat(body(bare, "/public/exemplars")).as(lang).isEqualTo(fresh);
            assertThat(markup.size()).isEqualTo(rendered);
        }
    }

    @Test
    void theBarsPiecesFollowTheLocale() {
        PageClient c = PageClient.signIn(port, "phong.phugiao");
        c.get("/?lang=vi");
        String vi = body(c, "/plans");
        c.get("/?lang=en");
        String en = body(c, "/plans");
        assertThat(vi).contains("href=\"?lang=en\"").contains(SEARCH_FORM);
        assertThat(en).contains("href=\"?lang=vi\"").contains(SEARCH_FORM);
        assertThat(bar(en)).isNotEqualTo(bar(vi));
    }

    /** Switching the language keeps the page's own query (a search's words, a list's filters); only {@code lang} changes. */
    @Test
    void theOtherLanguageLinkKeepsThePagesQuery() {
        PageClient c = PageClient.signIn(port, "phong.phugiao");
        c.get("/?lang=vi");
        String search = body(c, "/search?q=phuoc%20sang&lang=vi");
        assertThat(search).contains("href=\"?q=phuoc%20sang&amp;lang=en\"").doesNotContain("lang=vi&amp;lang=en");
        assertThat(body(c, "/plans?kind=KE_HOACH&q=%3Cb%3E")).contains("href=\"?kind=KE_HOACH&amp;q=%3Cb%3E&amp;lang=en\"");
        assertThat(body(c, "/plans")).contains("href=\"?lang=en\"");
        assertThat(LayoutMarkup.queryWithoutLang("lang=en&q=a&&lang=vi&page=2")).isEqualTo("q=a&page=2");
    }

    @Test
    void onlyTheBarsPiecesAreRendered() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> markup.piece("main", java.util.Locale.ENGLISH));
    }

    private static String bar(String page) {
        return page.substring(page.indexOf("<body"), page.indexOf("<div class=\"collapse"));
    }

    @Test
    void theMenuFollowsTheLocaleAndMarksTheCurrentPage() {
        PageClient c = PageClient.signIn(port, "phong.phugiao");
        c.get("/?lang=vi");
        String plansVi = body(c, "/plans");
        String homeVi = body(c, "/");
        c.get("/?lang=en");
        String plansEn = body(c, "/plans");
        assertThat(plansVi).contains("class=\"nav-link active\" href=\"/plans\" aria-current=\"page\"");
        assertThat(homeVi).doesNotContain("href=\"/plans\" aria-current=\"page\"");
        assertThat(menu(plansEn)).isNotEqualTo(menu(plansVi));
        assertThat(plansVi).contains("<script defer src=\"/js/app.js?v=");
    }

    private static String menu(String page) {
        return page.substring(page.indexOf("<ul class=\"navbar-nav me-auto\">"), page.indexOf("role=\"search\""));
    }

    private static String body(PageClient c, String page) {
        return c.get(page).body().replaceAll("(name=\"_csrf\"[^>]*(?:value|content)=\")[^\"]+", "$1-");
    }
}
