package vn.gandan.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.shared.ProblemException;

/**
 * Who may change a form (its owning unit's administrators or a system administrator) and the versioned change
 * log: every change raises the form's version and is recorded with what it did, so it can be seen and undone.
 */
@Component
class FormOwnership {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final AuditLog audit;

    FormOwnership(JdbcClient jdbc, AccessService access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** 403 unless the caller administers the form's owning unit (forms without an owner: system admin only). */
    void requireOwner(long formId) {
        if (!mayChange(formId)) {
            throw ProblemException.forbidden("reporting.form.ownerOnly");
        }
    }

    boolean mayChange(long formId) {
        if (access.isSystemAdmin()) {
            return true;
        }
        Long owner = jdbc.sql("select owner_unit_id from report_form where id = :f").param("f", formId)
                .query((rs, i) -> (Long) rs.getObject(1, Long.class)).optional().orElse(null);
        return owner != null && access.hasRole(owner, Role.UNIT_ADMIN);
    }

    /** A new form's owner: a unit the caller administers (404 outside scope, 403 without the role). */
    void requireMayCreate(Long ownerUnitId) {
        if (ownerUnitId == null) {
            if (!access.isSystemAdmin()) {
                throw ProblemException.forbidden("reporting.form.ownerOnly");
            }
            return;
        }
        access.requireRole(ownerUnitId, Role.UNIT_ADMIN);
    }

    /** The units whose forms the caller may create (a system administrator may also create unowned ones). */
    List<Long> adminUnits() {
        return access.caller().map(c -> c.grants().stream().filter(g -> g.role() == Role.UNIT_ADMIN)
                .map(Caller.Grant::unitId).distinct().toList()).orElse(List.of());
    }

    void changed(long formId, String action, String detail) {
        int version = jdbc.sql("update report_form set version = version + 1 where id = :f returning version")
                .param("f", formId).query(Integer.class).single();
        jdbc.sql("insert into report_form_change(form_id, version, action, detail, username) values (:f, :v, :a, :d, :u)")
                .param("f", formId).param("v", version).param("a", action).param("d", detail)
                .param("u", access.caller().map(Caller::username).orElse(null)).update();
        audit.record("UPDATE", "ReportForm", formId, null, Map.of(action, detail, "version", version));
    }

    int version(long formId) {
        return jdbc.sql("select version from report_form where id = :f").param("f", formId).query(Integer.class).single();
    }

    /** The form's change log, newest first. */
    List<FormDef.Change> history(long formId) {
        return jdbc.sql("select version, action, detail, username, at from report_form_change where form_id = :f order by version desc")
                .param("f", formId).query((rs, i) -> new FormDef.Change(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }
}
