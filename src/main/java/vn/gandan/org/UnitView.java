package vn.gandan.org;

import java.time.LocalDate;

/**
 * A unit as other modules and the API see it; {@code parentId} is the parent as of the date asked for;
 * {@code governingBody} the cơ quan chủ quản printed above its name on documents (null: the parent's name).
 */
public record UnitView(Long id, String code, String name, String shortName, UnitKind kind, SchoolLevel schoolLevel,
                       Long parentId, String place, LocalDate validFrom, LocalDate validTo, String governingBody) {

    /** Whether the unit exists on the given day (validTo is the last day, inclusive). */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
