package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorSource;
import vn.gandan.reporting.spi.IndicatorValue;
import vn.gandan.shared.ProblemException;

/**
 * The one mechanism by which records fill report figures: a module's {@link IndicatorSource} is asked for the
 * reporting unit's subtree as it was, day by day, in the period's data window; drafts start from the values and
 * keep their sources; a computed figure changes only with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(IndicatorMechanismTests.Records.class)
class IndicatorMechanismTests {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    /** A form of its own, so the stand-in source owns its figure alone (one figure, one owner). */
    private static final String FORM = "TEST_LETTERS";
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A stand-in module: letters received by a unit on a day, counted the way a real module's SQL would. */
    @TestConfiguration
    static class Records {
        static final List<Object[]> LETTERS = new CopyOnWriteArrayList<>();

        @Bean
        IndicatorSource letters() {
            return new IndicatorSource() {
                @Override
                public Set<String> codes() {
                    return Set.of("LETTERS_RECEIVED");
                }

                @Override
                public Map<String, IndicatorValue> values(IndicatorQuery q) {
                    long n = LETTERS.stream().filter(l -> q.units().stream().anyMatch(s -> s.unitId() == (long) l[0]
                            && !((LocalDate) l[1]).isBefore(s.from()) && !((LocalDate) l[1]).isAfter(s.to()))).count();
                    return Map.of("LETTERS_RECEIVED", IndicatorValue.count(n, "reporting.source.computed", n, "sổ thử"));
                }
            };
        }
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    ReportPrefill prefill;
    @Autowired
    UnitAdmin units;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void formWithALetterCount() {
        if (jdbc.sql("select count(*) from report_form where code = :c").param("c", FORM).query(Integer.class).single() == 0) {
            long form = jdbc.sql("insert into report_form(code, name) values (:c, 'Thư nhận được') returning id")
                    .param("c", FORM).query(Long.class).single();
            jdbc.sql("""
                            insert into report_indicator(form_id, code, name, unit_label, aggregation, position)
                            values (:f, 'LETTERS_RECEIVED', 'Số thư nhận được', 'thư', 'SUM', 0)""").param("f", form).update();
        }
    }

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String prefix, UnitKind kind, Long parent) {
        return units.create(new UnitAdmin.NewUnit(prefix + "-" + SEQ.incrementAndGet(), prefix, null, kind, null, null,
                parent, FROM)).id();
    }

    private static void letter(long unit, String day) {
        Records.LETTERS.add(new Object[] {unit, LocalDate.parse(day)});
    }

    private BigDecimal received(long unit, String period) {
        return prefill.prefill(unit, FORM, period).values().get("LETTERS_RECEIVED");
    }

    @Test
    void aSchoolMovedMidYearCountsUnderEachParentForItsOwnPartOfTheYear() {
        long phong = unit("IM-PHONG", UnitKind.PHONG_GDDT, null);
        long xa = unit("IM-XA", UnitKind.UBND_XA, null);
        long school = unit("IM-TRUONG", UnitKind.TRUONG, phong);
        units.move(school, xa, LocalDate.of(2025, 7, 1));
        letter(school, "2025-03-02");
        letter(school, "2025-06-30");
        letter(school, "2025-07-01");
        letter(school, "2025-11-20");
        letter(school, "2025-12-20"); // after the 2025 data window (15/12/2024–14/12/2025)

        assertThat(received(phong, "2025-S1")).isEqualByComparingTo("1");
        assertThat(received(xa, "2025-S1")).as("no letter of the commune's subtree in the window: nothing computed, "
                + "the figure stays free to type").isNull();
        assertThat(received(phong, "2025-S2")).as("15–30/06 under the Phòng").isEqualByComparingTo("1");
        assertThat(received(xa, "2025-S2")).isEqualByComparingTo("2");
        assertThat(received(phong, "2025")).isEqualByComparingTo("2");
        assertThat(received(xa, "2025")).isEqualByComparingTo("2");
        assertThat(received(school, "2025")).isEqualByComparingTo("4");
        assertThat(received(school, "2026")).isEqualByComparingTo("1");
    }

    @Test
    void aNewDraftStartsFromTheRecordsWithTheirSourceAndASubtreeDraftIsConsolidated() {
        long phong = unit("ND-PHONG", UnitKind.PHONG_GDDT, null);
        long school = unit("ND-TRUONG", UnitKind.TRUONG, phong);
        letter(school, "2032-02-03");
        letter(school, "2032-03-04");
        letter(phong, "2032-03-05");

        SubmissionView own = prefill.createFromRecords(school, FORM, "2032-Q1", Map.of());
        assertThat(own.values().get("LETTERS_RECEIVED")).isEqualByComparingTo("2");
        assertThat(own.consolidated()).isFalse();
        assertThat(prefill.sources(own.id()).get("LETTERS_RECEIVED").source()).isEqualTo("Tính từ hồ sơ: 2 — sổ thử");

        SubmissionView whole = prefill.createFromRecords(phong, FORM, "2032-Q1", Map.of());
        assertThat(whole.values().get("LETTERS_RECEIVED")).isEqualByComparingTo("3");
        assertThat(whole.consolidated()).as("covers the schools: not added to the Sở's totals again").isTrue();
    }

    @Test
    void aComputedFigureChangesOnlyWithAReasonThatIsKeptWithWhoChangedIt() {
        long school = unit("OV-TRUONG", UnitKind.TRUONG, null);
        letter(school, "2033-01-10");
        SubmissionView draft = prefill.createFromRecords(school, FORM, "2033-Q1", Map.of());
        Map<String, BigDecimal> changed = Map.of("LETTERS_RECEIVED", BigDecimal.valueOf(3));

        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> prefill.update(draft.id(), changed, Map.of(), Map.of()));
        assertThat(refused.fieldProblems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("values.LETTERS_RECEIVED"));
        assertThat(prefill.sources(draft.id()).get("LETTERS_RECEIVED").overrideReason()).isNull();

        prefill.update(draft.id(), changed, Map.of(), Map.of("LETTERS_RECEIVED", "Hai đơn nhận qua thư điện tử chưa vào sổ"));
        ValueSources.ValueSource src = prefill.sources(draft.id()).get("LETTERS_RECEIVED");
        assertThat(src.computed()).isEqualByComparingTo("1");
        assertThat(src.overrideReason()).isEqualTo("Hai đơn nhận qua thư điện tử chưa vào sổ");
        assertThat(src.overriddenBy()).isEqualTo("admin");

        prefill.update(draft.id(), Map.of("LETTERS_RECEIVED", BigDecimal.ONE), Map.of(), Map.of());
        assertThat(prefill.sources(draft.id()).get("LETTERS_RECEIVED").overrideReason())
                .as("back to the computed figure: no override left").isNull();
    }

    @Test
    void theApiPrefillsADraftAndRefusesASilentChangeAndAnotherUnitsPrefillIsNotFound() {
        long school = unit("API-TRUONG", UnitKind.TRUONG, null);
        letter(school, "2034-02-10");
        letter(school, "2034-02-11");
        vn.gandan.ApiClient admin = new vn.gandan.ApiClient(port).as("admin");
        var pre = admin.get("/api/v1/reports/prefill?unitId=" + school + "&formCode=" + FORM + "&period=2034-Q1");
        assertThat(pre.statusCode()).isEqualTo(200);
        assertThat(pre.body()).contains("\"LETTERS_RECEIVED\":2").contains("Tính từ hồ sơ: 2 — sổ thử");

        var created = admin.post("/api/v1/reports/submissions",
                "{\"unitId\":" + school + ",\"formCode\":\"" + FORM + "\",\"period\":\"2034-Q1\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"LETTERS_RECEIVED\":2");
        long id = vn.gandan.ApiClient.id(created.body());
        var silent = admin.put("/api/v1/reports/submissions/" + id, "{\"values\":{\"LETTERS_RECEIVED\":5}}");
        assertThat(silent.statusCode()).isEqualTo(422);
        assertThat(silent.body()).contains("values.LETTERS_RECEIVED");
        var reasoned = admin.put("/api/v1/reports/submissions/" + id,
                "{\"values\":{\"LETTERS_RECEIVED\":5},\"reasons\":{\"LETTERS_RECEIVED\":\"Ba đơn nhận trực tiếp chưa vào sổ\"}}");
        assertThat(reasoned.statusCode()).as(reasoned.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/reports/submissions/" + id + "/sources").body())
                .contains("Ba đơn nhận trực tiếp chưa vào sổ").contains("\"computed\":2");

        var outside = new vn.gandan.ApiClient(port).as("th.anlinh")
                .get("/api/v1/reports/prefill?unitId=" + school + "&formCode=" + FORM + "&period=2034-Q1");
        assertThat(outside.statusCode()).isEqualTo(404);
    }
}
