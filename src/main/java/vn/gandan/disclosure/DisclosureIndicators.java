package vn.gandan.disclosure;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gandan.reporting.spi.IndicatorQuery;
import vn.gandan.reporting.spi.IndicatorSource;
import vn.gandan.reporting.spi.IndicatorValue;

/** Report figures from the disclosure register on the window's last day: items current and items lapsed (G1). */
@Component
class DisclosureIndicators implements IndicatorSource {

    private static final Set<String> CODES = Set.of("DISCLOSURES_DONE", "DISCLOSURES_LAPSED");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DisclosureCompliance compliance;

    DisclosureIndicators(DisclosureCompliance compliance) {
        this.compliance = compliance;
    }

    @Override
    public Set<String> codes() {
        return CODES;
    }

    @Override
    public Map<String, IndicatorValue> values(IndicatorQuery q) {
        Map<String, IndicatorValue> out = new HashMap<>();
        if (!q.wantsAny(CODES)) return out;
        DisclosureCompliance.Summary s = compliance.over(q.unitIdsOn(q.to()), q.unitId(), q.to());
        String day = DATE.format(q.to());
        if (q.codes().contains("DISCLOSURES_DONE")) {
            out.put("DISCLOSURES_DONE", IndicatorValue.count(s.current(), "disclosure.indicator.source.done", s.current(), s.required(), day));
        }
        if (q.codes().contains("DISCLOSURES_LAPSED")) {
            out.put("DISCLOSURES_LAPSED", IndicatorValue.count(s.lapsed(), "disclosure.indicator.source.lapsed", s.lapsed(), day));
        }
        return out;
    }
}
