package vn.gandan.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gandan.org.SchoolLevel;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorSource;
import vn.gandan.reporting.spi.IndicatorValue;

/**
 * The set-up shared by the workplace-democracy indicator tests (meetings, disclosure): a fresh Phòng with one primary
 * school, records made as the system administrator, and one indicator's value over the Phòng's subtree in the 2025
 * NĐ 09 data window (15/12/2024 – 14/12/2025), checking that its source names the module's bundle.
 */
public final class IndicatorFixture {

    public static final LocalDate FROM = LocalDate.of(2024, 12, 15);
    public static final LocalDate TO = LocalDate.of(2025, 12, 14);
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** The fresh tree: a Phòng and its school. */
    public record Tree(long phong, long school) {
    }

    private IndicatorFixture() {
    }

    /** Signs in as the system administrator and creates the tree (codes prefixed, e.g. "MI" → MI-P-1, MI-T-2). */
    public static Tree tree(UnitAdmin admin, String prefix) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        long phong = admin.create(new UnitAdmin.NewUnit(prefix + "-P-" + SEQ.incrementAndGet(), "Phòng " + prefix, null,
                UnitKind.PHONG_GDDT, null, null, null, LocalDate.of(2020, 1, 1))).id();
        long school = admin.create(new UnitAdmin.NewUnit(prefix + "-T-" + SEQ.incrementAndGet(), "Trường " + prefix, null,
                UnitKind.TRUONG, SchoolLevel.TIEU_HOC, null, phong, LocalDate.of(2020, 1, 1))).id();
        return new Tree(phong, school);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** One indicator of {@code source} over the subtree of {@code root} in the window; its source key must start with {@code keyPrefix}. */
    public static BigDecimal value(IndicatorSource source, UnitService units, long root, String code, String keyPrefix) {
        List<IndicatorQuery.Span> spans = units.subtreeSpans(root, FROM, TO).stream()
                .map(s -> new IndicatorQuery.Span(s.unitId(), s.from(), s.to())).toList();
        IndicatorValue v = source.values(new IndicatorQuery(root, "DVCQ", "2025", FROM, TO, Set.of(code), spans)).get(code);
        if (v == null || !v.sourceKey().startsWith(keyPrefix)) {
            throw new AssertionError(code + ": no value or a source outside " + keyPrefix + ": " + v);
        }
        return v.value();
    }
}
