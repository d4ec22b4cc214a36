package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.plans.PlanContent;
import vn.gandan.plans.PlanIssued;
import vn.gandan.plans.PlanKind;

/**
 * Defect 12 of issue 12: a plan's one-off report ("báo cáo … vào ngày 25/10/2022 qua email", period OTHER, seed 001)
 * is a reporting obligation like a regime's: a due date, the issuer as receiver, the channel; it shows in the
 * deadline API's answer, the drafts' due dates, the reminders' list and the supervision dashboard's late reports.
 */
@SpringBootTest
@ActiveProfiles("test")
class OneOffReportTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UnitAdmin admin;
    @Autowired
    UnitService units;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    ReportService reports;
    @Autowired
    ReportDeadlines deadlines;
    @Autowired
    SubtreeDeadlines subtree;
    @Autowired
    RegimeStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSeedsOneOffReportOnADateIsAPeriodOfItsOwn_defect12() {
        ReportPeriod p = ReportPeriod.parse("2022-D1025");
        assertThat(p.cutOffEnd()).isEqualTo(LocalDate.of(2022, 10, 24));
        assertThat(PeriodType.of("2022-D1025")).containsExactly(PeriodType.ONE_OFF);
        assertThat(ReportPeriod.oneOffCode(LocalDate.of(2022, 10, 25))).isEqualTo("2022-D1025");
        assertThat(ReportDocument.periodLabel("2022-D1025")).isEqualTo("(báo cáo ngày 25/10/2022)");
        assertThat(p.withPrevious(4)).containsExactly("2022-D1025");
    }

    @Test
    void aPlansOneOffReportIsAnObligationWithDueDateReceiverAndChannel_defect12() throws Exception {
        LocalDate today = units.today();
        LocalDate past = calendar.subtractWorkingDays(today, 5, null);
        LocalDate soon = calendar.addWorkingDays(today, 10, null);
        long phong = unit("OO-PHONG", UnitKind.PHONG_GDDT, null);
        long school = unit("OO-TRUONG", UnitKind.TRUONG, phong);
        long sent = unit("OO-SENT", UnitKind.TRUONG, phong);
        issue(phong, past.getYear(), List.of(
                new PlanContent.ReportDeadline("OTHER", past, "Phòng GD&ĐT", "qua email lehongphuc1975@gmail.com"),
                new PlanContent.ReportDeadline("OTHER", soon, null, null)));
        String pastCode = ReportPeriod.oneOffCode(past);
        String soonCode = ReportPeriod.oneOffCode(soon);
        ReportingRegime r = regimeOf(phong);
        assertThat(r.periods()).extracting(ReportingRegime.PeriodRule::type).containsExactly(PeriodType.ONE_OFF);
        assertThat(r.deadlines()).filteredOn(d -> d.period().equals(pastCode)).singleElement()
                .satisfies(d -> assertThat(d.channel()).isEqualTo("qua email lehongphuc1975@gmail.com"));

        ReportDeadlines.UnitDeadline due = deadlines.forUnit(school, "DVCQ", pastCode);
        assertThat(due.due()).isEqualTo(past);
        assertThat(due.receiverUnitId()).isEqualTo(phong);
        assertThat(reports.createDraft(sent, "DVCQ", soonCode, Map.of(), Map.of()).dueDate()).isEqualTo(soon);
        jdbc.sql("update report_submission set status = 'SUBMITTED', submitted_at = now(), on_time = true where unit_id = :u")
                .param("u", sent).update();
        assertThat(reports.periodsOf("DVCQ", soon.getYear())).contains(soonCode);

        assertThat(deadlines.missingDue(today, today.plusDays(60))).as("the reminders' list")
                .contains(new ReportDeadlines.DueReport("DVCQ", soonCode, school, soon))
                .noneMatch(d -> d.unitId() == sent && d.period().equals(soonCode));
        assertThat(subtree.missingDue(phong, today.minusYears(1), today.minusDays(1)).get(school))
                .as("the dashboard's late reports").contains(new ReportDeadlines.DueReport("DVCQ", pastCode, school, past));

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        long draft = reports.createDraft(school, "DVCQ", pastCode, Map.of(), Map.of()).id();
        mvc.perform(get("/reports/submissions/" + draft).with(user("admin").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("qua email lehongphuc1975@gmail.com")));
        mvc.perform(get("/reports").param("unitId", "" + phong).param("period", pastCode).with(user("admin").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + pastCode + "\">")));
    }

    private void issue(long issuer, int year, List<PlanContent.ReportDeadline> deadlines) {
        long planId = 950_000 + SEQ.incrementAndGet();
        tx.executeWithoutResult(s -> events.publishEvent(new PlanIssued(planId, PlanKind.CONG_VAN, List.of(issuer),
                "12/PGDĐT-VP", "V/v triển khai Kế hoạch công tác dân vận chính quyền năm " + year,
                LocalDate.of(year, 1, 10), new PlanContent.Period("YEAR", String.valueOf(year)), null, deadlines)));
    }

    /** Plan events are handled after commit, possibly on another thread: wait for the regime. */
    private ReportingRegime regimeOf(long receiver) {
        long until = System.currentTimeMillis() + 90_000; // async after commit: generous on a loaded machine (returns as soon as ready)
        while (System.currentTimeMillis() < until) {
            List<Long> ids = jdbc.sql("select id from report_regime where receiver_unit_id = :u").param("u", receiver)
                    .query(Long.class).list();
            if (!ids.isEmpty() && store.find(ids.get(0)).orElseThrow().deadlines().size() >= 2) {
                return store.find(ids.get(0)).orElseThrow();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no regime for unit " + receiver);
    }

    private long unit(String prefix, UnitKind kind, Long parent) {
        return admin.create(new UnitAdmin.NewUnit(prefix + "-" + SEQ.incrementAndGet(), prefix, null, kind, null, null,
                parent, LocalDate.of(2020, 1, 1))).id();
    }
}
