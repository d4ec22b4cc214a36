package vn.gandan.emulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.access.AccessService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** {@code /api/v1/evaluations/criteria}: the ⚙ staff-evaluation criteria in force for a unit and period; a new set. */
@RestController
@Tag(name = "emulation")
class EvalCriteriaApiController {

    private final EvalCriteria criteria;
    private final EvalCriteriaAdmin admin;
    private final AccessService access;

    EvalCriteriaApiController(EvalCriteria criteria, EvalCriteriaAdmin admin, AccessService access) {
        this.criteria = criteria;
        this.admin = admin;
        this.access = access;
    }

    @GetMapping("/api/v1/evaluations/criteria")
    @Operation(summary = "Bộ tiêu chí đánh giá cán bộ áp dụng cho đơn vị trong kỳ (của đơn vị, của cấp trên hoặc mặc định)")
    EvalCriteria.CriteriaSet inForce(@RequestParam long unitId, @RequestParam String period) {
        access.requireVisible(unitId);
        EvaluationPeriod p = EvaluationPeriod.parse(period);
        if (p == null) {
            throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("period", "emulation.eval.error.period")));
        }
        return criteria.inForce(unitId, p.to()).orElseThrow(() -> new NotFoundException("criteria", unitId));
    }

    @PostMapping("/api/v1/evaluations/criteria")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ban hành bộ tiêu chí mới của đơn vị (chỉ đơn vị sở hữu; hiệu lực từ ngày, không sửa bộ cũ)")
    EvalCriteria.CriteriaSet add(@RequestBody EvalCriteriaAdmin.NewSet body) {
        return admin.add(body);
    }
}
