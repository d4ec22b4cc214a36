package vn.gandan.emulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/evaluations}: staff evaluation per person and period (self-assessment, the head's rating). */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "emulation")
class EvaluationApiController {

    record OpenBody(Long unitId, Long personId, String period, String staffGroup, String account, String selfText,
                    String selfLevel) {
    }

    record SelfBody(String selfText, String selfLevel, List<SelfLineBody> lines) {
    }

    record SelfLineBody(String code, BigDecimal points, String evidence) {
    }

    record RateBody(BigDecimal professionalPoints, BigDecimal danVanPoints, Boolean disciplined, String comment) {
    }

    private final EvaluationService evaluations;
    private final EvalSettings settings;
    private final EvaluationSummaryDocument summaryDocument;
    private final vn.gandan.documents.DocxRenderer docx;
    private final vn.gandan.documents.PdfRenderer pdf;
    private final vn.gandan.access.AccessService access;
    private final Actors actors;

    EvaluationApiController(EvaluationService evaluations, EvalSettings settings, EvaluationSummaryDocument summaryDocument,
                            vn.gandan.documents.DocxRenderer docx, vn.gandan.documents.PdfRenderer pdf,
                            vn.gandan.access.AccessService access, Actors actors) {
        this.evaluations = evaluations;
        this.settings = settings;
        this.summaryDocument = summaryDocument;
        this.docx = docx;
        this.pdf = pdf;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping("/summary.{ext}")
    @Operation(summary = "Bảng tổng hợp kết quả đánh giá, xếp loại của đơn vị (.xlsx) hoặc báo cáo thể thức NĐ 30 (.docx/.pdf)")
    org.springframework.http.ResponseEntity<byte[]> summary(@PathVariable String ext, @RequestParam long unitId,
                                                            @RequestParam String period,
                                                            @RequestParam(required = false) String signerName,
                                                            @RequestParam(required = false) String signerTitle) {
        var type = Downloads.of(ext);
        EvaluationPeriod p = EvaluationPeriod.parse(period);
        if (p == null) {
            throw vn.gandan.shared.ProblemException.invalid("emulation.error.invalid",
                    List.of(vn.gandan.shared.FieldProblem.of("period", "emulation.eval.error.period")));
        }
        List<EvaluationView> rows = evaluations.forUnit(unitId, p.code());
        EvalSettings.Setting rule = settings.on(p.to()).orElseThrow(() -> vn.gandan.shared.ProblemException.conflict("emulation.eval.error.noSetting"));
        String unitName = actors.unitName(unitId);
        byte[] body = switch (ext) {
            case "xlsx" -> EvaluationSummary.xlsx(unitName, p.code(), rows, rule);
            default -> {
                var doc = summaryDocument.of(unitId, p.code(), rows, rule, actors.today(),
                        signerName == null ? access.requireCaller().displayName() : signerName, signerTitle);
                yield ext.equals("pdf") ? pdf.render(doc) : docx.render(doc);
            }
        };
        return Downloads.file(body, type, "tong-hop-danh-gia-" + p.code(), ext);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở phiếu đánh giá của một người cho một kỳ, kèm tự đánh giá")
    EvaluationView open(@RequestBody OpenBody b) {
        if (b.unitId() == null) throw new vn.gandan.shared.NotFoundException("unit", null);
        return evaluations.open(b.unitId(), b.personId(), b.period(), b.staffGroup(), b.account(), b.selfText(), b.selfLevel());
    }

    @org.springframework.web.bind.annotation.PutMapping("/{id}/self")
    @Operation(summary = "Người được đánh giá tự chấm theo từng tiêu chí (chuyên môn, dân vận) kèm minh chứng")
    EvaluationView self(@PathVariable long id, @RequestBody SelfBody b) {
        java.util.Map<String, BigDecimal> points = new java.util.HashMap<>();
        java.util.Map<String, String> evidence = new java.util.HashMap<>();
        for (SelfLineBody l : b.lines() == null ? List.<SelfLineBody>of() : b.lines()) {
            if (l == null || l.code() == null) continue;
            if (l.points() != null) points.put(l.code().strip(), l.points());
            if (l.evidence() != null) evidence.put(l.code().strip(), l.evidence());
        }
        return evaluations.saveSelf(id, new SelfAssessment.Input(b.selfText(), b.selfLevel(), points, evidence));
    }

    @PostMapping("/{id}/rate")
    @Operation(summary = "Thủ trưởng đánh giá, xếp loại (4 mức, tỷ lệ Xuất sắc, giới hạn khi bị kỷ luật)")
    EvaluationView rate(@PathVariable long id, @RequestBody RateBody b) {
        return evaluations.rate(id, b.professionalPoints(), b.danVanPoints(), Boolean.TRUE.equals(b.disciplined()), b.comment());
    }

    @GetMapping("/{id}")
    EvaluationView get(@PathVariable long id) {
        return evaluations.get(id);
    }

    @GetMapping
    List<EvaluationView> list(@RequestParam long unitId, @RequestParam(required = false) String period) {
        return evaluations.forUnit(unitId, period);
    }
}
