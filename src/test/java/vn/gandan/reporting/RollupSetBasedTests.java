package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * Issue 14: the consolidated figures of several periods (the trend of {@code /reports}) and their maxima come from
 * one grouped query each, and the visible children of a unit from one query: the answers are the ones the former
 * per-period, per-indicator and per-child reads gave (re-implemented here as the reference).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RollupSetBasedTests {

    @Autowired
    Rollup rollup;
    @Autowired
    FormCatalog forms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessService access;
    @Autowired
    UnitService units;

    @Autowired
    SubmissionRepository submissions;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    /**
     * The demo data has no counted MAX figure: two schools of Phòng Phú Giáo submit next year's report with one
     * (321 and 123; their sum would be 444), through the same delta a submission applies.
     */
    @org.junit.jupiter.api.BeforeEach
    void twoSchoolsReportAMaximum() {
        FormDef form = forms.byCode("DVCQ");
        String period = String.valueOf(java.time.LocalDate.now().getYear() + 1);
        String code = maxCode(form);
        for (Object[] school : new Object[][] {{"TH-PS", 321}, {"TH-AL", 123}}) {
            long unit = jdbc.sql("select id from org_unit where code = ?").param(school[0]).query(Long.class).single();
            if (jdbc.sql("select count(*) from report_submission where unit_id = ? and form_id = ? and period = ?")
                    .params(unit, form.id(), period).query(Long.class).single() > 0) {
                continue;
            }
            long id = jdbc.sql("""
                    insert into report_submission(unit_id, form_id, period, status, due_date, lock_date, submitted_at, on_time)
                    values (?, ?, ?, 'SUBMITTED', current_date, current_date, now(), true) returning id""")
                    .params(unit, form.id(), period).query(Long.class).single();
            jdbc.sql("insert into report_value(submission_id, code, value) values (?, ?, ?), (?, 'DIALOGUES_HELD', 2)")
                    .params(id, code, school[1], id).update();
            tx.executeWithoutResult(t -> rollup.add(submissions.findById(id).orElseThrow()));
        }
    }

    private static String maxCode(FormDef form) {
        return form.indicators().stream().filter(i -> i.aggregation() == FormDef.Aggregation.MAX).findFirst()
                .orElseThrow().code();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void groupedTotalsAndMaximaEqualThePerPeriodPerIndicatorReads() {
        FormDef form = forms.byCode("DVCQ");
        List<Long> unitsWithTotals = jdbc.sql("select distinct unit_id from report_rollup where form_id = ?").param(form.id())
                .query(Long.class).list();
        List<String> periods = jdbc.sql("select distinct period from report_rollup where form_id = ? order by 1").param(form.id())
                .query(String.class).list();
        assertThat(unitsWithTotals).isNotEmpty();
        int maxima = 0;
        for (long unit : unitsWithTotals) {
            Map<String, Map<String, BigDecimal>> grouped = rollup.totals(form, unit, periods);
            for (String period : periods) {
                Map<String, BigDecimal> expected = reference(form, unit, period);
                assertThat(grouped.get(period)).as(unit + " " + period).isEqualTo(expected);
                assertThat(rollup.totals(form, unit, period)).isEqualTo(expected);
                maxima += (int) form.indicators().stream().filter(i -> i.aggregation() == FormDef.Aggregation.MAX)
                        .filter(i -> expected.containsKey(i.code()) && expected.get(i.code()).signum() > 0).count();
            }
        }
        assertThat(maxima).as("maxima compared").isPositive();
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        String next = String.valueOf(java.time.LocalDate.now().getYear() + 1);
        assertThat(rollup.totals(form, phong, next).get(maxCode(form))).as("the larger one, not the sum")
                .isEqualByComparingTo("321");
    }

    /** A remembered maximum is read again once a delta reached the unit's totals (a submission or a return). */
    @Test
    void aRememberedMaximumIsReadAgainAfterAChangeUnderTheUnit() {
        FormDef form = forms.byCode("DVCQ");
        String code = maxCode(form);
        Map<String, Object> counted = jdbc.sql("""
                select s.id, s.unit_id, s.period from report_submission s join report_value v on v.submission_id = s.id
                where s.form_id = ? and v.code = ? and not s.consolidated and s.status in ('SUBMITTED', 'ACCEPTED')
                order by s.id limit 1""").params(form.id(), code).query().singleRow();
        long school = ((Number) counted.get("unit_id")).longValue();
        String period = (String) counted.get("period");
        long parent = units.parentId(school, ReportPeriod.parse(period).referenceDate()).orElseThrow();
        BigDecimal before = rollup.totals(form, parent, period).get(code);
        jdbc.sql("update report_value set value = value + 100000 where submission_id = ? and code = ?")
                .params(counted.get("id"), code).update();
        assertThat(rollup.totals(form, parent, period).get(code)).as("no delta yet: remembered").isEqualTo(before);
        jdbc.sql("update report_rollup set changes = changes + 1 where unit_id = ? and form_id = ? and period = ? and code = ?")
                .params(parent, form.id(), period, code).update();
        assertThat(rollup.totals(form, parent, period).get(code)).isGreaterThan(BigDecimal.valueOf(100000))
                .isEqualTo(reference(form, parent, period).get(code));
        jdbc.sql("update report_value set value = value - 100000 where submission_id = ? and code = ?")
                .params(counted.get("id"), code).update();
        jdbc.sql("update report_rollup set changes = changes + 1 where unit_id = ? and form_id = ? and period = ? and code = ?")
                .params(parent, form.id(), period, code).update();
        assertThat(rollup.totals(form, parent, period).get(code)).isEqualTo(before);
    }

    @Test
    void visibleChildrenAreTheChildrenCanSeeAccepts() {
        List<String> callers = List.of("so.binhduong", "ld.phugiao", "phong.phugiao", "th.phuocsang");
        List<Long> parents = jdbc.sql("select id from org_unit where code in ('BGDDT', 'SGDDT-BD', 'PGDDT-PG', 'TH-PS')")
                .query(Long.class).list();
        int compared = 0;
        for (String caller : callers) {
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(caller, null, List.of()));
            for (long parent : parents) {
                List<Long> children = units.children(parent, units.today()).stream().map(UnitView::id).toList();
                assertThat(access.visibleChildren(parent, children)).as(caller + " under " + parent)
                        .containsExactlyElementsOf(children.stream().filter(access::canSee).toList());
                compared += children.size();
            }
        }
        assertThat(compared).isPositive();
    }

    /** The former reads: the kept totals of one period, then one scan of the subtree's reports per MAX indicator. */
    private Map<String, BigDecimal> reference(FormDef form, long unit, String period) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("select code, sum(total), sum(reports), sum(yes_count) from report_rollup where unit_id = ? and form_id = ?"
                        + " and period = ? group by code").params(unit, form.id(), period)
                .query(rs -> {
                    int reports = rs.getInt(3);
                    if (reports > 0) {
                        BigDecimal v = switch (form.aggregation(rs.getString(1))) {
                            case SUM, MAX -> rs.getBigDecimal(2);
                            case AVERAGE -> rs.getBigDecimal(2).divide(BigDecimal.valueOf(reports), 2, java.math.RoundingMode.HALF_UP);
                            case YES_COUNT -> BigDecimal.valueOf(rs.getInt(4));
                        };
                        values.put(rs.getString(1), Figures.plain(v));
                    }
                });
        for (FormDef.Indicator i : form.indicators()) {
            if (i.aggregation() == FormDef.Aggregation.MAX && values.containsKey(i.code())) {
                values.put(i.code(), Figures.plain(jdbc.sql("""
                        select coalesce(max(v.value), 0) from report_value v join report_submission s on s.id = v.submission_id
                        where s.form_id = ? and s.period = ? and v.code = ? and not s.consolidated
                          and s.status in ('SUBMITTED', 'ACCEPTED') and s.unit_id <> ?
                          and s.unit_id in (select unit_id from org_subtree(?, ?))""")
                        .params(form.id(), period, i.code(), unit, unit, ReportPeriod.parse(period).referenceDate())
                        .query(BigDecimal.class).single()));
            }
        }
        return values;
    }
}
