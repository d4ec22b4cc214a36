package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gandan.ApiClient.id;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gandan.ApiClient;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;

/** Units, plans and regimes of their own for the co-receiver tests (defect 12), so the demo's stay as they are. */
final class CoReceiverFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private CoReceiverFixtures() {
    }

    static long unit(UnitAdmin admin, String prefix, UnitKind kind, Long parent) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            return admin.create(new UnitAdmin.NewUnit(prefix + "-" + System.nanoTime() % 100_000 + "-" + SEQ.incrementAndGet(),
                    prefix, null, kind, null, null, parent, LocalDate.of(2020, 1, 1))).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A complete plan of the unit asking for six-month and annual reports; {@code coReceivers} a JSON array or null. */
    static String plan(long issuer, String coReceivers) {
        String co = coReceivers == null ? "" : ", \"coReceiverUnitIds\": " + coReceivers;
        return """
                {"kind": "KE_HOACH", "issuerUnitIds": [%d], "title": "Thực hiện công tác dân vận chính quyền năm 2094",
                 "period": {"kind": "YEAR", "value": "2094"}, "place": "Bình Dương",
                 "sections": [{"heading": "MỤC ĐÍCH, YÊU CẦU", "body": "Nâng cao nhận thức về công tác dân vận chính quyền."},
                              {"heading": "TỔ CHỨC THỰC HIỆN", "body": "Các đơn vị báo cáo định kỳ."}],
                 "reportDeadlines": [{"period": "SIX_MONTH", "due": "2094-06-10"%s}, {"period": "ANNUAL", "due": "2094-11-10"%s}],
                 "recipients": ["Các đơn vị trực thuộc", "Lưu: VT"],
                 "signers": [{"name": "Nguyễn Văn Bình", "title": "TRƯỞNG PHÒNG", "onBehalf": null}]}"""
                .formatted(issuer, co, co);
    }

    static long issue(ApiClient admin, String body) {
        HttpResponse<String> created = admin.post("/api/v1/plans", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> issued = admin.post("/api/v1/plans/" + id(created.body()) + "/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return id(created.body());
    }

    /** Plan events are handled after commit, possibly on another thread: wait for the receiver's regime. */
    static ReportingRegime regimeOf(JdbcClient jdbc, RegimeStore store, long receiver) {
        return await(() -> jdbc.sql("select id from report_regime where receiver_unit_id = :u order by id").param("u", receiver)
                .query(Long.class).list().stream().findFirst().flatMap(store::find).orElse(null), r -> !r.deadlines().isEmpty());
    }

    /** The regime once {@code plans} plans are linked to it (the last plan's event handled). */
    static ReportingRegime linkedPlans(RegimeStore store, long regimeId, int plans) {
        return await(() -> store.find(regimeId).orElse(null), r -> r.planIds().size() >= plans);
    }

    private static ReportingRegime await(java.util.function.Supplier<ReportingRegime> read, Predicate<ReportingRegime> ready) {
        long until = System.currentTimeMillis() + 90_000; // async after commit: generous on a loaded machine (returns as soon as ready)
        while (System.currentTimeMillis() < until) {
            ReportingRegime r = read.get();
            if (r != null && ready.test(r)) {
                return r;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no regime ready");
    }
}
