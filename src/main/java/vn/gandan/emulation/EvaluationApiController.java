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

    record RateBody(BigDecimal professionalPoints, BigDecimal danVanPoints, Boolean disciplined, String comment) {
    }

    private final EvaluationService evaluations;

    EvaluationApiController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở phiếu đánh giá của một người cho một kỳ, kèm tự đánh giá")
    EvaluationView open(@RequestBody OpenBody b) {
        if (b.unitId() == null) throw new vn.gandan.shared.NotFoundException("unit", null);
        return evaluations.open(b.unitId(), b.personId(), b.period(), b.staffGroup(), b.account(), b.selfText(), b.selfLevel());
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
