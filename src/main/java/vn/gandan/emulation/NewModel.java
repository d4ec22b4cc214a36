package vn.gandan.emulation;

import java.util.Map;

/**
 * A registration as the API and the form send it: the registering unit, exactly one field, the name, the day, the
 * ten fields; optionally the body registered with (default: the unit's superior), kind (MODEL / EXEMPLAR), holder
 * (UNIT / GROUP / PERSON with a name), whether the person is a Party member, and the place.
 */
public record NewModel(Long unitId, Object field, String name, Object registeredOn, Map<String, Object> registration,
                       Long registeredWithUnitId, String kind, String holderKind, String holderName, Boolean partyMember,
                       String place) {
}
