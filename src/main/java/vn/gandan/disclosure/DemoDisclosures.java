package vn.gandan.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.platform.DemoMode;

/**
 * A disclosure register for the Phú Giáo schools, dated from the day the database is created: most items current,
 * some published two years ago (lapsed, G1), a few missing; internal disclosures of Phước Sang. Idempotent.
 */
@Component
@Order(51)
class DemoDisclosures implements ApplicationRunner {

    /** School → items left out (missing) and items published two years ago (lapsed). */
    private static final Map<String, List<List<String>>> GAPS = Map.of(
            "TH-PS", List.of(List.of("TT09-VIII-01"), List.of()),
            "TH-AL", List.of(List.of(), List.of("TT09-II-01", "TT09-II-02", "TT09-III-01")),
            "TH-PV", List.of(List.of(), List.of()),
            "TH-TH", List.of(List.of("TT09-V-01", "TT09-VIII-01", "TT09-VI-02"), List.of("TT09-II-01")),
            "THCS-PS", List.of(List.of(), List.of("TT09-IV-01")),
            "MN-PG", List.of(List.of(), List.of()));

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final UnitService units;
    private final vn.gandan.calendar.WorkCalendar calendar;
    private final Clock clock;

    DemoDisclosures(DemoMode demo, JdbcClient jdbc, Catalogue catalogue, UnitService units,
                    vn.gandan.calendar.WorkCalendar calendar, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select count(*) from disclosure").query(Integer.class).single() > 0
                || units.findByCode("TH-PS").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        GAPS.forEach((code, gaps) -> units.findByCode(code).ifPresent(u -> school(u, gaps.get(0), gaps.get(1), today)));
        units.findByCode("TH-PS").ifPresent(u -> internal(u, today));
    }

    private void school(UnitView u, List<String> missing, List<String> lapsed, LocalDate today) {
        for (CatalogueItem i : catalogue.applicable(u, today)) {
            if (!i.isPublic() || missing.contains(i.code())) continue;
            LocalDate on = lapsed.contains(i.code()) ? today.minusYears(2) : today.minusDays(60);
            String period = (on.getYear() - 1) + "-" + on.getYear();
            insert(u.id(), i, on, period, null);
        }
    }

    private void internal(UnitView u, LocalDate today) {
        catalogue.find("NB-03", today).ifPresent(i -> insert(u.id(), i, today.minusDays(20), null, today.minusDays(26)));
        catalogue.find("NB-04", today).ifPresent(i -> insert(u.id(), i, today.minusDays(3), null, today.minusDays(24)));
    }

    private void insert(long unit, CatalogueItem i, LocalDate on, String period, LocalDate decidedOn) {
        LocalDate validUntil = i.validUntil(on);
        jdbc.sql("""
                        insert into disclosure(unit_id, item_code, published_on, forms, period_label, title, evidence_url,
                                               valid_until, decided_on, due_by, posted_until, created_by)
                        values (:u, :i, :p, :f, :per, :t, :url, :v, :d, :due, :posted, 'demo')""")
                .param("u", unit).param("i", i.code()).param("p", on)
                .param("f", i.isPublic() ? "WEBSITE,NOTICE_BOARD" : "NOTICE_BOARD,MEETING").param("per", period)
                .param("t", i.name()).param("url", "https://phugiao.edu.vn/cong-khai/" + i.code().toLowerCase())
                .param("v", validUntil).param("d", decidedOn)
                .param("due", decidedOn == null ? null : calendar.addWorkingDays(decidedOn, i.updateWorkingDays(), unit)).param("posted", i.isPublic() ? null : validUntil)
                .update();
    }
}
