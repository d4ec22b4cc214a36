package vn.gandan.org;

import java.time.LocalDate;

/**
 * SQL tests of a unit column against a subtree of the tree on a day, for other modules' queries (the closure is this
 * module's table). {@code org_subtree(root, day)} lists the whole subtree — a Sở's 6,333 units hashed before the rows
 * they filter; {@link #contains} tests each row with one index probe of the closure, so its cost grows with the rows
 * tested (a search's few matches), not with the size of the subtree.
 */
public final class SubtreeSql {

    private SubtreeSql() {
    }

    /** True when {@code column} is {@code root} or a unit under it on {@code day} (same units as org_subtree). */
    public static String contains(String column, long root, LocalDate day) {
        String d = "date '" + day + "'";
        return "(" + column + " = " + root + " or exists (select 1 from org_unit_closure oc where oc.unit_id = " + column
                + " and oc.ancestor_id = " + root + " and oc.valid_from <= " + d
                + " and (oc.valid_to is null or oc.valid_to >= " + d + ")))";
    }
}
