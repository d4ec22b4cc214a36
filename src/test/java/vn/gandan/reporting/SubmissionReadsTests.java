package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, session 13: {@link SubmissionReads} reads the report lists of {@code /reports} by SQL inside a read-only
 * transaction and through JPA inside a read-write one; both give the same records for every form, period and unit of
 * the demo reports (status, times, on-time flag, revision, return reason).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SubmissionReadsTests {

    @Autowired
    SubmissionReads reads;
    @Autowired
    FormCatalog forms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void sqlAndJpaReadsGiveTheSameRecords() {
        List<Long> units = jdbc.sql("select distinct unit_id from report_submission order by 1").query(Long.class).list();
        List<String> periods = jdbc.sql("select distinct period from report_submission order by 1").query(String.class).list();
        List<Long> formIds = jdbc.sql("select distinct form_id from report_submission order by 1").query(Long.class).list();
        assertThat(units).isNotEmpty();
        for (long formId : formIds) {
            FormDef form = forms.byId(formId);
            for (String period : periods) {
                assertSame(() -> sorted(reads.of(formId, period, units)));
            }
            assertSame(() -> reads.matrix(form, units, periods).stream()
                    .sorted(java.util.Comparator.comparing(SubmissionView::id)).toList());
            assertThat(inTransaction(true, () -> reads.matrix(form, units, periods))).isNotEmpty();
        }
        assertThat(inTransaction(true, () -> reads.of(formIds.get(0), periods.get(0), List.of()))).isEmpty();
    }

    /** Session 16: a unit's own report (the overview's "own") by SQL equals the repository's, present or absent. */
    @Test
    void aUnitsOwnReportReadBySqlEqualsTheRepositorysForEveryUnitFormAndPeriod() {
        List<Long> units = jdbc.sql("select distinct unit_id from report_submission order by 1").query(Long.class).list();
        List<String> periods = jdbc.sql("select distinct period from report_submission order by 1").query(String.class).list();
        List<Long> formIds = jdbc.sql("select distinct form_id from report_submission order by 1").query(Long.class).list();
        int found = 0;
        for (long formId : formIds) {
            FormDef form = forms.byId(formId);
            for (long unit : units) {
                for (String period : periods) {
                    assertSame(() -> reads.one(form, unit, period));
                    found += inTransaction(true, () -> reads.one(form, unit, period)).isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(found).isEqualTo(jdbc.sql("select count(*) from report_submission").query(Integer.class).single());
    }

    private static List<SubmissionReads.Brief> sorted(List<SubmissionReads.Brief> b) {
        return b.stream().sorted(java.util.Comparator.comparing(SubmissionReads.Brief::id)).toList();
    }

    private void assertSame(Supplier<Object> read) {
        assertThat(inTransaction(true, read)).isEqualTo(inTransaction(false, read));
    }

    private <T> T inTransaction(boolean readOnly, Supplier<T> read) {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setReadOnly(readOnly);
        return t.execute(s -> read.get());
    }
}
