package vn.gandan.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NotFoundException;

/** The public page of a school's disclosures (G8): no login, published public items only, ≥ 5 years archive, printable. */
@Controller
class PublicDisclosureController {

    private final DisclosureStore store;
    private final UnitService units;
    private final MessageSource messages;

    PublicDisclosureController(DisclosureStore store, UnitService units, MessageSource messages) {
        this.store = store;
        this.units = units;
        this.messages = messages;
    }

    /** One read-only transaction for the page (the unit, the items and the day took one each: 3 for 2 statements). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    @GetMapping("/public/units/{code}/disclosures")
    String page(@PathVariable String code, Locale locale, Model model) {
        UnitView unit = units.findByCode(code).orElseThrow(() -> new NotFoundException("unit", code));
        List<DisclosureView> all = store.publicFor(unit.id());
        Map<String, List<PublicItem>> current = new LinkedHashMap<>();
        all.stream().filter(d -> "CURRENT".equals(d.status())).forEach(d -> current.computeIfAbsent(
                d.group() + ". " + d.groupName(), k -> new java.util.ArrayList<>()).add(PublicItem.of(d, messages, locale)));
        model.addAttribute("unit", unit);
        model.addAttribute("current", current);
        model.addAttribute("archive", all.stream().filter(d -> !"CURRENT".equals(d.status()))
                .map(d -> PublicItem.of(d, messages, locale)).toList());
        model.addAttribute("today", store.today());
        return "disclosure/public";
    }

    @GetMapping("/public/units/{code}/disclosures/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long id) {
        UnitView unit = units.findByCode(code).orElseThrow(() -> new NotFoundException("unit", code));
        Object[] f = store.file(id, true, unit.id()).orElseThrow(() -> new NotFoundException("file", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType((String) f[1]))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((String) f[0], java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body((byte[]) f[2]);
    }
}
