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
    public record Page(List<PetitionView> rows, long total, int page, int pages) {
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
        int asked = Math.max(1, page);
        List<Row> rows = rows(f, asked);
        long total = rows.isEmpty() ? count(f) : rows.get(0).total();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (rows.isEmpty() && total > 0) { // a page past the end shows the last one
            rows = rows(f, pages);
        }
        return new Page(rows.stream().map(Row::view).toList(), total, Math.min(asked, pages), pages);
    }

    private record Row(PetitionView view, long total) {
    }

    /**
     * The page's cases, with the number of all the matching ones counted in the same scan of the index (a window over
     * the ids before the limit): one pass over the scope's cases instead of a count and a page.
     */
    private List<Row> rows(Filter f, int page) {
        return bind(jdbc.sql("with shown as (select id, count(*) over () as total from petition where " + where(f)
                        + " order by received_on desc, id desc limit :n offset :o)"
                        + " select " + CaseStore.COLUMNS + ", (select max(total) from shown) as total from petition"
                        + " where id in (select id from shown) order by received_on desc, id desc"), f)
                .param("n", PAGE_SIZE).param("o", (long) (page - 1) * PAGE_SIZE) // long: a page number near 2^31 must not wrap to a negative offset
                .query((rs, i) -> new Row(reads.listed(new Case(CaseStore.read(rs))), rs.getLong("total"))).list();
    }

    private long count(Filter f) {
        return bind(jdbc.sql("select count(*) from petition where " + where(f)), f).query(Long.class).single();
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
