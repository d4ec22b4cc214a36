package vn.gandan.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.shared.ListPage;

/**
 * Reports in the caller's scope, filtered by unit, form and period (any filter may be left out), and the reports
 * addressed to a co-receiver the caller may see (defect 12).
 */
@Service
@Transactional(readOnly = true)
class SubmissionList {

    /** At most this many reports in one answer (and the page size when none is asked), newest period first. */
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

    /**
     * One page of the list: the caller's own reports (newest period first, then unit, form and id: a total order),
     * then the co-received ones after them. A page that reaches past the own reports continues into the co-received
     * ones where the previous page stopped: the own reports before the page are known from this page's first own row,
     * or counted when the page starts past all of them.
     */
    ListPage.Slice<SubmissionView> find(Long unitId, String formCode, String period, ListPage page) {
        if (unitId != null) {
            access.requireVisible(unitId);
        }
        String scope = unitId != null ? "s.unit_id = :u" : access.scopeSql("s.unit_id");
        List<Long> own = ids(scope, null, unitId, formCode, period, page.fetch(), page.offset());
        if (unitId != null || own.size() > page.size()) {
            return page.slice(own).map(rows -> rows.stream().map(reports::get).toList());
        }
        // the co-received reports before this page: none when the page holds own reports, else those past the own ones
        long coSkip = own.isEmpty() && page.offset() > 0 ? page.offset() - count(scope, formCode, period) : 0;
        int coWanted = page.fetch() - own.size();
        List<Submission> co = coReceived(scope, formCode, period, coSkip + coWanted);
        List<Submission> coPage = co.subList((int) Math.min(coSkip, co.size()), co.size());
        boolean more = coPage.size() > page.size() - own.size();
        List<SubmissionView> rows = new ArrayList<>(own.stream().map(reports::get).toList());
        coPage.stream().limit(page.size() - own.size()).map(reports::view).forEach(rows::add);
        return new ListPage.Slice<>(rows, more);
    }

    /**
     * The first {@code wanted} reports of the main receivers' direct reporters under a regime naming a co-receiver the
     * caller may see, regime after regime, each in the list's order; read in chunks and stopped once enough are found.
     */
    private List<Submission> coReceived(String scope, String formCode, String period, long wanted) {
        List<Submission> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long[] mainAndForm : regimes.coReceived(access.scopeSql("c.unit_id"))) {
            for (long offset = 0; found.size() < wanted; offset += LIMIT) {
                List<Long> chunk = ids("not (" + scope + ")", mainAndForm[1], null, formCode, period, LIMIT, offset);
                for (Long id : chunk) {
                    if (found.size() >= wanted) {
                        break;
                    }
                    Submission s = submissions.findById(id).orElseThrow();
                    if (reportAccess.coReceives(s) && seen.add(s.id())) {
                        found.add(s);
                    }
                }
                if (chunk.size() < LIMIT) {
                    break;
                }
            }
        }
        return found;
    }

    private static final String FROM = " from report_submission s join report_form f on f.id = s.form_id where (";
    private static final String FILTERS = ") and (cast(:form as bigint) is null or s.form_id = :form)"
            + " and (cast(:f as varchar) is null or f.code = :f) and (cast(:p as varchar) is null or s.period = :p)";

    private List<Long> ids(String where, Long formId, Long unitId, String formCode, String period, int limit, long offset) {
        return jdbc.sql("select s.id" + FROM + where + FILTERS + " order by s.period desc, s.unit_id, f.code, s.id limit :n offset :o")
                .param("u", unitId).param("form", formId).param("f", formCode)
                .param("p", period == null ? null : ReportPeriod.parse(period).code())
                .param("n", limit).param("o", offset).query(Long.class).list();
    }

    private long count(String where, String formCode, String period) {
        return jdbc.sql("select count(*)" + FROM + where + FILTERS).param("u", null).param("form", null).param("f", formCode)
                .param("p", period == null ? null : ReportPeriod.parse(period).code()).query(Long.class).single();
    }
}
