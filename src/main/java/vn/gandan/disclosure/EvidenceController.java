package vn.gandan.disclosure;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Evidence from the register page: a file (≤ 10 MB, type sniffed from the content: PDF, Word, Excel, images) and/or a
 * link, added to a publication. A refusal (size, type, link) shows beside that publication's form.
 */
@Controller
class EvidenceController {

    private final DisclosureService service;
    private final DisclosureStore store;
    private final DisclosureController register;
    private final MessageSource messages;

    EvidenceController(DisclosureService service, DisclosureStore store, DisclosureController register, MessageSource messages) {
        this.service = service;
        this.store = store;
        this.register = register;
        this.messages = messages;
    }

    @PostMapping("/units/{id}/disclosures/{disclosureId}/evidence")
    String evidence(@PathVariable long id, @PathVariable long disclosureId,
                    @RequestParam(name = "file", required = false) MultipartFile file,
                    @RequestParam(name = "evidenceUrl", required = false) String url, Model model) throws IOException {
        if (store.get(disclosureId).unitId() != id) throw DisclosureService.notFound(disclosureId);
        boolean hasFile = file != null && !file.isEmpty();
        boolean hasUrl = url != null && !url.isBlank();
        try {
            if (!hasFile && !hasUrl) throw ProblemException.invalid("disclosure.error.invalid",
                    java.util.List.of(vn.gandan.shared.FieldProblem.of("evidence", "disclosure.evidence.none")));
            if (hasUrl) service.link(disclosureId, url);
            if (hasFile) service.attach(disclosureId, file.getOriginalFilename(), file.getBytes());
        } catch (ProblemException e) {
            Map<String, String> errors = e.fieldProblems().isEmpty() ? new LinkedHashMap<>() : register.errors(e);
            errors.putIfAbsent("evidence", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            errors.put("_form", "evidence-" + disclosureId);
            model.addAttribute("errors", errors);
            model.addAttribute("entered", Map.of("evidenceUrl-" + disclosureId, url == null ? "" : url, "publishedOn", ""));
            return register.register(id, Map.of(), model);
        }
        return "redirect:/units/" + id + "/disclosures#d-" + disclosureId;
    }

    /** The evidence file for those who see the unit (internal items included); 404 out of scope. */
    @GetMapping("/units/{id}/disclosures/{disclosureId}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long disclosureId) {
        if (store.get(disclosureId).unitId() != id) throw DisclosureService.notFound(disclosureId);
        Object[] f = store.file(disclosureId, false, id).orElseThrow(() -> new NotFoundException("file", disclosureId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType((String) f[1]))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((String) f[0], java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body((byte[]) f[2]);
    }
}
