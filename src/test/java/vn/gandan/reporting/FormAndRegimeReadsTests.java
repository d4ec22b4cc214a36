package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 14, session 14: a form (five statements before) and regimes (a list of ids and six statements before) are
 * read in one statement each. Every form and every regime of the database read the new way equals the old reads
 * (kept here as they were); with a regime given every part (reporters, periods, several deadlines with nulls, plans,
 * co-receivers). Nothing is kept between requests: a form changed by plain SQL, as another node would, shows at the
 * next request.
 */
@SpringBootTest
@ActiveProfiles("test")
class FormAndRegimeReadsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormCatalog forms;
    @Autowired
    RegimeStore regimes;
    @Autowired
    WebApplicationContext context;
    @Autowired
    java.time.Clock clock;

    @Test
    void everyFormReadInOneStatementEqualsTheFiveFormerReads() {
        List<Long> ids = jdbc.sql("select id from report_form order by id").query(Long.class).list();
        assertThat(ids).isNotEmpty();
        for (long id : ids) {
            FormDef read = forms.byId(id);
            assertThat(read).isEqualTo(oldForm(id));
            assertThat(forms.byCode(read.code())).isEqualTo(read);
        }
    }

    @Test
    void everyRegimeReadInOneStatementEqualsTheSixFormerReads() {
        long form = jdbc.sql("select id from report_form where code = 'DVCQ'").query(Long.class).single();
        long full = jdbc.sql("""
                        insert into report_regime(name, form_id, form_version, receiver_unit_id, valid_from, valid_to, source_plan_id)
                        values ('Chế độ đủ phần', :f, 1, (select id from org_unit where code = 'PGDDT-PG'), date '2001-01-01',
                                date '2001-12-31', (select min(id) from plan)) returning id""")
                .param("f", form).query(Long.class).single();
        jdbc.sql("insert into report_regime_reporter(regime_id, unit_kind) values (:r, 'TRUONG'), (:r, 'PHONG_GDDT')")
                .param("r", full).update();
        jdbc.sql("insert into report_regime_period(regime_id, period_type, cut_off_day) values (:r, 'ANNUAL', 14), (:r, 'SIX_MONTH', 10)")
                .param("r", full).update();
        jdbc.sql("""
                insert into report_regime_deadline(regime_id, unit_kind, period, working_days_after, due_date, cut_off_end,
                                                   lock_working_days, channel)
                values (:r, 'TRUONG', '2001-S1', null, date '2001-06-20', date '2001-06-10', 5, 'qua email'),
                       (:r, 'TRUONG', '', 3, null, null, 0, null), (:r, 'PHONG_GDDT', '', 5, null, null, 2, null)""")
                .param("r", full).update();
        jdbc.sql("insert into report_regime_plan(regime_id, plan_id) select :r, id from plan order by id limit 2")
                .param("r", full).update();
        jdbc.sql("insert into report_regime_receiver(regime_id, unit_id) select :r, id from org_unit where code in ('SGDDT-BD', 'TH-PS')")
                .param("r", full).update();
        List<Long> ids = jdbc.sql("select id from report_regime order by receiver_unit_id nulls first, name, id")
                .query(Long.class).list();
        assertThat(regimes.all()).isEqualTo(oldRegimes(ids));
        assertThat(regimes.find(full)).contains(oldRegimes(List.of(full)).get(0));
        assertThat(regimes.find(full).orElseThrow().deadlines()).hasSize(3);
        assertThat(regimes.ofForm(form)).isEqualTo(oldRegimes(ids.stream().sorted().filter(id -> jdbc.sql(
                "select form_id from report_regime where id = :i").param("i", id).query(Long.class).single() == form).toList()));
    }

    @Test
    void aFormChangedByPlainSqlAsAnotherNodeWouldShowsAtTheNextRequest() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String name = jdbc.sql("select i.name from report_indicator i join report_form f on f.id = i.form_id"
                + " where f.code = 'DVCQ' and i.code = 'DIALOGUES_HELD'").query(String.class).single();
        String year = String.valueOf(LocalDate.now(clock).getYear());
        assertThat(page(mvc, year)).contains(name);
        try {
            jdbc.sql("update report_indicator set name = 'Số cuộc đối thoại (đổi ở nút khác)' where code = 'DIALOGUES_HELD'"
                    + " and form_id = (select id from report_form where code = 'DVCQ')").update();
            assertThat(page(mvc, year)).contains("Số cuộc đối thoại (đổi ở nút khác)");
        } finally {
            jdbc.sql("update report_indicator set name = :n where code = 'DIALOGUES_HELD'"
                    + " and form_id = (select id from report_form where code = 'DVCQ')").param("n", name).update();
        }
        assertThat(page(mvc, year)).contains(name).doesNotContain("đổi ở nút khác");
    }

    private static String page(org.springframework.test.web.servlet.MockMvc mvc, String year) throws Exception {
        return mvc.perform(get("/reports").param("period", year).with(user("ld.phugiao"))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The form as FormCatalog read it before session 14: the row, then indicators, sections and rules. */
    private FormDef oldForm(long id) {
        List<FormDef.Indicator> indicators = jdbc.sql("""
                        select code, name, unit_label, aggregation, fractional from report_indicator
                        where form_id = :f and removed_in is null order by position""")
                .param("f", id).query((rs, i) -> new FormDef.Indicator(rs.getString(1), rs.getString(2), rs.getString(3),
                        FormDef.Aggregation.valueOf(rs.getString(4)), rs.getBoolean(5))).list();
        List<FormDef.Section> sections = jdbc.sql("select code, heading from report_section where form_id = :f"
                        + " and removed_in is null order by position")
                .param("f", id).query((rs, i) -> new FormDef.Section(rs.getString(1), rs.getString(2))).list();
        List<FormDef.Rule> rules = jdbc.sql("select id, left_code, operator, right_code from report_rule where form_id = :f order by id")
                .param("f", id).query((rs, i) -> new FormDef.Rule(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
        return jdbc.sql("select id, code, name, version, owner_unit_id from report_form where id = :id").param("id", id)
                .query((rs, i) -> new FormDef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, Long.class), indicators, sections, rules)).single();
    }

    /** The regimes as RegimeStore loaded them before session 14 (each part table read on its own). */
    private List<ReportingRegime> oldRegimes(List<Long> ids) {
        Map<Long, List<String>> reporters = parts("select regime_id, unit_kind from report_regime_reporter"
                + " where regime_id in (:ids) order by unit_kind", ids, rs -> rs.getString(2));
        Map<Long, List<ReportingRegime.PeriodRule>> periods = parts("select regime_id, period_type, cut_off_day from"
                + " report_regime_period where regime_id in (:ids) order by period_type", ids,
                rs -> new ReportingRegime.PeriodRule(PeriodType.valueOf(rs.getString(2)), rs.getInt(3)));
        Map<Long, List<ReportingRegime.Deadline>> deadlines = parts("""
                        select regime_id, unit_kind, period, working_days_after, due_date, cut_off_end, lock_working_days, channel
                        from report_regime_deadline where regime_id in (:ids)
                        order by period, coalesce(working_days_after, 0), due_date, unit_kind""", ids,
                rs -> new ReportingRegime.Deadline(rs.getString(2), rs.getString(3), rs.getObject(4, Integer.class),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8)));
        Map<Long, List<Long>> plans = parts("select regime_id, plan_id from report_regime_plan where regime_id in (:ids)"
                + " order by plan_id", ids, rs -> rs.getLong(2));
        Map<Long, List<Long>> co = parts("select regime_id, unit_id from report_regime_receiver where regime_id in (:ids)"
                + " order by unit_id", ids, rs -> rs.getLong(2));
        Map<Long, ReportingRegime> byId = new HashMap<>();
        jdbc.sql("""
                        select r.id, r.name, f.code, r.form_version, r.receiver_unit_id, r.valid_from, r.valid_to, r.source_plan_id
                        from report_regime r join report_form f on f.id = r.form_id where r.id in (:ids)""")
                .param("ids", ids).query((rs, i) -> {
                    long id = rs.getLong(1);
                    return new ReportingRegime(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, Long.class),
                            reporters.getOrDefault(id, List.of()), periods.getOrDefault(id, List.of()),
                            deadlines.getOrDefault(id, List.of()), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, Long.class), plans.getOrDefault(id, List.of()),
                            co.getOrDefault(id, List.of()));
                }).list().forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).toList();
    }

    private interface Part<T> {
        T map(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private <T> Map<Long, List<T>> parts(String sql, List<Long> ids, Part<T> part) {
        Map<Long, List<T>> out = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(part.map(rs));
        });
        return out;
    }
}
