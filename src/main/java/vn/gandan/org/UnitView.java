package vn.gandan.org;

import java.time.LocalDate;

/** A unit as other modules and the API see it; {@code parentId} is the parent as of the date asked for. */
public record UnitView(Long id, String code, String name, String shortName, UnitKind kind, SchoolLevel schoolLevel,
                       Long parentId, String place, LocalDate validFrom, LocalDate validTo) {

    /** Whether the unit exists on the given day (validTo is the last day, inclusive). */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
