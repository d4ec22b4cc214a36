package vn.gandan.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;

/**
 * Reports in the caller's scope, filtered by unit, form and period (any filter may be left out), and the reports
 * addressed to a co-receiver the caller may see (defect 12).
 */
@Service
@Transactional(readOnly = true)
class SubmissionList {

    /** At most this many reports in one answer, newest period first. */
    static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final AccessService access;
    private final ReportQueries reports;
    private final RegimeStore regimes;
    private final ReportAccess reportAccess;
    private final SubmissionRepository submissions;

    SubmissionList(JdbcClient jdbc, AccessService access, ReportQueries reports, RegimeStore regimes,
                   ReportAccess reportAccess, SubmissionRepository submissions) {
        this.jdbc = jdbc;
        this.access = access;
        this.reports = reports;
        this.regimes = regimes;
        this.reportAccess = reportAccess;
        this.submissions = submissions;
    }

    List<SubmissionView> find(Long unitId, String formCode, String period) {
        if (unitId != null) {
            access.requireVisible(unitId);
        }
        String scope = unitId != null ? "s.unit_id = :u" : access.scopeSql("s.unit_id");
        List<SubmissionView> own = ids(scope, null, unitId, formCode, period).stream().map(reports::get).toList();
        if (unitId != null) {
            return own;
        }
        List<SubmissionView> all = new ArrayList<>(own);
        all.addAll(coReceived(scope, formCode, period));
        return all.size() > LIMIT ? all.subList(0, LIMIT) : all;
    }

    /** Reports of the main receivers' direct reporters under a regime naming a co-receiver the caller may see. */
    private List<SubmissionView> coReceived(String scope, String formCode, String period) {
        List<SubmissionView> found = new ArrayList<>();
        for (long[] mainAndForm : regimes.coReceived(access.scopeSql("c.unit_id"))) {
            ids("not (" + scope + ")", mainAndForm[1], null, formCode, period).stream()
                    .map(id -> submissions.findById(id).orElseThrow()).filter(reportAccess::coReceives)
                    .filter(s -> found.stream().noneMatch(v -> Objects.equals(v.id(), s.id())))
                    .map(reports::view).forEach(found::add);
        }
        return found;
    }

    private List<Long> ids(String where, Long formId, Long unitId, String formCode, String period) {
        return jdbc.sql("select s.id from report_submission s join report_form f on f.id = s.form_id where (" + where
                        + ") and (cast(:form as bigint) is null or s.form_id = :form)"
                        + " and (cast(:f as varchar) is null or f.code = :f) and (cast(:p as varchar) is null or s.period = :p)"
                        + " order by s.period desc, s.unit_id, f.code limit :n")
                .param("u", unitId).param("form", formId).param("f", formCode)
                .param("p", period == null ? null : ReportPeriod.parse(period).code())
                .param("n", LIMIT).query(Long.class).list();
    }
}
