package vn.gandan.org;

import vn.gandan.shared.NotFoundException;

/**
 * What the signed-in caller may see and change in the tree. Implemented by the {@code access} module (which
 * knows accounts and grants); the org screens and API use it to scope every read and write.
 */
public interface CallerScope {

    /** The system administrator sees and administers everything. */
    boolean isSystemAdmin();

    /** Whether the unit lies in a subtree granted to the caller (or is the unit granted itself). */
    boolean canSee(long unitId);

    /** Whether the caller may edit the unit (system admin, or unit admin on it or an ancestor). */
    boolean canAdminister(long unitId);

    /** Whether the caller is the system administrator or a unit administrator of some unit (transfer pages). */
    boolean administersSomeUnit();

    /** 403 unless {@link #administersSomeUnit()}: a page for unit administrators only. */
    default void requireSomeUnitAdministered() {
        if (!administersSomeUnit()) {
            throw vn.gandan.shared.ProblemException.forbidden("access.roleMissing", "UNIT_ADMIN");
        }
    }

    /** An SQL predicate on a unit id column, true for the units of today's tree in the caller's scope. */
    String scopeSql(String unitIdColumn);

    /** The units at the top of the caller's grants (empty for the system admin, who starts at the roots). */
    java.util.Set<Long> rootUnitIds();

    /** 404 unless visible: an out-of-scope id must look exactly like a missing one. */
    default void requireVisible(long unitId) {
        if (!canSee(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
    }
}
