package vn.gandan.petitions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.shared.NotFoundException;

/** {@code /petitions/dashboard}: the overview of the caller's unit (or the one asked) and the units under it. */
@Controller
class PetitionDashboardPage {

    private final PetitionDashboard dashboard;
    private final AccessService access;

    PetitionDashboardPage(PetitionDashboard dashboard, AccessService access) {
        this.dashboard = dashboard;
        this.access = access;
    }

    @GetMapping("/petitions/dashboard")
    String page(@RequestParam(required = false) Long unitId, Model model) {
        Long unit = unitId != null ? unitId : access.caller().map(Caller::unitId)
                .orElseThrow(() -> new NotFoundException("unit", "none"));
        if (unit == null) {
            throw new NotFoundException("unit", "none");
        }
        PetitionDashboard.Overview o = dashboard.of(unit);
        model.addAttribute("o", o);
        model.addAttribute("maxMonth", o.byMonth().values().stream().mapToLong(Long::longValue).max().orElse(1));
        return "petitions/dashboard";
    }
}
