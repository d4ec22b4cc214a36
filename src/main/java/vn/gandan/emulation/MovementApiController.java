package vn.gandan.emulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.documents.DocxRenderer;
import vn.gandan.documents.PdfRenderer;

/**
 * {@code /api/v1/movements}, {@code /api/v1/proposals}, {@code /api/v1/decisions}, {@code /api/v1/commendations}:
 * emulation movements, proposals for commendation up the tree, their consolidation, decisions and the register.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "emulation")
class MovementApiController {

    /** A status change of a proposal: the day and a note (the reason when not selected). */
    record ActionBody(Object on, String note) {
    }

    private final Movements movements;
    private final Proposals proposals;
    private final Decisions decisions;
    private final DecisionDocument document;
    private final CommendationRegister register;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    MovementApiController(Movements movements, Proposals proposals, Decisions decisions, DecisionDocument document,
                          CommendationRegister register, DocxRenderer docx, PdfRenderer pdf) {
        this.docx = docx;
        this.pdf = pdf;
        this.movements = movements;
        this.proposals = proposals;
        this.decisions = decisions;
        this.document = document;
        this.register = register;
    }

    @GetMapping("/movements")
    List<MovementView> list() {
        return movements.visible();
    }

    @PostMapping("/movements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Phát động phong trào thi đua cho đơn vị và các đơn vị trực thuộc")
    MovementView launch(@RequestBody Movements.NewMovement body) {
        return movements.launch(body);
    }

    @GetMapping("/movements/{id}")
    MovementView get(@PathVariable long id) {
        return movements.get(id);
    }

    @PostMapping("/movements/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đề nghị khen thưởng tập thể, cá nhân (thành tích, hình thức đề nghị) lên cấp trên")
    ProposalView propose(@PathVariable long id, @RequestBody Proposals.NewProposal body) {
        return proposals.propose(id, body);
    }

    @GetMapping("/movements/{id}/proposals")
    @Operation(summary = "Tổng hợp đề nghị của phong trào (lọc theo đơn vị đang xét)")
    Map<String, Object> consolidation(@PathVariable long id, @RequestParam(required = false) Long atUnitId) {
        List<ProposalView> list = proposals.forMovement(id, atUnitId);
        Map<String, Long> counts = new java.util.TreeMap<>();
        list.forEach(p -> counts.merge(p.status(), 1L, Long::sum));
        return Map.of("movementId", id, "counts", counts, "proposals", list);
    }

    @GetMapping("/proposals/{id}")
    ProposalView proposal(@PathVariable long id) {
        return proposals.get(id);
    }

    @PostMapping("/proposals/{id}/{action}")
    @Operation(summary = "Xét đề nghị: đã xét (review), không chọn (reject, kèm lý do), trình cấp trên (forward)")
    ProposalView act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) ActionBody b) {
        return proposals.act(id, action, b == null ? null : b.on(), b == null ? null : b.note());
    }

    @PostMapping("/movements/{id}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Quyết định khen thưởng các đề nghị đã xét (thể thức NĐ 30)")
    DecisionView decide(@PathVariable long id, @RequestBody Decisions.NewDecision body) {
        return decisions.decide(id, body);
    }

    @GetMapping("/decisions/{id}")
    DecisionView decision(@PathVariable long id) {
        return decisions.get(id);
    }

    @GetMapping("/decisions/{id}/document.{ext}")
    ResponseEntity<byte[]> decisionDocument(@PathVariable long id, @PathVariable String ext) {
        var type = Downloads.of(ext);
        if (ext.equals("xlsx")) throw new vn.gandan.shared.NotFoundException("format", ext);
        DecisionView d = decisions.get(id);
        var doc = document.of(d);
        byte[] body = ext.equals("pdf") ? pdf.render(doc) : docx.render(doc);
        return Downloads.file(body, type, "quyet-dinh-khen-thuong-" + d.numberSymbol(), ext);
    }

    @GetMapping("/commendations")
    @Operation(summary = "Sổ khen thưởng theo đơn vị (cả đơn vị trực thuộc) và theo người, không cần dấu")
    List<CommendationRegister.Entry> commendations(@RequestParam(required = false) Long unitId,
                                                   @RequestParam(required = false) String person,
                                                   @RequestParam(required = false) Integer year) {
        return register.entries(unitId, person, year);
    }
}
