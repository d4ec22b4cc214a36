package vn.gandan.petitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/receptions}: sessions of citizen reception and each month's compliance. */
@RestController
@RequestMapping("/api/v1/receptions")
@Tag(name = "receptions")
class ReceptionApiController {

    private final Receptions receptions;
    private final ReceptionSchedules schedules;

    ReceptionApiController(Receptions receptions, ReceptionSchedules schedules) {
        this.receptions = receptions;
        this.schedules = schedules;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi sổ một buổi tiếp công dân (rules.md D4)")
    Map<String, Object> log(@RequestBody NewReception body) {
        return Map.of("id", receptions.log(body), "unitId", body.unitId(), "on", body.on().toString());
    }

    @GetMapping("/compliance")
    @Operation(summary = "Số buổi tiếp định kỳ trong tháng so với mức tối thiểu; buổi do cấp phó chủ trì không tính từ 01/7/2026")
    Compliance compliance(@RequestParam long unitId, @RequestParam String month) {
        return receptions.compliance(unitId, month);
    }

    @PostMapping("/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lịch tiếp công dân định kỳ của người đứng đầu (ngày trong tháng, dời sang ngày làm việc kế tiếp)")
    ReceptionSchedules.ScheduleView schedule(@RequestBody ReceptionSchedules.NewSchedule body) {
        return schedules.add(body);
    }

    @GetMapping("/schedules")
    java.util.List<ReceptionSchedules.ScheduleView> list(@RequestParam long unitId) {
        return schedules.forUnit(unitId);
    }
}
