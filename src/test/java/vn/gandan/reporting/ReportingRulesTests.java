package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.shared.ProblemException;

/** Submissions and consolidation on real PostgreSQL, each test named after the rule it proves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportingRulesTests {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    ReportQueries queries;
    @Autowired
    UnitAdmin units;

    @BeforeEach
    void asAdmin() {
        signIn();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    private long unit(String prefix, UnitKind kind, Long parent) {
        return units.create(new UnitAdmin.NewUnit(prefix + "-" + SEQ.incrementAndGet(), prefix, null, kind, null, null,
                parent, FROM)).id();
    }

    private SubmissionView report(long unit, String period, int received, int resolved) {
        return reports.createDraft(unit, "DVCQ", period, Map.of("PETITIONS_RECEIVED", BigDecimal.valueOf(received),
                "PETITIONS_RESOLVED", BigDecimal.valueOf(resolved)), Map.of("DEMOCRACY", "Nội dung " + unit));
    }

    private BigDecimal total(long unit, String period, String code) {
        return reports.consolidated(unit, "DVCQ", period).values().getOrDefault(code, BigDecimal.ZERO);
    }

    @Test
    void returnRemovesFromTotalsAndResubmissionCountsOnce() {
        long phong = unit("RR-PHONG", UnitKind.PHONG_GDDT, null);
        long a = unit("RR-A", UnitKind.TRUONG, phong);
        long b = unit("RR-B", UnitKind.TRUONG, phong);
        SubmissionView ra = report(a, "2031", 10, 4);
        SubmissionView rb = report(b, "2031", 5, 5);
        reports.submit(ra.id());
        reports.submit(rb.id());
        assertThat(total(phong, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("15");

        reports.returnToSender(ra.id(), "Số liệu chưa khớp với sổ tiếp dân");
        assertThat(total(phong, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("5");
        ConsolidatedView after = reports.consolidated(phong, "DVCQ", "2031");
        assertThat(after.submitted()).isEqualTo(1);
        assertThat(after.children()).anySatisfy(c -> assertThat(c.status()).isEqualTo("RETURNED"));

        reports.updateDraft(ra.id(), Map.of("PETITIONS_RECEIVED", BigDecimal.valueOf(12),
                "PETITIONS_RESOLVED", BigDecimal.valueOf(6)), Map.of());
        reports.submit(ra.id());
        reports.accept(ra.id());
        assertThat(total(phong, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("17");
        assertThat(reports.consolidated(phong, "DVCQ", "2031").submitted()).isEqualTo(2);
        assertThat(queries.get(ra.id()).revision()).isEqualTo(2);
        assertThat(queries.history(ra.id())).extracting(ReportQueries.HistoryEntry::status)
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED");
        assertThat(queries.history(ra.id()).get(0).snapshot()).contains("\"PETITIONS_RECEIVED\": 10");
        assertThat(queries.history(ra.id()).get(1).reason()).isEqualTo("Số liệu chưa khớp với sổ tiếp dân");
    }

    @Test
    void totalsReachEveryAncestorButNotASiblingSubtree() {
        long so = unit("AN-SO", UnitKind.SO_GDDT, null);
        long xa = unit("AN-XA", UnitKind.UBND_XA, so);
        long other = unit("AN-OTHER", UnitKind.UBND_XA, so);
        long school = unit("AN-TRUONG", UnitKind.TRUONG, xa);
        reports.submit(report(school, "2031", 7, 2).id());
        assertThat(total(xa, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("7");
        assertThat(total(so, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("7");
        assertThat(total(other, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("0");
    }

    @Test
    void aMovedSchoolCountsUnderItsOldParentForS1AndItsNewParentForS2() {
        long phong = unit("MV-PHONG", UnitKind.PHONG_GDDT, null);
        long xa = unit("MV-XA", UnitKind.UBND_XA, null);
        long school = unit("MV-TRUONG", UnitKind.TRUONG, phong);
        units.move(school, xa, LocalDate.of(2025, 7, 1));
        reports.grantLockException(school, "DVCQ", "2025-S1", LocalDate.of(2099, 1, 1));
        reports.grantLockException(school, "DVCQ", "2025-S2", LocalDate.of(2099, 1, 1));
        reports.submit(report(school, "2025-S1", 3, 1).id());
        reports.submit(report(school, "2025-S2", 8, 2).id());

        assertThat(total(phong, "2025-S1", "PETITIONS_RECEIVED")).isEqualByComparingTo("3");
        assertThat(total(xa, "2025-S1", "PETITIONS_RECEIVED")).isEqualByComparingTo("0");
        assertThat(total(xa, "2025-S2", "PETITIONS_RECEIVED")).isEqualByComparingTo("8");
        assertThat(total(phong, "2025-S2", "PETITIONS_RECEIVED")).isEqualByComparingTo("0");
        assertThat(reports.consolidated(phong, "DVCQ", "2025-S1").expected()).isEqualTo(1);
        assertThat(reports.consolidated(phong, "DVCQ", "2025-S2").expected()).isZero();
    }

    @Test
    void aLateReportIsKeptAndFlaggedButAfterTheLockDateItNeedsAnException() {
        long phong = unit("LT-PHONG", UnitKind.PHONG_GDDT, null);
        long school = unit("LT-TRUONG", UnitKind.TRUONG, phong);
        SubmissionView draft = report(school, "2024-Q1", 2, 1);
        assertThat(draft.lockDate()).isAfter(draft.dueDate());
        ProblemException locked = catchThrowableOfType(ProblemException.class, () -> reports.submit(draft.id()));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.messageKey()).isEqualTo("reporting.submission.locked");

        reports.grantLockException(school, "DVCQ", "2024-Q1", LocalDate.of(2099, 1, 1));
        SubmissionView late = reports.submit(draft.id());
        assertThat(late.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(late.onTime()).isFalse();
        assertThat(reports.consolidated(phong, "DVCQ", "2024-Q1").onTime()).isZero();
    }

    @Test
    void aReportBeforeItsDeadlineIsOnTimeAndTheDeadlineFallsAtLeastOneWorkingDayAfterTheCutOff() {
        long phong = unit("OT-PHONG", UnitKind.PHONG_GDDT, null);
        long school = unit("OT-TRUONG", UnitKind.TRUONG, phong);
        SubmissionView s = reports.submit(report(school, "2040-Q2", 1, 1).id());
        assertThat(s.onTime()).isTrue();
        assertThat(s.dueDate()).isAfter(ReportPeriod.parse("2040-Q2").cutOffEnd());
        assertThat(reports.consolidated(phong, "DVCQ", "2040-Q2").onTime()).isEqualTo(1);
    }

    @Test
    void resolvedCannotExceedReceived() {
        long school = unit("VR-TRUONG", UnitKind.TRUONG, null);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> report(school, "2031", 2, 5));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.fieldProblems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("values.PETITIONS_RESOLVED");
            assertThat(p.messageKey()).isEqualTo("reporting.rule.failed");
        });
    }

    @Test
    void theParentsDraftIsPrefilledWithTotalsAndEachChildsTextAndIsNotCountedTwice() {
        long so = unit("PF-SO", UnitKind.SO_GDDT, null);
        long phong = unit("PF-PHONG", UnitKind.PHONG_GDDT, so);
        long a = unit("PF-A", UnitKind.TRUONG, phong);
        long b = unit("PF-B", UnitKind.TRUONG, phong);
        reports.submit(report(a, "2031", 4, 4).id());
        reports.submit(report(b, "2031", 6, 1).id());
        SubmissionView draft = reports.prefillFromChildren(phong, "DVCQ", "2031");
        assertThat(draft.consolidated()).isTrue();
        assertThat(draft.values().get("PETITIONS_RECEIVED")).isEqualByComparingTo("10");
        assertThat(draft.sections().get("DEMOCRACY")).contains("— PF-A: Nội dung " + a).contains("— PF-B: Nội dung " + b);
        reports.submit(draft.id());
        assertThat(total(so, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("10");
    }

    @Test
    void concurrentSubmissionsAndReturnsKeepExactTotalsWithEightThreads() throws Exception {
        long phong = unit("CC-PHONG", UnitKind.PHONG_GDDT, null);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drafts.add(report(unit("CC-T" + i, UnitKind.TRUONG, phong), "2031", i + 1, 0).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = drafts.get(i);
            boolean returnIt = i % 2 == 0;
            done.add(pool.submit(() -> {
                signIn();
                start.await();
                reports.submit(id);
                if (returnIt) {
                    reports.returnToSender(id, "Trả lại để kiểm tra");
                    reports.submit(id);
                    reports.returnToSender(id, "Trả lại lần hai");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        // odd indexes stay submitted: received 2 + 4 + 6 + 8
        assertThat(total(phong, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo("20");
        ConsolidatedView c = reports.consolidated(phong, "DVCQ", "2031");
        assertThat(c.submitted()).isEqualTo(4);
        assertThat(c.expected()).isEqualTo(8);
    }

    @Test
    void totalsOfGrandparentsSpreadOverSlotsStayExactUnderConcurrentSubmissions() throws Exception {
        long so = unit("SL-SO", UnitKind.SO_GDDT, null);
        List<Long> drafts = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            long phong = unit("SL-PHONG", UnitKind.PHONG_GDDT, so);
            for (int i = 0; i < 12; i++) {
                drafts.add(report(unit("SL-T", UnitKind.TRUONG, phong), "2031", 10 * p + i, 0).id());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            long id = drafts.get(i);
            boolean returnIt = i % 3 == 0;
            done.add(pool.submit(() -> {
                signIn();
                start.await();
                reports.submit(id);
                if (returnIt) {
                    reports.returnToSender(id, "Trả lại để kiểm tra");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        // counted: every report not returned (i % 3 != 0); received = 10 * phong index + school index
        int expected = 0;
        for (int i = 0; i < drafts.size(); i++) {
            expected += i % 3 == 0 ? 0 : 10 * (i / 12) + i % 12;
        }
        assertThat(total(so, "2031", "PETITIONS_RECEIVED")).isEqualByComparingTo(String.valueOf(expected));
        assertThat(reports.consolidated(so, "DVCQ", "2031").values()).containsKey("PETITIONS_RECEIVED");
    }
}
