package vn.gandan.petitions;

import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Who may see and act on a case: the unit's scope (404 outside it), a leader or specialist to act (403 otherwise),
 * and who may read a denouncer's identity (rules.md C6): only the assigned handler and the resolver — the leader of
 * the case's own unit — never a system administrator or the unit above.
 */
@Component
class CaseAccess {

    private final AccessService access;
    private final CaseStore store;

    CaseAccess(AccessService access, CaseStore store) {
        this.access = access;
        this.store = store;
    }

    Case visible(long id) {
        Case c = store.find(id).orElseThrow(() -> new NotFoundException("petition", id));
        if (!access.canSee(c.unitId())) {
            throw new NotFoundException("petition", id);
        }
        return c;
    }

    Case writable(long id) {
        Case c = visible(id);
        requireWriter(c.unitId());
        return c;
    }

    void requireWriter(long unitId) {
        access.requireVisible(unitId);
        if (!access.hasRole(unitId, Role.LEADER) && !access.hasRole(unitId, Role.SPECIALIST)) {
            throw ProblemException.forbidden("access.roleMissing", Role.SPECIALIST.name());
        }
    }

    String username() {
        return access.caller().map(Caller::username).orElse(null);
    }

    /** C6: the handler, or a leader granted on the case's own unit (not through a grant on a unit above). */
    boolean mayReadIdentity(Case c) {
        if (c.kind() != PetitionKind.TO_CAO) {
            return true;
        }
        return access.caller().map(caller -> caller.username().equals(c.d.handler)
                || caller.grants().stream().anyMatch(g -> g.role() == Role.LEADER && g.unitId() == c.unitId()))
                .orElse(false);
    }
}
