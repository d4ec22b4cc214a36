package vn.gandan.supervision;

import java.util.List;

/**
 * A supervisor pressed "nhắc nhở" for a unit: who, from which unit, and what the unit is late with (one line each),
 * with the page where the unit sees its work.
 */
public record UnitReminded(long unitId, long fromUnitId, String fromUnitName, String byUsername, List<String> lateItems,
                           String link) {
}
