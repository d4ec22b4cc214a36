package vn.gandan.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.documents.DocxRenderer;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.PdfRenderer;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.Texts;

/** {@code /api/v1/plans} (api.md "Plans"). */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "plans")
@Validated
class PlanApiController {

    /** At most this many plans in one answer (and the page size when none is asked). */
    static final int LIST_CAP = 500;

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PlanService plans;
    private final PlanQueries queries;
    private final PlanCoverage coverage;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;
    private final PlanSigning planSigning;

    PlanApiController(PlanService plans, PlanQueries queries, PlanCoverage coverage, DocxRenderer docx, PdfRenderer pdf,
                      PlanSigning planSigning) {
        this.planSigning = planSigning;
        this.plans = plans;
        this.queries = queries;
        this.coverage = coverage;
        this.docx = docx;
        this.pdf = pdf;
    }

    record Derive(@NotNull Long unitId) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo dự thảo kế hoạch")
    PlanView create(@RequestBody PlanCommand body) {
        return plans.create(body);
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable long id) {
        return queries.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa dự thảo (409 nếu đã ban hành)")
    PlanView update(@PathVariable long id, @RequestBody PlanCommand body) {
        return plans.update(id, body);
    }

    @GetMapping
    @Operation(summary = "Kế hoạch trong phạm vi của người gọi, mới nhất trước; trang page (từ 1), size tối đa "
            + LIST_CAP + " (mặc định); còn trang sau thì có tiêu đề Link rel=\"next\"")
    ResponseEntity<List<PlanView>> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                                        @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size, LIST_CAP);
        return ListAnswers.of(asked, queries.list(unitId, year, status, kind, q, asked));
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Ban hành: cấp số, ký hiệu (422 nếu thiếu thành phần, 409 nếu không còn là dự thảo)")
    PlanView issue(@PathVariable long id) {
        return plans.issue(id);
    }

    record ReturnBody(String comment) {}

    @PostMapping("/{id}/submit")
    @Operation(summary = "Trình ký: dự thảo chờ lãnh đạo duyệt (PENDING_APPROVAL)")
    PlanView submit(@PathVariable long id) {
        return plans.submit(id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Lãnh đạo duyệt (APPROVED); văn thư cấp số và ban hành")
    PlanView approve(@PathVariable long id) {
        return plans.approve(id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Lãnh đạo trả lại dự thảo kèm ý kiến (DRAFT)")
    PlanView returnForChanges(@PathVariable long id, @RequestBody(required = false) ReturnBody body) {
        return plans.returnForChanges(id, body == null ? null : body.comment());
    }

    @PostMapping("/{id}/cancel")
    PlanView cancel(@PathVariable long id) {
        return plans.cancel(id);
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đính chính: dự thảo mới thay thế kế hoạch đã ban hành")
    PlanView newVersion(@PathVariable long id) {
        return plans.newVersion(id);
    }

    @PostMapping("/{id}/derive")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Triển khai: dự thảo kế hoạch của đơn vị cấp dưới")
    PlanView derive(@PathVariable long id, @RequestBody @jakarta.validation.Valid Derive body) {
        return plans.derive(id, body.unitId());
    }

    @GetMapping("/{id}/coverage")
    PlanCoverage.Coverage coverage(@PathVariable long id) {
        return coverage.coverage(id);
    }

    @GetMapping("/{id}/ancestors")
    List<PlanQueries.PlanSummary> ancestors(@PathVariable long id) {
        return queries.ancestors(id);
    }

    @GetMapping("/{id}/descendants")
    List<PlanQueries.PlanSummary> descendants(@PathVariable long id) {
        return queries.descendants(id);
    }

    @GetMapping("/{id}/document.docx")
    ResponseEntity<byte[]> documentDocx(@PathVariable long id) {
        return document(id, "docx");
    }

    @GetMapping("/{id}/document.pdf")
    ResponseEntity<byte[]> documentPdf(@PathVariable long id) {
        return document(id, "pdf");
    }

    /** The plan's official document as a download named after its number (one read of the plan). */
    ResponseEntity<byte[]> document(long id, String ext) {
        OfficialDocument doc = queries.document(id);
        boolean isPdf = ext.equals("pdf");
        byte[] body = !isPdf ? docx.render(doc) : doc.numberSymbol() != null ? planSigning.issuedPdf(id, doc) : pdf.render(doc);
        String base = doc.numberSymbol() != null ? "ke-hoach-" + doc.numberSymbol() : "du-thao-ke-hoach-" + id;
        String ascii = Texts.fold(base).replaceAll("[^a-z0-9-]+", "-");
        return ResponseEntity.ok().contentType(isPdf ? MediaType.APPLICATION_PDF : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ascii + "." + ext).filename(base.replace('/', '-') + "." + ext, StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

}
