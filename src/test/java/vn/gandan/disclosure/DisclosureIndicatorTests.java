package vn.gandan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.SchoolLevel;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.reporting.spi.IndicatorQuery;

/** DISCLOSURES_DONE and DISCLOSURES_LAPSED on the last day of the 2025 window, over a fresh Phòng's school. */
@SpringBootTest
@ActiveProfiles("test")
class DisclosureIndicatorTests {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final LocalDate FROM = LocalDate.of(2024, 12, 15);
    private static final LocalDate TO = LocalDate.of(2025, 12, 14);

    @Autowired
    UnitAdmin admin;
    @Autowired
    UnitService units;
    @Autowired
    DisclosureService service;
    @Autowired
    DisclosureIndicators source;

    long phong;

    @BeforeEach
    void records() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        phong = admin.create(new UnitAdmin.NewUnit("DI-P-" + SEQ.incrementAndGet(), "Phòng DI", null, UnitKind.PHONG_GDDT,
                null, null, null, LocalDate.of(2020, 1, 1))).id();
        long school = admin.create(new UnitAdmin.NewUnit("DI-T-" + SEQ.incrementAndGet(), "Trường DI", null, UnitKind.TRUONG,
                SchoolLevel.TIEU_HOC, null, phong, LocalDate.of(2020, 1, 1))).id();
        publish(school, "TT09-II-01", "2024-08-01"); // valid until 30/06/2025: lapsed on 14/12/2025
        publish(school, "TT09-II-02", "2025-08-01");
        publish(school, "TT09-I-01", "2024-09-01");
    }

    private void publish(long unit, String item, String on) {
        service.publish(new DisclosureService.Publish(unit, item, LocalDate.parse(on), List.of("WEBSITE"), null, null, null, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private java.math.BigDecimal value(String code) {
        List<IndicatorQuery.Span> spans = units.subtreeSpans(phong, FROM, TO).stream()
                .map(s -> new IndicatorQuery.Span(s.unitId(), s.from(), s.to())).toList();
        var v = source.values(new IndicatorQuery(phong, "DVCQ", "2025", FROM, TO, Set.of(code), spans));
        assertThat(v.get(code).sourceKey()).startsWith("disclosure.indicator.source.");
        return v.get(code).value();
    }

    @Test
    void disclosuresDoneCountsItemsCurrentOnTheLastDay() {
        assertThat(value("DISCLOSURES_DONE")).isEqualByComparingTo("2");
    }

    @Test
    void disclosuresLapsedCountsItemsWhosePeriodLapsed_G1() {
        assertThat(value("DISCLOSURES_LAPSED")).isEqualByComparingTo("1");
    }
}
