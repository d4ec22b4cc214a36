package vn.gandan.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.PageClient;

/**
 * Issue 14: the main pages, one list for every test and benchmark that walks them (the load simulation's walk: home,
 * plan list, a plan page, task list, report matrix, search, case register; the public pages; the API's consolidated
 * report) — {@code RenderedPagesCapture}, {@code RenderingExceptionsTests}, {@code StatementsPerPageTests},
 * {@code PageCpuBenchmark}. The demo data's issued plan and Sở, and the last half-year ended on the app's day.
 */
record MainPages(long plan, long so, String half) {

    /** The staff accounts the page tests sign in as: a Sở leader, a Phòng specialist, a school head. */
    static final List<String> USERS = List.of("so.binhduong", "phong.phugiao", "th.phuocsang");

    /** The citizens' pages (no session). */
    static final List<String> PUBLIC = List.of("/public/petitions", "/public/exemplars", "/public/units/TH-PS/receptions",
            "/public/units/TH-PS/disclosures");

    /** The search the load simulation asks ("dân vận"). */
    static final String SEARCH = "/search?q=d%C3%A2n+v%E1%BA%ADn";

    /** The account the API's consolidated report is asked as. */
    static final String API_USER = "so.binhduong";

    static MainPages of(JdbcClient jdbc, Clock clock) {
        long plan = jdbc.sql("select min(id) from plan where status = 'ISSUED'").query(Long.class).single();
        long so = jdbc.sql("select id from org_unit where code = 'SGDDT-BD'").query(Long.class).single();
        return new MainPages(plan, so, HalfYears.lastEnded(clock));
    }

    /** A signed-in user's main pages ({@code /work} answers a redirect to the caller's unit's task list). */
    List<String> staff() {
        return List.of("/", "/plans", "/plans/" + plan, "/work", "/reports", "/reports?period=" + half, SEARCH,
                "/petitions");
    }

    /** {@link #staff()} and the other view of two of its lists: the plans of all years, a search that finds numbers. */
    List<String> staffWithVariants() {
        List<String> all = new ArrayList<>(staff());
        all.add(all.indexOf("/plans") + 1, "/plans?year=0");
        all.add(all.indexOf(SEARCH) + 1, "/search?q=2026");
        return List.copyOf(all);
    }

    /** The API's consolidated report of the Sở for the half-year (asked as {@link #API_USER}). */
    String consolidated() {
        return "/api/v1/reports/consolidated?unitId=" + so + "&formCode=DVCQ&period=" + half;
    }

    /** The load simulation's other two API answers: the caller's tasks, the Sở's case register. */
    List<String> otherApi() {
        return List.of("/api/v1/tasks", "/api/v1/petitions?unitId=" + so);
    }

    /** A page's kind in reports: the plan's id, the unit's id and the period left out. */
    static String kind(String page) {
        return page.replaceAll("/plans/\\d+", "/plans/{id}").replaceAll("period=[^&]*", "period=…")
                .replaceAll("unitId=\\d+", "unitId={id}");
    }

    /** The page asked, and the page a redirect answered by it leads to ({@code /work}) asked in its turn. */
    static HttpResponse<String> followed(PageClient c, String page) {
        HttpResponse<String> res = c.get(page);
        if (res.statusCode() != 302) {
            return res;
        }
        URI to = URI.create(res.headers().firstValue("Location").orElseThrow());
        return c.get(to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery()));
    }
}
