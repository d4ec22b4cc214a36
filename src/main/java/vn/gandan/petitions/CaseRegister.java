package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.shared.Texts;

/**
 * The case register page: one page of the caller's cases, newest first, with the number of all the cases that match
 * the filters. Filters and views are SQL, so a page reads and opens only the rows it shows (it read up to 1,000 rows
 * and opened 1,000 identities to show them all, then filtered the views in Java: at national scale a Sở's register
 * was 10,681 cases). Identities of denouncers stay masked, as in every list.
 */
@Component
@Transactional(readOnly = true)
class CaseRegister {

    static final int PAGE_SIZE = 50;

    /** What the register shows: a unit (or every visible unit), filters, a view, and the caller's day and name. */
    record Filter(Long unitId, String status, String kind, String q, String view, LocalDate today, String me) {
    }

    /** One page of the register: its rows, the number of matching cases, the page (from 1) and the last page. */
    record Page(List<PetitionView> rows, long total, int page, int pages) {
        /** The position of the page's first row in the whole register (from 1). */
        public long first() {
            return (long) (page - 1) * PAGE_SIZE + 1;
        }

        public long last() {
            return first() + rows.size() - 1;
        }
    }

    private final JdbcClient jdbc;
    private final AccessService scope;
    private final PetitionReads reads;

    CaseRegister(JdbcClient jdbc, AccessService scope, PetitionReads reads) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.reads = reads;
    }

    Page page(Filter f, int page) {
        if (f.unitId() != null) {
            scope.requireVisible(f.unitId());
        }
        String where = where(f);
        long total = bind(jdbc.sql("select count(*) from petition where " + where), f).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<PetitionView> rows = bind(jdbc.sql("select " + CaseStore.COLUMNS + " from petition where id in (select id"
                        + " from petition where " + where + " order by received_on desc, id desc limit :n offset :o)"
                        + " order by received_on desc, id desc"), f)
                .param("n", PAGE_SIZE).param("o", (shown - 1) * PAGE_SIZE)
                .query((rs, i) -> reads.listed(new Case(CaseStore.read(rs)))).list();
        return new Page(rows, total, shown, pages);
    }

    private String where(Filter f) {
        return "(cast(:u as bigint) is null or unit_id = :u) and " + scope.scopeAnySql("unit_id")
                + " and (:s = '' or status = :s) and (:k = '' or kinds like '%' || :k || '%')"
                + " and (:q = '' or content_fold like '%' || :q || '%' or lower(code) like '%' || :q || '%')"
                + view(f.view());
    }

    /** The views of {@link CaseDue}: the deadline a case waits for is the intake's while received, else the resolution's. */
    private static String view(String view) {
        String due = "(case when status = 'RECEIVED' then intake_due"
                + " when status in ('ACCEPTED', 'VERIFYING', 'DIALOGUE') then resolution_due end)";
        return switch (view == null ? "all" : view) {
            case "overdue" -> " and " + due + " < :today";
            case "dueSoon" -> " and " + due + " between :today and :soon";
            case "mine" -> " and handler = :me";
            default -> "";
        };
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        return spec.param("u", f.unitId()).param("s", f.status() == null ? "" : f.status())
                .param("k", f.kind() == null ? "" : f.kind()).param("q", Texts.fold(f.q()))
                .param("today", f.today()).param("soon", f.today().plusDays(CaseDue.SOON_DAYS))
                .param("me", f.me() == null ? "" : f.me());
    }
}
