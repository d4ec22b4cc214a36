package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;

/**
 * Issue 14, session 14: {@code /reports} for a unit with 300 children (a Phòng of a national database) shows them
 * 50 to a page with every status counted, in the statements a unit with 12 children costs; walking the pages gives
 * exactly the consolidated view's children with their statuses, in its order (what the page listed in one table
 * before); the status filter, out-of-range pages and an out-of-scope unit behave as the case register's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementCounter.class)
class ReportMatrixPagingTests {

    private static final Pattern ROW = Pattern.compile("<td><a href=\"/reports\\?unitId=(\\d+)&amp;period=[^\"]*\">([^<]*)</a></td>"
            + "\\s*<td>\\s*(?:<a href=\"/reports/submissions/\\d+\" class=\"badge text-decoration-none status-(\\w+)\">([^<]*)</a>"
            + "|<span class=\"badge status-(MISSING)\">([^<]*)</span>)\\s*(<span class=\"badge text-bg-warning\">)?");
    private static final Map<String, String> LABELS = Map.of("MISSING", "Chưa gửi", "DRAFT", "Đang soạn",
            "SUBMITTED", "Đã gửi", "ACCEPTED", "Đã tiếp nhận", "RETURNED", "Bị trả lại");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    record Line(long unitId, String name, String status, boolean late) {
    }

    @Test
    void threeHundredChildrenAreShownFiftyToAPageWithEveryStatusCountedInConstantStatements() {
        PageClient so = PageClient.signIn(port, "so.binhduong");
        String year = String.valueOf(LocalDate.now(clock).getYear());
        long big = bigPhong(12);
        String view = "/reports?unitId=" + big + "&period=" + year + "&formCode=DVCQ";
        long before = statements(() -> so.get(view));
        addSchools(big, 288);
        addReports(big, year);
        assertThat(statements(() -> so.get(view))).as("/reports of 300 children (12 children: %d)", before)
                .isLessThanOrEqualTo(before + ListStatementsTests.NOISE);

        List<Line> expected = consolidated(big, year);
        assertThat(expected).hasSize(300);
        List<Line> shown = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            String html = so.get(view + "&page=" + page).body();
            List<Line> lines = lines(html);
            assertThat(lines).as("page %d", page).hasSize(50);
            assertThat(html).contains("Đơn vị " + ((page - 1) * 50 + 1) + "–" + page * 50 + " trong số 300")
                    .contains("Trang " + page + "/6");
            shown.addAll(lines);
        }
        assertThat(shown).isEqualTo(expected);
        String first = so.get(view).body();
        for (String status : LABELS.keySet()) {
            long n = expected.stream().filter(l -> l.status().equals(status)).count();
            if (n > 0) {
                assertThat(first).contains(LABELS.get(status) + ": " + n);
            }
        }
    }

    @Test
    void theStatusFilterShowsOneKindOfChildAndPagesOutOfRangeShowTheEnds() {
        PageClient so = PageClient.signIn(port, "so.binhduong");
        String year = String.valueOf(LocalDate.now(clock).getYear());
        long big = bigPhong(120);
        addReports(big, year);
        String view = "/reports?unitId=" + big + "&period=" + year + "&formCode=DVCQ";
        List<Line> expected = consolidated(big, year);
        List<Line> missing = lines(so.get(view + "&status=MISSING").body());
        assertThat(missing).isNotEmpty().allMatch(l -> l.status().equals("MISSING"))
                .isEqualTo(expected.stream().filter(l -> l.status().equals("MISSING")).limit(50).toList());
        assertThat(lines(so.get(view + "&status=SUBMITTED").body()))
                .isEqualTo(expected.stream().filter(l -> l.status().equals("SUBMITTED")).toList());
        assertThat(lines(so.get(view + "&status=nonsense").body())).isEqualTo(expected.subList(0, 50));
        assertThat(lines(so.get(view + "&page=-4").body())).isEqualTo(expected.subList(0, 50));
        assertThat(lines(so.get(view + "&page=99999999999").body())).isEqualTo(expected.subList(100, 120));
        assertThat(so.get(view + "&page=abc").statusCode()).isEqualTo(400);
        assertThat(PageClient.signIn(port, "th.anlinh").get(view + "&page=2").statusCode()).isEqualTo(404);
    }

    private static List<Line> lines(String html) {
        List<Line> out = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            String status = m.group(3) != null ? m.group(3) : m.group(5);
            String label = m.group(4) != null ? m.group(4) : m.group(6);
            assertThat(label).as("label of %s", status).isEqualTo(LABELS.get(status));
            out.add(new Line(Long.parseLong(m.group(1)), m.group(2), status, m.group(7) != null));
        }
        return out;
    }

    private List<Line> consolidated(long unit, String period) {
        HttpResponse<String> r = new ApiClient(port).as("so.binhduong")
                .get("/api/v1/reports/consolidated?unitId=" + unit + "&formCode=DVCQ&period=" + period);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<Line> out = new ArrayList<>();
        for (JsonNode c : JsonMapper.builder().build().readTree(r.body()).get("children")) {
            JsonNode onTime = c.get("onTime");
            out.add(new Line(c.get("unitId").asLong(), c.get("unitName").asString(), c.get("status").asString(),
                    onTime != null && !onTime.isNull() && !onTime.asBoolean()));
        }
        return out;
    }

    /** A new Phòng under the Sở with {@code schools} schools (codes unique to the call). */
    private long bigPhong(int schools) {
        String code = "RMP-" + System.nanoTime();
        long id = jdbc.sql("""
                        insert into org_unit(code, name, kind, valid_from, search_text)
                        values (:c, 'Phòng thử nhiều trường', 'PHONG_GDDT', date '2000-01-01', 'phong thu nhieu truong') returning id""")
                .param("c", code).query(Long.class).single();
        jdbc.sql("insert into org_unit_link(unit_id, parent_id, valid_from) values (:u, :p, date '2000-01-01')")
                .param("u", id).param("p", unit("SGDDT-BD")).update();
        addSchools(id, schools);
        return id;
    }

    private void addSchools(long phong, int n) {
        String prefix = "RMS-" + System.nanoTime() + "-";
        jdbc.sql("""
                        insert into org_unit(code, name, kind, valid_from, search_text)
                        select :x || g, 'Trường thử ' || lpad(g::text, 3, '0') || ' ' || :x, 'TRUONG', date '2000-01-01', 'truong thu'
                        from generate_series(1, :n) g""").param("x", prefix).param("n", n).update();
        jdbc.sql("""
                        insert into org_unit_link(unit_id, parent_id, valid_from)
                        select id, :p, date '2000-01-01' from org_unit where code like :x""")
                .param("p", phong).param("x", prefix + "%").update();
    }

    /** Reports of every status (and some late) for every 3rd, 5th, 7th, 11th child; the rest missing. */
    private void addReports(long phong, String period) {
        jdbc.sql("""
                        insert into report_submission(unit_id, form_id, period, status, due_date, lock_date, submitted_at, on_time)
                        select c.id, f.id, :p, case when c.n % 11 = 0 then 'RETURNED' when c.n % 7 = 0 then 'ACCEPTED'
                                                    when c.n % 5 = 0 then 'DRAFT' else 'SUBMITTED' end,
                               date '2000-01-01', date '2000-01-01', case when c.n % 5 = 0 then null else now() end,
                               case when c.n % 5 = 0 then null else c.n % 2 = 0 end
                        from (select u.id, row_number() over (order by u.id) n from org_unit u
                              join org_unit_link l on l.unit_id = u.id where l.parent_id = :u) c, report_form f
                        where f.code = 'DVCQ' and (c.n % 3 = 0 or c.n % 5 = 0 or c.n % 7 = 0 or c.n % 11 = 0)
                        on conflict do nothing""").param("p", period).param("u", phong).update();
    }

    private long statements(java.util.function.Supplier<HttpResponse<String>> request) {
        assertThat(request.get().statusCode()).isEqualTo(200);
        long before = StatementCounter.EXECUTED.get();
        assertThat(request.get().statusCode()).isEqualTo(200);
        return StatementCounter.EXECUTED.get() - before;
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }
}
