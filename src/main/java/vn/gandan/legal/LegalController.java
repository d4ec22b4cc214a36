package vn.gandan.legal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.gandan.shared.NavItem;

/** The registry page ({@code /legal}) and {@code GET /api/v1/legal/documents?q=}. Any signed-in user. */
@Controller
class LegalController {

    private final LegalService legal;

    LegalController(LegalService legal) {
        this.legal = legal;
    }

    @GetMapping("/api/v1/legal/documents")
    @ResponseBody
    List<LegalDocumentView> apiSearch(@RequestParam(name = "q", required = false) String q) {
        return legal.search(q);
    }

    @GetMapping("/api/v1/legal/documents/{id}")
    @ResponseBody
    LegalDocumentView apiGet(@PathVariable long id) {
        return legal.get(id);
    }

    @GetMapping("/legal")
    String page(@RequestParam(name = "q", required = false) String q,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("documents", legal.search(q));
        return htmx != null ? "legal/documents :: results" : "legal/documents";
    }

    @Bean
    static NavItem legalNav() {
        return new NavItem("nav.legal", "/legal", 60, "book", null);
    }
}
