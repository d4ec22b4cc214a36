package vn.gandan.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * "Nhắc nhở": a leader or specialist of a unit reminds a unit of its subtree of what it is late with. Audited, then
 * published as {@link UnitReminded} for the notices to reach the unit's people.
 */
@Component
class Reminders {

    private final AccessService access;
    private final UnitService units;
    private final Supervision supervision;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    Reminders(AccessService access, UnitService units, Supervision supervision, AuditLog audit,
              ApplicationEventPublisher events, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.access = access;
        this.units = units;
        this.supervision = supervision;
        this.audit = audit;
        this.events = events;
    }

    /** Whether the caller may send reminders on behalf of the unit. */
    boolean canRemind(long fromUnitId) {
        return access.hasRole(fromUnitId, Role.LEADER) || access.hasRole(fromUnitId, Role.SPECIALIST);
    }

    /** 404 for a unit outside the sender's subtree (or the sender itself), 403 without the role. */
    @Transactional
    UnitReminded remind(long fromUnitId, long unitId, int year) {
        access.requireVisible(fromUnitId);
        LocalDate today = units.today();
        if (unitId == fromUnitId || !units.isWithin(unitId, fromUnitId, today)) {
            throw new NotFoundException("unit", unitId);
        }
        if (!canRemind(fromUnitId)) {
            throw ProblemException.forbidden("access.roleMissing", Role.SPECIALIST.name());
        }
        UnitView from = units.get(fromUnitId);
        List<String> items = lateItems(fromUnitId, unitId, year);
        String by = access.requireCaller().username();
        audit.record("REMIND", "Unit", unitId, null, Map.of("fromUnitId", fromUnitId, "items", items));
        UnitReminded event = new UnitReminded(unitId, fromUnitId, from.name(), by, items, "/units/" + unitId + "/work");
        events.publishEvent(event);
        return event;
    }

    private List<String> lateItems(long fromUnitId, long unitId, int year) {
        Overview o = supervision.overview(fromUnitId, year);
        List<String> items = new ArrayList<>();
        o.late().stream().filter(l -> l.unitId() == unitId).findFirst().ifPresent(l -> {
            if (l.overdueTasks() > 0) {
                items.add(text("supervision.remind.overdueTasks", l.overdueTasks()));
            }
            l.lateReports().forEach(r -> items.add(text("supervision.remind.lateReport", r)));
        });
        o.plans().forEach(p -> p.notImplemented().stream().filter(m -> m.unitId() == unitId).findFirst()
                .ifPresent(m -> items.add(text("supervision.remind.planMissing", p.label()))));
        return items;
    }

    /** Reminder lines go into the unit's notices and e-mails, which are written in Vietnamese. */
    private String text(String key, Object arg) {
        return messages.getMessage(key, new Object[] {String.valueOf(arg)}, java.util.Locale.forLanguageTag("vi"));
    }
}
