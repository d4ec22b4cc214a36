package vn.gandan.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The report lists of {@code /reports} (each child's status, the completeness matrix) read by SQL straight into
 * records inside a read-only transaction (issue 14, session 13: Hibernate's entity loading and its IN-list coercion
 * were 3 % of a page's request CPU). The statements keep the shape of the repository's derived queries (form, period
 * and unit lists on the same index). Inside a read-write transaction they go through JPA, which sees the
 * transaction's own unflushed changes.
 */
@Component
class SubmissionReads {

    private static final String COLUMNS = "id, unit_id, period, status, consolidated, due_date, lock_date, submitted_at,"
            + " on_time, return_reason, revision";

    /** What the consolidated view needs of a child's report. */
    record Brief(long id, long unitId, SubmissionStatus status, OffsetDateTime submittedAt, Boolean onTime) {
    }

    private final JdbcClient jdbc;
    private final SubmissionRepository submissions;

    SubmissionReads(JdbcClient jdbc, SubmissionRepository submissions) {
        this.jdbc = jdbc;
        this.submissions = submissions;
    }

    private static boolean sql() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** The reports of these units for the form and period. */
    List<Brief> of(long formId, String period, Collection<Long> unitIds) {
        if (!sql()) {
            return submissions.findByFormIdAndPeriodAndUnitIdIn(formId, period, unitIds).stream()
                    .map(s -> new Brief(s.id(), s.unitId(), s.status(), s.submittedAt(), s.onTime())).toList();
        }
        if (unitIds.isEmpty()) return List.of();
        return jdbc.sql("select id, unit_id, status, submitted_at, on_time from report_submission"
                        + " where form_id = :f and period = :p and unit_id in (:u)")
                .param("f", formId).param("p", period).param("u", unitIds)
                .query((rs, i) -> new Brief(rs.getLong(1), rs.getLong(2), SubmissionStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class), (Boolean) rs.getObject(5))).list();
    }

    /** The reports of these units over these periods, as views without figures (the completeness matrix). */
    List<SubmissionView> matrix(FormDef form, Collection<Long> unitIds, Collection<String> periods) {
        if (!sql()) {
            return submissions.findByFormIdAndUnitIdInAndPeriodIn(form.id(), unitIds, periods).stream()
                    .map(s -> ReportQueries.view(s, form, Map.of(), Map.of())).toList();
        }
        if (unitIds.isEmpty() || periods.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from report_submission where form_id = :f and unit_id in (:u) and period in (:p)")
                .param("f", form.id()).param("u", unitIds).param("p", periods)
                .query((rs, i) -> view(rs, form.code())).list();
    }

    /**
     * The unit's report for the form and period (the table's unique key), its figures and texts left empty for the
     * caller to add: by SQL in a read-only transaction (session 16: the repository's derived query built and
     * interpreted a criteria query on every {@code /reports}, 4 % of the page walk's request-thread samples).
     */
    java.util.Optional<SubmissionView> one(FormDef form, long unitId, String period) {
        if (!sql()) {
            return submissions.findByUnitIdAndFormIdAndPeriod(unitId, form.id(), period)
                    .map(s -> ReportQueries.view(s, form, Map.of(), Map.of()));
        }
        return jdbc.sql("select " + COLUMNS + " from report_submission where unit_id = :u and form_id = :f and period = :p")
                .param("u", unitId).param("f", form.id()).param("p", period)
                .query((rs, i) -> view(rs, form.code())).optional();
    }

    private static SubmissionView view(ResultSet rs, String formCode) throws SQLException {
        return new SubmissionView(rs.getLong("id"), rs.getLong("unit_id"), formCode, rs.getString("period"),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getBoolean("consolidated"),
                rs.getObject("due_date", LocalDate.class), rs.getObject("lock_date", LocalDate.class),
                rs.getObject("submitted_at", OffsetDateTime.class), (Boolean) rs.getObject("on_time"),
                rs.getString("return_reason"), rs.getInt("revision"), Map.of(), Map.of());
    }
}
