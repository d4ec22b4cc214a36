package vn.gandan.legal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;
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
    @io.swagger.v3.oas.annotations.Operation(summary = "Tra cứu văn bản, mới nhất trước; trang page (từ 1), size tối đa "
            + LegalService.MAX_RESULTS + " (mặc định); còn trang sau thì có tiêu đề Link rel=\"next\"")
    ResponseEntity<List<LegalDocumentView>> apiSearch(@RequestParam(name = "q", required = false) String q,
                                                      @RequestParam(required = false) Integer page,
                                                      @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size, LegalService.MAX_RESULTS);
        return ListAnswers.of(asked, legal.search(q, asked));
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
        ListPage.Slice<LegalDocumentView> found = legal.search(q, new ListPage(1, LegalService.MAX_RESULTS));
        model.addAttribute("documents", found.rows());
        model.addAttribute("truncated", found.more());
        return htmx != null ? "legal/documents :: results" : "legal/documents";
    }

    @Bean
    static NavItem legalNav() {
        return new NavItem("nav.legal", "/legal", 60, "book", null);
    }
}
