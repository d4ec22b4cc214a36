package vn.gandan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.platform.DemoMode;

/**
 * Defect 12, modelled on seed 002 ("báo cáo kết quả thực hiện về Sở (qua phòng TCCB, Công đoàn Giáo dục tỉnh)"):
 * the DVCQ regime the Phòng GDĐT Phú Giáo receives under this year (set by its demo plan, dated from the Clock)
 * also names the Công đoàn Giáo dục tỉnh as a co-receiver. Idempotent.
 */
@Component
@Order(52)
class DemoCoReceivers implements ApplicationRunner {

    private final DemoMode demo;
    private final RegimeService regimes;
    private final RegimeStore store;
    private final FormCatalog forms;
    private final UnitService units;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoCoReceivers(DemoMode demo, RegimeService regimes, RegimeStore store, FormCatalog forms, UnitService units,
                    TransactionTemplate tx, Clock clock) {
        this.demo = demo;
        this.regimes = regimes;
        this.store = store;
        this.forms = forms;
        this.units = units;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !forms.codes().contains("DVCQ")) {
            return;
        }
        UnitView phong = units.findByCode("PGDDT-PG").orElse(null);
        UnitView union = units.findByCode("CDGD-BD").orElse(null);
        if (phong == null || union == null) {
            return;
        }
        ReportPeriod year = ReportPeriod.parse(String.valueOf(LocalDate.now(clock).getYear()));
        tx.executeWithoutResult(t -> regimes.inForceForReceiver(phong.id(), forms.byCode("DVCQ").id(), year)
                .filter(r -> phong.id().equals(r.receiverUnitId()) && !r.coReceiverUnitIds().contains(union.id()))
                .ifPresent(r -> {
                    List<Long> co = new ArrayList<>(r.coReceiverUnitIds());
                    co.add(union.id());
                    store.writeCoReceivers(r.id(), co);
                }));
    }
}
