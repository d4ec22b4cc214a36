package vn.gandan.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.NotFoundException;

/** {@code /supervision}: the dashboard of a unit's subtree (the caller's own unit by default) and "nhắc nhở". */
@Controller
class SupervisionController {

    private final Supervision supervision;
    private final Reminders reminders;
    private final AccessService access;
    private final UnitService units;

    SupervisionController(Supervision supervision, Reminders reminders, AccessService access, UnitService units) {
        this.supervision = supervision;
        this.reminders = reminders;
        this.access = access;
        this.units = units;
    }

    @Bean
    static NavItem supervisionNav() {
        return new NavItem("nav.supervision", "/supervision", 35, "speedometer", "ROLE_LEADER|ROLE_SPECIALIST|ROLE_SYSTEM_ADMIN");
    }

    /** A year typed wrongly is shown in place with the typed text kept; the page then shows this year. */
    @GetMapping("/supervision")
    String dashboard(@RequestParam(required = false) String unitId, @RequestParam(required = false) String year,
                     Model model) {
        long root = root(unitId);
        int thisYear = units.today().getYear();
        Integer y = SupervisionYear.parse(year, thisYear);
        if (y == null) {
            model.addAttribute("yearError", "supervision.error.year");
        }
        int shown = y == null ? thisYear : y;
        model.addAttribute("o", supervision.overview(root, shown));
        model.addAttribute("yearText", year == null ? String.valueOf(shown) : year);
        model.addAttribute("canRemind", reminders.canRemind(root));
        model.addAttribute("parentId", units.parentId(root, units.today()).filter(access::canSee).orElse(null));
        return "supervision/dashboard";
    }

    @PostMapping("/supervision/remind")
    String remind(@RequestParam long rootId, @RequestParam long unitId, @RequestParam(required = false) String year,
                  RedirectAttributes redirect) {
        int thisYear = units.today().getYear();
        Integer y = SupervisionYear.parse(year, thisYear);
        UnitReminded sent = reminders.remind(rootId, unitId, y == null ? thisYear : y);
        redirect.addFlashAttribute("reminded", units.get(sent.unitId()).name());
        return "redirect:/supervision?unitId=" + rootId + "&year=" + (y == null ? thisYear : y);
    }

    private long root(String unitId) {
        if (unitId != null && !unitId.isBlank()) {
            try {
                return Long.parseLong(unitId.trim());
            } catch (NumberFormatException e) {
                throw new NotFoundException("unit", unitId);
            }
        }
        Caller c = access.requireCaller();
        if (c.unitId() != null) {
            return c.unitId();
        }
        return access.grantRootIds().stream().findFirst()
                .or(() -> units.roots().stream().map(u -> u.id()).findFirst())
                .orElseThrow(() -> new NotFoundException("unit", "-"));
    }
}
