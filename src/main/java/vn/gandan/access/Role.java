package vn.gandan.access;

/** What an account may do on a unit (and, for a subtree grant, on every unit under it). */
public enum Role {
    /** Everything, everywhere. */
    SYSTEM_ADMIN,
    /** Manages the unit's accounts and data. */
    UNIT_ADMIN,
    /** Signs and approves (thủ trưởng, phó thủ trưởng). */
    LEADER,
    /** Drafts plans and consolidates reports (chuyên viên, văn thư). */
    SPECIALIST,
    /** Staff (viên chức, người lao động). */
    STAFF,
    /** Member of the people's inspection board (Ban thanh tra nhân dân). */
    INSPECTOR
}
