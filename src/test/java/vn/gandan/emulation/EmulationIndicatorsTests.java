package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.org.UnitService;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorValue;

/** Each emulation indicator counted from the records of a subtree in the 2025 data window (15/12/2024–14/12/2025). */
@SpringBootTest
@ActiveProfiles("test")
class EmulationIndicatorsTests {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final LocalDate FROM = LocalDate.of(2024, 12, 15);
    static final LocalDate TO = LocalDate.of(2025, 12, 14);

    @Autowired
    EmulationIndicators source;
    @Autowired
    ModelRegistry registry;
    @Autowired
    ModelSteps steps;
    @Autowired
    ScoringService scoring;
    @Autowired
    CriteriaStore criteria;
    @Autowired
    UnitAdmin unitAdmin;
    @Autowired
    UnitService units;

    long phong;
    long school;
    long other;

    @BeforeEach
    void tree() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        int n = SEQ.incrementAndGet();
        phong = unitAdmin.create(new UnitAdmin.NewUnit("EI-P" + n, "Phòng thử " + n, null, UnitKind.PHONG_GDDT, null, null, null, LocalDate.of(2020, 1, 1))).id();
        school = unitAdmin.create(new UnitAdmin.NewUnit("EI-S" + n, "Trường thử " + n, null, UnitKind.TRUONG, null, null, phong, LocalDate.of(2020, 1, 1))).id();
        long otherPhong = unitAdmin.create(new UnitAdmin.NewUnit("EI-Q" + n, "Phòng khác " + n, null, UnitKind.PHONG_GDDT, null, null, null, LocalDate.of(2020, 1, 1))).id();
        other = unitAdmin.create(new UnitAdmin.NewUnit("EI-O" + n, "Trường khác " + n, null, UnitKind.TRUONG, null, null, otherPhong, LocalDate.of(2020, 1, 1))).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Map<String, IndicatorValue> values(String code) {
        List<IndicatorQuery.Span> spans = units.subtreeSpans(phong, FROM, TO).stream()
                .map(s -> new IndicatorQuery.Span(s.unitId(), s.from(), s.to())).toList();
        return source.values(new IndicatorQuery(phong, "DVCQ", "2025", FROM, TO, java.util.Set.of(code), spans));
    }

    long model(long unit, String kind, String registeredOn) {
        return registry.register(new NewModel(unit, "VAN_HOA_XA_HOI", "Mô hình " + kind, registeredOn,
                Map.of("situation", "a", "aims", "b", "content", "c", "area", "d", "forces", "e", "resources", "f",
                        "timing", "g", "outputs", "h", "sustainability", "i"), null, kind, "PERSON", "Cô Lan", true, null)).id();
    }

    long recognised(long unit, String kind, String on) {
        long id = model(unit, kind, on);
        LocalDate d = LocalDate.parse(on);
        steps.launch(id, body(d.plusDays(1), null));
        steps.progress(id, body(d.plusDays(2), null));
        steps.evaluate(id, body(d.plusDays(3), null));
        steps.recognise(id, body(d.plusDays(4), null));
        return id;
    }

    static StepBody body(LocalDate on, Long unitId) {
        return new StepBody(on.toString(), null, "Kết quả", null, null, null, null, null, null, "QĐ 1/QĐ-PGDĐT", unitId);
    }

    @Test
    void modelsRegisteredAreThoseOfTheSubtreeRegisteredInTheWindow() {
        model(school, "MODEL", "2025-03-01");
        model(school, "MODEL", "2024-12-10");
        model(other, "MODEL", "2025-03-01");
        IndicatorValue v = values("DVK_MODELS_REGISTERED").get("DVK_MODELS_REGISTERED");
        assertThat(v.value()).isEqualByComparingTo("1");
        assertThat(v.sourceKey()).isEqualTo("emulation.indicator.source.registered");
    }

    @Test
    void modelsRecognisedAreAmongThoseRegisteredInTheWindow() {
        recognised(school, "MODEL", "2025-04-01");
        recognised(school, "MODEL", "2024-11-01");
        model(school, "MODEL", "2025-05-01");
        assertThat(values("DVK_MODELS_RECOGNISED").get("DVK_MODELS_RECOGNISED").value()).isEqualByComparingTo("1");
    }

    @Test
    void modelsReplicatedAreAdoptionsByUnitsOfTheSubtreeInTheWindow() {
        long id = recognised(other, "MODEL", "2025-02-01");
        steps.replicate(id, body(LocalDate.of(2025, 6, 1), school));
        assertThat(values("DVK_MODELS_REPLICATED").get("DVK_MODELS_REPLICATED").value()).isEqualByComparingTo("1");
    }

    @Test
    void exemplarsCommendedAreIndividualExemplarsRecognisedInTheWindow() {
        recognised(school, "EXEMPLAR", "2025-02-01");
        recognised(school, "MODEL", "2025-02-01");
        assertThat(values("DVK_EXEMPLARS_COMMENDED").get("DVK_EXEMPLARS_COMMENDED").value()).isEqualByComparingTo("1");
    }

    @Test
    void dvcqScoreIsTheAverageFinalScoreOfTheSubtreesUnitsForTheYear() {
        assertThat(values("DVCQ_SCORE")).isEmpty();
        ScoreInput all = new ScoreInput(criteria.forUnit(school, 2025).orElseThrow().leaves().stream()
                .map(c -> new ScoreInput.Line(c.code(), null, c.max().multiply(new BigDecimal("0.9")), null, "https://x.vn/mc", null)).toList());
        scoring.saveSelf(school, 2025, all);
        scoring.saveSuperior(school, 2025, all);
        scoring.finalise(school, 2025, null);
        IndicatorValue v = values("DVCQ_SCORE").get("DVCQ_SCORE");
        assertThat(v.value()).isEqualByComparingTo("90");
        assertThat(v.sourceArgs()).contains("2025");
    }
}
