package vn.gandan.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    ReportReceivers(RegimeService regimes, RegimeStore store, UnitService units, JdbcClient jdbc) {
        this.regimes = regimes;
        this.store = store;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The names of the report's receivers: the main receiver first, then the co-receivers. */
    List<String> names(SubmissionView s, long formId) {
        return regimes.receiversOf(s.unitId(), formId, ReportPeriod.parse(s.period())).stream()
                .map(u -> units.get(u).name()).toList();
    }

    /** The main receivers whose regime in force for the period names {@code unitId} as a co-receiver. */
    List<UnitView> coReceivedFrom(long unitId, long formId, String period) {
        ReportPeriod p = ReportPeriod.parse(period);
        List<Long> ids = jdbc.sql("""
                        select r.id from report_regime r join report_regime_receiver c on c.regime_id = r.id
                        where c.unit_id = :u and r.form_id = :f and r.receiver_unit_id is not null order by r.id""")
                .param("u", unitId).param("f", formId).query(Long.class).list();
        return ids.stream().map(id -> store.find(id).orElseThrow())
                .filter(r -> r.inForceOn(p.referenceDate()) && r.covers(p.code()))
                .map(ReportingRegime::receiverUnitId).distinct().map(units::get).toList();
    }
}
