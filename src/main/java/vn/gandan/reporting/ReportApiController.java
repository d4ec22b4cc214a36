package vn.gandan.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;

/** {@code /api/v1/reports}: submissions and consolidated totals (api.md "Reporting"). */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports")
class ReportApiController {

    private final ReportService reports;
    private final ReportQueries queries;
    private final ReportPrefill prefill;
    private final ReportDeadlines deadlines;

    private final SubmissionList list;

    ReportApiController(ReportService reports, ReportQueries queries, ReportPrefill prefill, ReportDeadlines deadlines, SubmissionList list) {
        this.list = list;
        this.deadlines = deadlines;
        this.reports = reports;
        this.queries = queries;
        this.prefill = prefill;
    }

    record NewSubmission(@NotNull Long unitId, @NotBlank @Size(max = 40) String formCode,
                         @NotBlank @Size(max = 20) String period, Map<String, BigDecimal> values,
                         Map<String, String> sections) {
    }

    /** A draft's new content; {@code reasons} explain each changed figure that was computed from the records. */
    record Content(Map<String, BigDecimal> values, Map<String, String> sections, Map<String, String> reasons) {
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo dự thảo báo cáo của đơn vị")
    SubmissionView create(@Valid @RequestBody NewSubmission body) {
        if (body.values() == null) {
            return prefill.createFromRecords(body.unitId(), body.formCode(), body.period(),
                    body.sections() == null ? Map.of() : body.sections());
        }
        return reports.createDraft(body.unitId(), body.formCode(), body.period(),
                body.values() == null ? Map.of() : body.values(), body.sections() == null ? Map.of() : body.sections());
    }

    @GetMapping("/submissions")
    @Operation(summary = "Báo cáo trong phạm vi của người gọi, lọc theo đơn vị, mẫu và kỳ; trang page (từ 1), size tối đa "
            + SubmissionList.LIMIT + " (mặc định); còn trang sau thì có tiêu đề Link rel=\"next\"")
    ResponseEntity<java.util.List<SubmissionView>> list(@RequestParam(required = false) Long unitId,
                                                        @RequestParam(required = false) String formCode,
                                                        @RequestParam(required = false) String period,
                                                        @RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size, SubmissionList.LIMIT);
        return ListAnswers.of(asked, list.find(unitId, formCode, period, asked));
    }

    @GetMapping("/submissions/{id}")
    SubmissionView get(@PathVariable long id) {
        return queries.get(id);
    }

    @PutMapping("/submissions/{id}")
    SubmissionView update(@PathVariable long id, @RequestBody Content body) {
        return prefill.update(id, body.values() == null ? Map.of() : body.values(),
                body.sections() == null ? Map.of() : body.sections(), body.reasons() == null ? Map.of() : body.reasons());
    }

    @GetMapping("/submissions/{id}/sources")
    @Operation(summary = "Nguồn của từng số liệu được tính từ hồ sơ, và các lần sửa kèm lý do")
    Map<String, ValueSources.ValueSource> sources(@PathVariable long id) {
        return prefill.sources(id);
    }

    @GetMapping("/deadline")
    @Operation(summary = "Hạn gửi báo cáo của đơn vị trong kỳ, ngày khóa và đơn vị nhận, theo chế độ báo cáo đang áp dụng")
    ReportDeadlines.UnitDeadline deadline(@RequestParam long unitId, @RequestParam String formCode,
                                          @RequestParam String period) {
        return deadlines.forUnit(unitId, formCode, period);
    }

    @GetMapping("/prefill")
    @Operation(summary = "Số liệu tính từ hồ sơ của đơn vị và các đơn vị trực thuộc trong kỳ, kèm nguồn")
    ReportPrefill.PrefillView prefill(@RequestParam long unitId, @RequestParam String formCode, @RequestParam String period) {
        return prefill.prefill(unitId, formCode, period);
    }

    @PostMapping("/submissions/{id}/submit")
    SubmissionView submit(@PathVariable long id) {
        return reports.submit(id);
    }

    @PostMapping("/submissions/{id}/accept")
    SubmissionView accept(@PathVariable long id) {
        return reports.accept(id);
    }

    @PostMapping("/submissions/{id}/return")
    SubmissionView returnToSender(@PathVariable long id, @Valid @RequestBody Reason body) {
        return reports.returnToSender(id, body.reason());
    }

    @GetMapping("/consolidated")
    @Operation(summary = "Số liệu tổng hợp của đơn vị và các đơn vị trực thuộc trong kỳ")
    ConsolidatedView consolidated(@RequestParam long unitId, @RequestParam String formCode, @RequestParam String period) {
        return reports.consolidated(unitId, formCode, period);
    }

    @PostMapping("/consolidated/draft")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo dự thảo báo cáo tổng hợp từ báo cáo của đơn vị trực thuộc")
    SubmissionView consolidatedDraft(@RequestParam long unitId, @RequestParam String formCode, @RequestParam String period) {
        return reports.prefillFromChildren(unitId, formCode, period);
    }
}
