package vn.gandan.access;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.org.UnitService;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** The signed-in user's own page (grants, password change) and account administration. */
@Controller
class AccountController {

    private final AccessService access;
    private final AccountAdmin admin;
    private final UnitService units;

    AccountController(AccessService access, AccountAdmin admin, UnitService units) {
        this.access = access;
        this.admin = admin;
        this.units = units;
    }

    @Bean
    static NavItem accountsNav() {
        return new NavItem("nav.accounts", "/admin/accounts", 80, "people", "ROLE_SYSTEM_ADMIN|ROLE_UNIT_ADMIN");
    }

    @GetMapping("/account")
    String account(Model model) {
        Caller caller = access.requireCaller();
        model.addAttribute("caller", caller);
        model.addAttribute("unitNames", caller.grants().stream()
                .collect(java.util.stream.Collectors.toMap(Caller.Grant::unitId,
                        g -> units.find(g.unitId()).map(u -> u.name()).orElse("?"), (a, b) -> a)));
        return "access/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String next, @RequestParam String confirm,
                          Model model, RedirectAttributes flash) {
        if (!next.equals(confirm)) {
            model.addAttribute("problems", java.util.List.of(
                    vn.gandan.shared.FieldProblem.of("confirm", "access.password.mismatch")));
            return account(model);
        }
        try {
            admin.changeOwnPassword(current, next);
        } catch (ProblemException e) {
            model.addAttribute("problems", e.fieldProblems());
            return account(model);
        }
        flash.addFlashAttribute("done", "access.password.changed");
        return "redirect:/account";
    }

    @GetMapping("/admin/accounts")
    String accounts(@RequestParam(defaultValue = "") String q, Model model) {
        access.requireAnyRole(Role.UNIT_ADMIN);
        model.addAttribute("q", q);
        model.addAttribute("accounts", admin.list(q));
        model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN).toList());
        return "access/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String unitCode,
                  @RequestParam Role role, @RequestParam(defaultValue = "false") boolean subtree,
                  @RequestParam String password, Model model, RedirectAttributes flash) {
        try {
            long unitId = units.findByCode(unitCode.strip()).map(u -> u.id()).filter(access::canSee)
                    .orElseThrow(() -> ProblemException.invalid("error.validation",
                            java.util.List.of(vn.gandan.shared.FieldProblem.of("unitCode", "access.account.unit.unknown"))));
            admin.create(username, displayName, unitId, role, subtree, password);
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            model.addAttribute("problems", e.fieldProblems());
            return accounts("", model);
        }
        flash.addFlashAttribute("done", "access.account.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/reset")
    String reset(@PathVariable long id, @RequestParam String password, Model model, RedirectAttributes flash) {
        try {
            admin.resetPassword(id, password);
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            model.addAttribute("problems", e.fieldProblems());
            return accounts("", model);
        }
        flash.addFlashAttribute("done", "access.password.reset");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled) {
        admin.setEnabled(id, enabled);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/grants")
    String grant(@PathVariable long id, @RequestParam String unitCode, @RequestParam Role role,
                 @RequestParam(defaultValue = "false") boolean subtree, Model model, RedirectAttributes flash) {
        try {
            long unitId = units.findByCode(unitCode.strip()).map(u -> u.id()).filter(access::canSee)
                    .orElseThrow(() -> ProblemException.invalid("error.validation",
                            java.util.List.of(vn.gandan.shared.FieldProblem.of("unitCode", "access.account.unit.unknown"))));
            admin.grant(id, unitId, role, subtree);
        } catch (ProblemException e) {
            if (e.fieldProblems().isEmpty() && e.status() != 409) {
                throw e;
            }
            model.addAttribute("problems", e.fieldProblems().isEmpty()
                    ? java.util.List.of(vn.gandan.shared.FieldProblem.of("role", e.messageKey())) : e.fieldProblems());
            return accounts("", model);
        }
        flash.addFlashAttribute("done", "access.grant.added");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/grants/{grantId}/end")
    String endGrant(@PathVariable long id, @PathVariable long grantId, RedirectAttributes flash) {
        admin.endGrant(id, grantId);
        flash.addFlashAttribute("done", "access.grant.ended");
        return "redirect:/admin/accounts";
    }
}
