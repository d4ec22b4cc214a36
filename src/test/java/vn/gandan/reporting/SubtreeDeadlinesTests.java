package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;

/**
 * Issue 12: the supervision dashboard's late reports are decided in one grouped SQL query over the subtree, with the
 * same answer as the regime-by-regime scan filtered to the subtree: a school on time or late but sent is not listed,
 * a school that sent nothing or only drafted is, with its due date; units outside the subtree never are.
 */
@SpringBootTest
@ActiveProfiles("test")
class SubtreeDeadlinesTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    SubtreeDeadlines subtree;
    @Autowired
    ReportDeadlines deadlines;
    @Autowired
    RegimeService regimes;
    @Autowired
    ReportService reports;
    @Autowired
    UnitAdmin admin;
    @Autowired
    UnitService units;
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

    @Test
    void lateReportsPerUnitComeFromOneQueryOverTheSubtreeAndMatchTheFullScan() {
        LocalDate today = units.today();
        String period = String.valueOf(today.getYear() - 1);
        long phong = unit("SD-PHONG", UnitKind.PHONG_GDDT, null);
        long onTime = unit("SD-ONTIME", UnitKind.TRUONG, phong);
        long lateSent = unit("SD-LATE", UnitKind.TRUONG, phong);
        long nothing = unit("SD-MISSING", UnitKind.TRUONG, phong);
        long drafted = unit("SD-DRAFT", UnitKind.TRUONG, phong);
        long otherPhong = unit("SD-OTHER", UnitKind.PHONG_GDDT, null);
        long outside = unit("SD-OUTSIDE", UnitKind.TRUONG, otherPhong);
        for (long p : List.of(phong, otherPhong)) {
            regimes.create(new RegimeCommand("Chế độ báo cáo năm", "DVCQ", p, List.of("TRUONG"),
                    List.of(new RegimeCommand.PeriodInput("ANNUAL", 14)),
                    List.of(new RegimeCommand.DeadlineInput("TRUONG", 3, null, null, null)), null, null, null));
        }
        sent(onTime, period, true);
        sent(lateSent, period, false);
        SubmissionView draft = reports.createDraft(drafted, "DVCQ", period, Map.of(), Map.of());

        LocalDate from = today.minusYears(1);
        LocalDate to = today.minusDays(1);
        Map<Long, List<ReportDeadlines.DueReport>> late = subtree.missingDue(phong, from, to);

        // the Phòng's regime dates the year; its other periods follow the form-wide regime (also late, also listed)
        assertThat(dvcq(late, nothing, period)).singleElement().satisfies(d -> assertThat(d.period()).isEqualTo(period));
        assertThat(dvcq(late, drafted, period)).singleElement().satisfies(d -> assertThat(d.due()).isEqualTo(draft.dueDate()));
        assertThat(dvcq(late, onTime, period)).isEmpty();
        assertThat(dvcq(late, lateSent, period)).isEmpty();
        assertThat(late).doesNotContainKeys(outside, otherPhong);
        assertThat(dvcq(subtree.missingDue(otherPhong, from, to), outside, period)).hasSize(1);

        Set<Long> mine = units.subtreeIds(phong, today);
        List<ReportDeadlines.DueReport> scanned = deadlines.missingDue(from, to).stream()
                .filter(d -> mine.contains(d.unitId())).toList();
        assertThat(late.values().stream().flatMap(List::stream).toList()).as("the same answer as the full scan")
                .containsExactlyInAnyOrderElementsOf(scanned);
    }

    @Test
    void theDemoSubtreesAnswerAsTheFullScanDoes() {
        LocalDate today = units.today();
        LocalDate from = today.minusYears(1);
        LocalDate to = today.minusDays(1);
        List<ReportDeadlines.DueReport> all = deadlines.missingDue(from, to);
        for (String code : List.of("SGDDT-BD", "PGDDT-PG")) {
            long root = jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
            Set<Long> mine = units.subtreeIds(root, today);
            List<ReportDeadlines.DueReport> sql = subtree.missingDue(root, from, to).values().stream()
                    .flatMap(List::stream).toList();
            assertThat(sql).as(code).containsExactlyInAnyOrderElementsOf(all.stream().filter(d -> mine.contains(d.unitId())).toList());
        }
    }

    private void sent(long school, String period, boolean onTime) {
        SubmissionView v = reports.createDraft(school, "DVCQ", period, Map.of(), Map.of());
        jdbc.sql("update report_submission set status = 'SUBMITTED', submitted_at = now(), on_time = :o where id = :id")
                .param("o", onTime).param("id", v.id()).update();
    }

    private static List<ReportDeadlines.DueReport> dvcq(Map<Long, List<ReportDeadlines.DueReport>> late, long unit,
                                                        String period) {
        return late.getOrDefault(unit, List.of()).stream()
                .filter(d -> d.formCode().equals("DVCQ") && d.period().equals(period)).toList();
    }

    private long unit(String prefix, UnitKind kind, Long parent) {
        return admin.create(new UnitAdmin.NewUnit(prefix + "-" + SEQ.incrementAndGet(), prefix, null, kind, null, null,
                parent, LocalDate.of(2020, 1, 1))).id();
    }
}
