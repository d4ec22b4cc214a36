package vn.gandan.access;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** The audit log for the system administrator: search, and a check of the hash chain. Read-only. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final AccessService access;

    AuditController(AuditLog audit, AccessService access) {
        this.audit = audit;
        this.access = access;
    }

    @Bean
    static NavItem auditNav() {
        return new NavItem("nav.audit", "/admin/audit", 90, "journal", "ROLE_SYSTEM_ADMIN");
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String objectType,
                  @RequestParam(defaultValue = "") String objectId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "false") boolean verify, Model model) {
        if (!access.isSystemAdmin()) {
            throw ProblemException.forbidden("access.forbidden");
        }
        model.addAttribute("entries", audit.search(new AuditLog.AuditQuery(username.strip(), objectType.strip(),
                objectId.strip(), from, to, 200)));
        model.addAttribute("f", java.util.Map.of("username", username, "objectType", objectType, "objectId", objectId));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (verify) {
            AuditLog.ChainCheck check = audit.verify();
            model.addAttribute("broken", check.intact() ? "" : String.valueOf(check.firstBrokenRow()));
            model.addAttribute("seal", new AuditLog.SealCounts(check.sealed(), check.unsealed()));
        } else {
            model.addAttribute("seal", audit.sealCounts());
        }
        return "access/audit";
    }
}
