package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorValue;

/** One test per DVCQ indicator the register and the reception book contribute, over a fresh unit's subtree. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionIndicatorTests {

    private static final LocalDate FROM = LocalDate.of(2025, 12, 15);
    private static final LocalDate TO = LocalDate.of(2026, 6, 14);

    @Autowired
    PetitionIndicators indicators;
    @Autowired
    PetitionIntake intake;
    @Autowired
    PetitionWork work;
    @Autowired
    Receptions receptions;
    @Autowired
    UnitAdmin unitAdmin;
    @Autowired
    UnitService units;
    @Autowired
    JdbcClient jdbc;

    long root;
    Map<String, IndicatorValue> values;

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @BeforeAll
    void records() {
        asAdmin();
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        root = unitAdmin.create(new UnitAdmin.NewUnit("IND-P-" + System.nanoTime(), "Trường thử chỉ tiêu", null,
                UnitKind.TRUONG, null, null, phong, LocalDate.of(2020, 1, 1))).id();
        long onTime = receive("KHIEU_NAI", "2026-01-05");
        work.accept(onTime, LocalDate.parse("2026-01-06"), null, false);
        work.resolve(onTime, LocalDate.parse("2026-01-20"), "Đã giải quyết", null);
        long late = receive("KIEN_NGHI", "2026-03-02");
        work.accept(late, LocalDate.parse("2026-03-03"), null, false);
        work.resolve(late, LocalDate.parse("2026-05-20"), "Trả lời muộn", null);
        receive("TO_CAO", "2026-04-01");
        receive("PHAN_ANH", "2026-06-20");
        receptions.log(new NewReception(root, LocalDate.parse("2026-02-05"), new NewReception.Host("A", "Hiệu trưởng", true),
                "TRUC_TIEP", new NewReception.Visitor("B", null), "Hỏi đáp", "KIEN_NGHI", null, null));
        receptions.log(new NewReception(root, LocalDate.parse("2026-03-05"), new NewReception.Host("C", "Phó Hiệu trưởng", false),
                "TRUC_TIEP", new NewReception.Visitor("D", null), "Hỏi đáp", "PHAN_ANH", null, null));
        List<IndicatorQuery.Span> spans = units.subtreeSpans(root, FROM, TO).stream()
                .map(s -> new IndicatorQuery.Span(s.unitId(), s.from(), s.to())).toList();
        values = indicators.values(new IndicatorQuery(root, "DVCQ", "2026-S1", FROM, TO, PetitionIndicators.CODES, spans));
        signOut();
    }

    private long receive(String kind, String on) {
        LocalDate day = LocalDate.parse(on);
        return intake.receive(new NewPetition(root, kind, null, day, "BUU_CHINH", kind + " " + on,
                new Petitioner("Người " + on, "Địa chỉ", null, null), "KHIEU_NAI".equals(kind) ? day.minusDays(3) : null,
                null, null, null, null, null, null));
    }

    private BigDecimal value(String code) {
        return values.get(code).value();
    }

    @Test
    void petitionsReceivedCountsItemsReceivedInTheWindow() {
        assertThat(value("PETITIONS_RECEIVED")).isEqualByComparingTo("3");
    }

    @Test
    void petitionsResolvedCountsResolvedAmongThoseReceived() {
        assertThat(value("PETITIONS_RESOLVED")).isEqualByComparingTo("2");
    }

    @Test
    void petitionsOnTimeCountsThoseResolvedByTheirDeadline() {
        assertThat(value("PETITIONS_ON_TIME")).isEqualByComparingTo("1");
    }

    @Test
    void complaintsReceivedCountsKhieuNai() {
        assertThat(value("COMPLAINTS_RECEIVED")).isEqualByComparingTo("1");
    }

    @Test
    void denunciationsReceivedCountsToCao() {
        assertThat(value("DENUNCIATIONS_RECEIVED")).isEqualByComparingTo("1");
    }

    @Test
    void proposalsReceivedCountsKienNghiAndPhanAnh() {
        assertThat(value("PROPOSALS_RECEIVED")).isEqualByComparingTo("1");
    }

    @Test
    void citizenReceptionsCountsSessions() {
        assertThat(value("CITIZEN_RECEPTIONS")).isEqualByComparingTo("2");
        assertThat(values.get("CITIZEN_RECEPTIONS").sourceKey()).isEqualTo("petitions.indicator.source.CITIZEN_RECEPTIONS");
    }

    @Test
    void receptionsByHeadCountsSessionsTheHeadHosted() {
        assertThat(value("RECEPTIONS_BY_HEAD")).isEqualByComparingTo("1");
    }
}
