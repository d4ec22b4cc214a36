package vn.gandan.access;

import org.springframework.stereotype.Component;
import vn.gandan.org.CallerScope;

/** The org module's view of the caller, answered from accounts and grants. */
@Component
class AccessCallerScope implements CallerScope {

    private final AccessService access;

    AccessCallerScope(AccessService access) {
        this.access = access;
    }

    @Override
    public boolean isSystemAdmin() {
        return access.isSystemAdmin();
    }

    @Override
    public boolean canSee(long unitId) {
        return access.canSee(unitId);
    }

    @Override
    public String scopeSql(String unitIdColumn) {
        return access.scopeSql(unitIdColumn);
    }

    @Override
    public java.util.Set<Long> rootUnitIds() {
        return access.grantRootIds();
    }

    @Override
    public boolean administersSomeUnit() {
        return access.holdsAnyRole(Role.UNIT_ADMIN);
    }

    @Override
    public boolean canAdminister(long unitId) {
        return access.hasRole(unitId, Role.UNIT_ADMIN);
    }
}
