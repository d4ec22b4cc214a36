package vn.gandan.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * "A page of a unit the caller may see", shared by the unit-scoped registers (meetings' calendar, disclosure's
 * register, …): the caller's own unit to start from, the unit (404 when out of scope) with its sub-units the caller
 * sees today, and traffic-light lines for the template fragment {@code web/unit-page :: lights}.
 */
@Component
public class UnitPages {

    private final AccessService access;
    private final UnitService units;

    UnitPages(AccessService access, UnitService units) {
        this.access = access;
        this.units = units;
    }

    /** The unit and the sub-units the caller may open, as of today. */
    public record Page(UnitView unit, List<UnitView> children) {
    }

    /**
     * One sub-unit's line: its name linking to {@code href}, a {@code light} (GREEN, AMBER, RED) and the badge's text.
     */
    public record Light(String code, String name, String href, String light, String label) {
    }

    /** {@code redirect:/units/{own}/{page}} for the caller's unit (or first granted root); the unit list without one. */
    public String redirectToOwn(String page) {
        Caller c = access.requireCaller();
        Long unit = c.unitId() != null ? c.unitId() : access.grantRootIds().stream().findFirst().orElse(null);
        return unit == null ? "redirect:/units" : "redirect:/units/" + unit + "/" + page;
    }

    /** The unit if the caller may see it (404 otherwise), with its visible sub-units today. */
    public Page open(long unitId) {
        access.requireVisible(unitId);
        UnitView unit = units.get(unitId);
        List<UnitView> children = units.children(unitId, units.today());
        java.util.Set<Long> visible = access.visibleChildren(unitId, children.stream().map(UnitView::id).toList());
        return new Page(unit, children.stream().filter(u -> visible.contains(u.id())).toList());
    }
}
