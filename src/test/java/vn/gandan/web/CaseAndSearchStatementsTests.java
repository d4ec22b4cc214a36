package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.PageClient;

/**
 * Issue 14, national scale (session 13): the case register and search cost the same statements whatever the number of
 * cases in scope and of units matching the query — 120 more cases in a school (the register read and opened up to
 * 1,000 of them; it now shows a page of 50) and 40 more matching units under the Sở (search checked each of the
 * country's first 30 matches one by one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementCounter.class)
class CaseAndSearchStatementsTests {

    /** The counter is global: a statement of a background job during the request counts too. */
    static final int NOISE = 3;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheRows() {
        jdbc.sql("delete from petition where code like 'STMT-TEST-%'").update();
        jdbc.sql("delete from org_unit_link where unit_id in (select id from org_unit where code like 'STMT-%')").update();
        jdbc.sql("delete from org_unit where code like 'STMT-%'").update();
    }

    @Test
    void registerAndSearchCostTheSameWithMoreCasesAndMoreMatchingUnits() {
        PageClient so = PageClient.signIn(port, "so.binhduong");
        PageClient school = PageClient.signIn(port, "th.phuocsang");
        Map<String, Supplier<HttpResponse<String>>> pages = new LinkedHashMap<>();
        pages.put("register, Sở", () -> so.get("/petitions"));
        pages.put("register, school", () -> school.get("/petitions"));
        pages.put("search, Sở", () -> so.get("/search?q=d%C3%A2n+v%E1%BA%ADn"));
        pages.put("search, school", () -> school.get("/search?q=d%C3%A2n+v%E1%BA%ADn"));
        Map<String, Long> before = new LinkedHashMap<>();
        pages.forEach((page, request) -> before.put(page, statements(request)));
        jdbc.sql("""
                insert into petition(code, register_no, unit_id, kind, kinds, status, channel, received_on, content,
                                     content_fold, intake_due)
                select 'STMT-TEST-' || g, 80000 + g, u.id, 'PHAN_ANH', 'PHAN_ANH', 'CLOSED', 'TRUC_TIEP',
                       date '2001-01-01' + g, 'Phản ánh dân vận thử ' || g, 'phan anh dan van thu ' || g, date '2001-02-01' + g
                from generate_series(1, 120) g, org_unit u where u.code = 'TH-PS'""").update();
        jdbc.sql("""
                insert into org_unit(code, name, kind, valid_from, search_text)
                select 'STMT-' || g, 'Trường Dân Vận ' || g, 'TRUONG', date '2000-01-01', 'truong dan van ' || g
                from generate_series(1, 40) g""").update();
        jdbc.sql("""
                insert into org_unit_link(unit_id, parent_id, valid_from)
                select id, (select id from org_unit where code = 'SGDDT-BD'), date '2000-01-01'
                from org_unit where code like 'STMT-%'""").update();
        pages.forEach((page, request) -> assertThat(statements(request))
                .as("%s with 120 more cases and 40 more matching units (before: %d)", page, before.get(page))
                .isLessThanOrEqualTo(before.get(page) + NOISE));
        assertThat(school.get("/petitions").body().split("class=\"list-group-item petition-row\"", -1))
                .hasSize(50 + 1);
    }

    private long statements(Supplier<HttpResponse<String>> request) {
        assertThat(request.get().statusCode()).isEqualTo(200);
        long before = StatementCounter.EXECUTED.get();
        assertThat(request.get().statusCode()).isEqualTo(200);
        return StatementCounter.EXECUTED.get() - before;
    }
}
