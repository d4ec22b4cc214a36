package vn.gandan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitService;
import vn.gandan.testing.IndicatorFixture;

/** DISCLOSURES_DONE and DISCLOSURES_LAPSED on the last day of the 2025 window, over a fresh Phòng's school. */
@SpringBootTest
@ActiveProfiles("test")
class DisclosureIndicatorTests {

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
        IndicatorFixture.Tree tree = IndicatorFixture.tree(admin, "DI");
        phong = tree.phong();
        long school = tree.school();
        publish(school, "TT09-II-01", "2024-08-01"); // valid until 30/06/2025: lapsed on 14/12/2025
        publish(school, "TT09-II-02", "2025-08-01");
        publish(school, "TT09-I-01", "2024-09-01");
    }

    private void publish(long unit, String item, String on) {
        service.publish(new DisclosureService.Publish(unit, item, LocalDate.parse(on), List.of("WEBSITE"), null, null, null, null));
    }

    @AfterEach
    void signOut() {
        IndicatorFixture.signOut();
    }

    private java.math.BigDecimal value(String code) {
        return IndicatorFixture.value(source, units, phong, code, "disclosure.indicator.source.");
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
