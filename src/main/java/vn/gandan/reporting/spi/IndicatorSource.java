package vn.gandan.reporting.spi;

import java.util.Map;
import java.util.Set;

/**
 * A module's contribution to report figures: the indicator codes it can compute from its own records, and their
 * values for a query. Declared as a Spring bean; one grouped query per call is the expected cost.
 */
public interface IndicatorSource {

    /** The indicator codes (e.g. {@code PETITIONS_RECEIVED}) this source computes. */
    Set<String> codes();

    /**
     * Values for the asked codes that this source knows ({@link IndicatorQuery#codes()}); codes it leaves out are
     * simply not pre-filled. Reads only the module's own tables.
     */
    Map<String, IndicatorValue> values(IndicatorQuery query);
}
