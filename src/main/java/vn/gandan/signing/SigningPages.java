package vn.gandan.signing;

import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gandan.org.UnitService;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** The verification page and a unit's certificate page; errors come back in place on the same page. */
@Controller
class SigningPages {

    private final SigningService signing;
    private final UnitService units;
    private final MessageSource messages;

    SigningPages(SigningService signing, UnitService units, MessageSource messages) {
        this.signing = signing;
        this.units = units;
        this.messages = messages;
    }

    @org.springframework.context.annotation.Bean
    static vn.gandan.shared.NavItem signingNav() {
        return new vn.gandan.shared.NavItem("nav.signing", "/signing/verify", 80, "patch-check", null);
    }

    @GetMapping("/signing/verify")
    String verifyForm() {
        return "signing/verify";
    }

    @PostMapping("/signing/verify")
    String verify(@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("result", signing.verify(file == null ? null : file.getBytes()));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (ProblemException e) {
            if (e.status() != 422) throw e;
            model.addAttribute("fileError", message(e.messageKey()));
        }
        return "signing/verify";
    }

    @GetMapping("/units/{unitId}/signing")
    String certificate(@PathVariable long unitId, Model model) {
        model.addAttribute("certificate", signing.certificate(unitId).orElse(null));
        model.addAttribute("unit", units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId)));
        model.addAttribute("canManage", signing.canManage(unitId));
        return "signing/certificate";
    }

    @PostMapping("/units/{unitId}/signing/generate")
    String generate(@PathVariable long unitId, @RequestParam(required = false) String confirm, Model model,
                    RedirectAttributes flash) {
        signing.requireManager(unitId);
        if (!"yes".equals(confirm)) {
            model.addAttribute("confirmError", message("signing.confirmRequired"));
            return certificate(unitId, model);
        }
        signing.generate(unitId);
        flash.addFlashAttribute("notice", message("signing.generated"));
        return "redirect:/units/" + unitId + "/signing";
    }

    @PostMapping("/units/{unitId}/signing/upload")
    String upload(@PathVariable long unitId, @RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String password, Model model, RedirectAttributes flash)
            throws IOException {
        signing.requireManager(unitId);
        try {
            signing.upload(unitId, file == null ? null : file.getBytes(), password);
        } catch (ProblemException e) {
            if (e.status() != 422) throw e;
            model.addAttribute("fileError", message(e.messageKey()));
            return certificate(unitId, model);
        }
        flash.addFlashAttribute("notice", message("signing.uploaded"));
        return "redirect:/units/" + unitId + "/signing";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
