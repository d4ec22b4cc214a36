package vn.gandan.access;

import java.util.List;

/** The signed-in account with its grants, as other modules see it. */
public record Caller(long accountId, String username, String displayName, Long unitId, boolean systemAdmin,
                     List<Grant> grants) {

    /** A role held on a unit (and its subtree when {@code subtree}). */
    public record Grant(long unitId, Role role, boolean subtree) {
    }
}
