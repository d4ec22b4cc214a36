package vn.gandan.access;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;

/** A unit administrator requires (or stops requiring) the second factor of the unit's leaders and administrators. */
@Controller
class UnitSecondFactorController {

    private final AccessService access;
    private final UnitService units;
    private final SecondFactor factor;
    private final AccountController accounts;

    UnitSecondFactorController(AccessService access, UnitService units, SecondFactor factor, AccountController accounts) {
        this.access = access;
        this.units = units;
        this.factor = factor;
        this.accounts = accounts;
    }

    @PostMapping("/admin/accounts/second-factor")
    String require(@RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "false") boolean required,
                   Model model, RedirectAttributes flash) {
        access.requireAnyRole(Role.UNIT_ADMIN);
        Long unitId = units.findByCode(unitCode.strip()).map(u -> u.id()).filter(access::canSee).orElse(null);
        if (unitId == null) {
            model.addAttribute("problems", List.of(FieldProblem.of("unitCode", "access.account.unit.unknown")));
            return accounts.accounts("", model);
        }
        access.requireRole(unitId, Role.UNIT_ADMIN);
        factor.setUnitRequires(unitId, required, access.requireCaller().username());
        flash.addFlashAttribute("done", "access.secondFactor.unitSaved");
        return "redirect:/admin/accounts";
    }
}
