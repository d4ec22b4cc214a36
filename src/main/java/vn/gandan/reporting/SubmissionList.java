package vn.gandan.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;

/** Reports in the caller's scope, filtered by unit, form and period (any filter may be left out). */
@Service
@Transactional(readOnly = true)
class SubmissionList {

    /** At most this many reports in one answer, newest period first. */
    static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final AccessService access;
    private final ReportQueries reports;

    SubmissionList(JdbcClient jdbc, AccessService access, ReportQueries reports) {
        this.jdbc = jdbc;
        this.access = access;
        this.reports = reports;
    }

    List<SubmissionView> find(Long unitId, String formCode, String period) {
        if (unitId != null) {
            access.requireVisible(unitId);
        }
        String scope = unitId != null ? "s.unit_id = :u" : access.scopeSql("s.unit_id");
        return jdbc.sql("""
                        select s.id from report_submission s join report_form f on f.id = s.form_id
                        where (""" + scope + """
                        ) and (cast(:f as varchar) is null or f.code = :f) and (cast(:p as varchar) is null or s.period = :p)
                        order by s.period desc, s.unit_id, f.code limit :n""")
                .param("u", unitId).param("f", formCode).param("p", period == null ? null : ReportPeriod.parse(period).code())
                .param("n", LIMIT).query(Long.class).list().stream().map(reports::get).toList();
    }
}
