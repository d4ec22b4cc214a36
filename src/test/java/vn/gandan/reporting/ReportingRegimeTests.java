package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.plans.PlanContent;
import vn.gandan.plans.PlanIssued;
import vn.gandan.plans.PlanKind;
import vn.gandan.shared.ProblemException;

/** Reporting regimes on real PostgreSQL, each test named after the rule it proves (rules.md §4, E2–E3). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingRegimeTests {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    RegimeService regimes;
    @Autowired
    RegimeStore store;
    @Autowired
    ReportService reports;
    @Autowired
    UnitAdmin units;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String prefix, UnitKind kind, Long parent) {
        return units.create(new UnitAdmin.NewUnit(prefix + "-" + SEQ.incrementAndGet(), prefix, null, kind, null, null,
                parent, FROM)).id();
    }

    private static RegimeCommand.DeadlineInput days(String kind, int days) {
        return new RegimeCommand.DeadlineInput(kind, days, null, null, null);
    }

    private static RegimeCommand.DeadlineInput fixed(String kind, String period, LocalDate due) {
        return new RegimeCommand.DeadlineInput(kind, null, due, period, null);
    }

    private static RegimeCommand regime(long receiver, List<String> kinds, List<RegimeCommand.DeadlineInput> deadlines) {
        return new RegimeCommand("Chế độ báo cáo công tác dân vận", "DVCQ", receiver, kinds,
                List.of(new RegimeCommand.PeriodInput("SIX_MONTH", null), new RegimeCommand.PeriodInput("ANNUAL", 14)),
                deadlines, null, null, null);
    }

    private static ProblemException refused(Runnable r) {
        ProblemException e = catchThrowableOfType(ProblemException.class, r::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.status()).isEqualTo(422);
        return e;
    }

    @Test
    void aDeadlineBeforeTheCutOffIsRefused() {
        long so = unit("CO-SO", UnitKind.SO_GDDT, null);
        // 2031-S1 data is cut off on Saturday 14/6/2031; Monday 16/6 is the first working day after it
        ProblemException onCutOff = refused(() -> regimes.create(regime(so, List.of("TRUONG"),
                List.of(fixed("TRUONG", "2031-S1", LocalDate.of(2031, 6, 14))))));
        assertThat(onCutOff.fieldProblems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("deadlines[0].dueDate");
            assertThat(p.messageKey()).isEqualTo("reporting.regime.deadline.beforeCutOff");
            assertThat(p.args()).containsExactly("14/06/2031");
        });
        ProblemException weekend = refused(() -> regimes.create(regime(so, List.of("TRUONG"),
                List.of(fixed("TRUONG", "2031-S1", LocalDate.of(2031, 6, 15))))));
        assertThat(weekend.fieldProblems()).extracting(p -> p.field()).containsExactly("deadlines[0].dueDate");
        ProblemException zeroDays = refused(() -> regimes.create(regime(so, List.of("TRUONG"), List.of(days("TRUONG", 0)))));
        assertThat(zeroDays.fieldProblems()).extracting(p -> p.messageKey()).containsExactly("reporting.regime.deadline.daysTooFew");

        ReportingRegime ok = regimes.create(regime(so, List.of("TRUONG"),
                List.of(fixed("TRUONG", "2031-S1", LocalDate.of(2031, 6, 16)))));
        assertThat(ok.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.period()).isEqualTo("2031-S1");
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2031, 6, 16));
        });
    }

    @Test
    void aSchoolsDeadlineIsBeforeThePhongs() {
        long so = unit("LV-SO", UnitKind.SO_GDDT, null);
        ProblemException same = refused(() -> regimes.create(regime(so, List.of("TRUONG", "PHONG_GDDT"),
                List.of(days("TRUONG", 4), days("PHONG_GDDT", 4)))));
        assertThat(same.fieldProblems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("deadlines[0].workingDaysAfter");
            assertThat(p.messageKey()).isEqualTo("reporting.regime.deadline.levelOrder");
        });
        refused(() -> regimes.create(regime(so, List.of("TRUONG", "PHONG_GDDT"), List.of(
                fixed("TRUONG", "2031", LocalDate.of(2031, 12, 22)), fixed("PHONG_GDDT", "2031", LocalDate.of(2031, 12, 18))))));

        regimes.create(regime(so, List.of("TRUONG", "PHONG_GDDT"), List.of(days("TRUONG", 3), days("PHONG_GDDT", 7))));
        long phong = unit("LV-PHONG", UnitKind.PHONG_GDDT, so);
        long school = unit("LV-TRUONG", UnitKind.TRUONG, phong);
        SubmissionView schoolDraft = reports.createDraft(school, "DVCQ", "2031", Map.of(), Map.of());
        SubmissionView phongDraft = reports.createDraft(phong, "DVCQ", "2031", Map.of(), Map.of());
        // cut-off Sunday 14/12/2031: 3 working days → Wed 17/12, 7 → Tue 23/12
        assertThat(schoolDraft.dueDate()).isEqualTo(LocalDate.of(2031, 12, 17));
        assertThat(phongDraft.dueDate()).isEqualTo(LocalDate.of(2031, 12, 23));
    }

    @Test
    void expectedReportersFollowTheRegimesUnitKindsAsTheTreeWasInThePeriod() {
        long so = unit("EX-SO", UnitKind.SO_GDDT, null);
        unit("EX-PHONG", UnitKind.PHONG_GDDT, so);
        unit("EX-THPT", UnitKind.TRUONG, so);
        unit("EX-CONGDOAN", UnitKind.CONG_DOAN, so);
        long elsewhere = unit("EX-XA", UnitKind.UBND_XA, null);
        long moved = unit("EX-MOVED", UnitKind.TRUONG, elsewhere);
        units.move(moved, so, LocalDate.of(2031, 7, 1));
        assertThat(reports.consolidated(so, "DVCQ", "2031-S1").expected()).as("form-wide regime: every child").isEqualTo(3);

        regimes.create(regime(so, List.of("TRUONG", "PHONG_GDDT"), List.of(days("TRUONG", 2), days("PHONG_GDDT", 4))));
        ConsolidatedView s1 = reports.consolidated(so, "DVCQ", "2031-S1");
        assertThat(s1.expected()).as("the union is not a reporter; the moved school came in July").isEqualTo(2);
        assertThat(s1.children()).extracting(ConsolidatedView.Child::unitName).containsExactlyInAnyOrder("EX-PHONG", "EX-THPT");
        assertThat(reports.consolidated(so, "DVCQ", "2031").expected()).isEqualTo(3);
        assertThat(reports.consolidated(elsewhere, "DVCQ", "2031-S1").expected()).isEqualTo(1);
        assertThat(reports.consolidated(elsewhere, "DVCQ", "2031").expected()).isZero();
    }

    @Test
    void anIssuedPlansReportDeadlinesCreateARegime() {
        long phong = unit("PL-PHONG", UnitKind.PHONG_GDDT, null);
        long school = unit("PL-TRUONG", UnitKind.TRUONG, phong);
        unit("PL-TRUONG", UnitKind.TRUONG, phong);
        long planId = 900_000 + SEQ.incrementAndGet();
        issue(planId, phong, 2032, List.of(new PlanContent.ReportDeadline("SIX_MONTH", LocalDate.of(2032, 6, 18)),
                new PlanContent.ReportDeadline("ANNUAL", LocalDate.of(2032, 12, 1)),
                new PlanContent.ReportDeadline("OTHER", LocalDate.of(2032, 3, 1))));

        ReportingRegime r = regimeOf(phong);
        assertThat(r.sourcePlanId()).isEqualTo(planId);
        assertThat(r.planIds()).containsExactly(planId);
        assertThat(r.name()).contains("12/KH-PGDĐT").contains("dân vận chính quyền năm 2032");
        assertThat(r.formCode()).isEqualTo("DVCQ");
        assertThat(r.reporterKinds()).containsExactly("TRUONG");
        assertThat(r.periods()).extracting(ReportingRegime.PeriodRule::type)
                .as("defect 12: the one-off report (OTHER) on 1/3/2032 is an obligation too")
                .containsExactlyInAnyOrder(PeriodType.SIX_MONTH, PeriodType.ANNUAL, PeriodType.ONE_OFF);
        assertThat(r.deadlines()).extracting(ReportingRegime.Deadline::period, ReportingRegime.Deadline::dueDate,
                        ReportingRegime.Deadline::cutOffEnd)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("2032-S1", LocalDate.of(2032, 6, 18), null),
                        // 1/12 is before the NĐ 09 cut-off (14/12): the plan's own cut-off is the working day before
                        org.assertj.core.groups.Tuple.tuple("2032", LocalDate.of(2032, 12, 1), LocalDate.of(2032, 11, 30)),
                        org.assertj.core.groups.Tuple.tuple("2032-D0301", LocalDate.of(2032, 3, 1), null));
        assertThat(reports.createDraft(school, "DVCQ", "2032-S1", Map.of("PETITIONS_RECEIVED", BigDecimal.ONE), Map.of())
                .dueDate()).isEqualTo(LocalDate.of(2032, 6, 18));
        assertThat(reports.createDraft(school, "DVCQ", "2033", Map.of(), Map.of()).dueDate())
                .as("a year the plan does not date follows the form-wide regime: 2 working days after Wed 14/12/2033")
                .isEqualTo(LocalDate.of(2033, 12, 16));
    }

    @Test
    void aSecondPlanWithTheSameRegimeLinksInsteadOfDuplicating() {
        long phong = unit("PL2-PHONG", UnitKind.PHONG_GDDT, null);
        unit("PL2-TRUONG", UnitKind.TRUONG, phong);
        long first = 900_000 + SEQ.incrementAndGet();
        long second = 900_000 + SEQ.incrementAndGet();
        issue(first, phong, 2032, List.of(new PlanContent.ReportDeadline("SIX_MONTH", LocalDate.of(2032, 6, 18)),
                new PlanContent.ReportDeadline("ANNUAL", LocalDate.of(2032, 12, 17))));
        regimeOf(phong, r -> r.planIds().contains(first));
        issue(second, phong, 2033, List.of(new PlanContent.ReportDeadline("ANNUAL", LocalDate.of(2033, 12, 19)),
                new PlanContent.ReportDeadline("SIX_MONTH", LocalDate.of(2033, 6, 17))));
        regimeOf(phong, r -> r.planIds().contains(second));
        issue(second, phong, 2033, List.of(new PlanContent.ReportDeadline("ANNUAL", LocalDate.of(2033, 12, 19)),
                new PlanContent.ReportDeadline("SIX_MONTH", LocalDate.of(2033, 6, 17))));

        assertThat(jdbc.sql("select count(*) from report_regime where receiver_unit_id = :u").param("u", phong)
                .query(Integer.class).single()).isEqualTo(1);
        ReportingRegime r = regimeOf(phong, each -> each.deadlines().size() == 4);
        assertThat(r.sourcePlanId()).isEqualTo(first);
        assertThat(r.planIds()).containsExactly(first, second);
        assertThat(r.deadlines()).extracting(ReportingRegime.Deadline::period)
                .containsExactlyInAnyOrder("2032-S1", "2032", "2033-S1", "2033");
    }

    private void issue(long planId, long issuer, int year, List<PlanContent.ReportDeadline> deadlines) {
        tx.executeWithoutResult(s -> events.publishEvent(new PlanIssued(planId, PlanKind.KE_HOACH, List.of(issuer),
                "12/KH-PGDĐT", "Thực hiện công tác dân vận chính quyền năm " + year, LocalDate.of(year, 1, 10),
                new PlanContent.Period("YEAR", String.valueOf(year)), null, deadlines)));
    }

    private ReportingRegime regimeOf(long receiver) {
        return regimeOf(receiver, r -> r.deadlines().size() > 0);
    }

    /** Plan events are handled after commit, possibly on another thread: wait until the regime shows the effect. */
    private ReportingRegime regimeOf(long receiver, java.util.function.Predicate<ReportingRegime> done) {
        long deadline = System.currentTimeMillis() + 90_000; // async after commit: generous on a loaded machine (returns as soon as ready)
        while (System.currentTimeMillis() < deadline) {
            List<Long> ids = jdbc.sql("select id from report_regime where receiver_unit_id = :u").param("u", receiver)
                    .query(Long.class).list();
            if (!ids.isEmpty() && done.test(store.find(ids.get(0)).orElseThrow())) {
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
}
