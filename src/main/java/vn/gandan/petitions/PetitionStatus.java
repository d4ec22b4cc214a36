package vn.gandan.petitions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands (rules.md B8): received, then accepted (thụ lý) or not, forwarded, guided, merged into a
 * duplicate; an accepted case is verified, goes to dialogue, is decided, takes effect and is closed. From
 * 01/7/2026 it may also be withdrawn, suspended (the clock stops) or terminated.
 */
public enum PetitionStatus {
    RECEIVED, ACCEPTED, REJECTED, FORWARDED, GUIDED, MERGED, VERIFYING, DIALOGUE, SUSPENDED, RESOLVED, EFFECTIVE,
    CLOSED, WITHDRAWN, TERMINATED;

    static final Set<PetitionStatus> IN_PROGRESS = EnumSet.of(ACCEPTED, VERIFYING, DIALOGUE);
    static final Set<PetitionStatus> DONE = EnumSet.of(RESOLVED, EFFECTIVE, CLOSED);

    /** Whether the case still waits for the unit (intake or resolution). */
    public boolean open() {
        return this == RECEIVED || this == SUSPENDED || IN_PROGRESS.contains(this);
    }
}
