package vn.gandan.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reports/regimes}: reporting regimes within the caller's scope. */
@RestController
@RequestMapping("/api/v1/reports/regimes")
@Tag(name = "reports")
class RegimeApiController {

    private final RegimeService regimes;

    RegimeApiController(RegimeService regimes) {
        this.regimes = regimes;
    }

    @GetMapping
    @Operation(summary = "Các chế độ báo cáo trong phạm vi của người dùng")
    List<ReportingRegime> list() {
        return regimes.list();
    }

    @GetMapping("/{id}")
    ReportingRegime get(@PathVariable long id) {
        return regimes.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tạo chế độ báo cáo cho đơn vị nhận báo cáo")
    ReportingRegime create(@RequestBody RegimeCommand body) {
        return regimes.create(body);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa chế độ báo cáo")
    ReportingRegime update(@PathVariable long id, @RequestBody RegimeCommand body) {
        return regimes.update(id, body);
    }
}
