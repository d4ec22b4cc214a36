package vn.gandan.reporting;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** Defect 12 on the pages: a report's receivers ("Nơi nhận") and the main receivers a unit co-receives from. */
@Component
@Transactional(readOnly = true)
class ReportReceivers {

    private final RegimeService regimes;
    private final RegimeStore store;
    private final UnitService units;

    ReportReceivers(RegimeService regimes, RegimeStore store, UnitService units) {
        this.regimes = regimes;
        this.store = store;
        this.units = units;
    }

    /** The names of the report's receivers: the main receiver first, then the co-receivers. */
    List<String> names(SubmissionView s, long formId) {
        return regimes.receiversOf(s.unitId(), formId, ReportPeriod.parse(s.period())).stream()
                .map(u -> units.get(u).name()).toList();
    }

    /** The main receivers whose regime in force for the period names {@code unitId} as a co-receiver. */
    List<UnitView> coReceivedFrom(long unitId, long formId, String period) {
        ReportPeriod p = ReportPeriod.parse(period);
        return store.coReceiving(unitId, formId).stream() // one statement, the regimes with their parts (session 14)
                .filter(r -> r.inForceOn(p.referenceDate()) && r.covers(p.code()))
                .map(ReportingRegime::receiverUnitId).distinct().map(units::get).toList();
    }
}
