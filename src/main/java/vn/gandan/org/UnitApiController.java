package vn.gandan.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/units}: the units the caller may see; an out-of-scope id answers 404. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units")
class UnitApiController {

    private static final int MAX_RESULTS = 200;

    private final UnitService units;
    private final CallerScope scope;

    UnitApiController(UnitService units, CallerScope scope) {
        this.units = units;
        this.scope = scope;
    }

    @GetMapping
    @Operation(summary = "Tìm đơn vị (không phân biệt dấu) / search units")
    List<UnitView> search(@RequestParam(defaultValue = "") String q,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return units.search(q, MAX_RESULTS * 5, scope.scopeSql("UNIT_ID")).stream()
                .filter(u -> asOf == null || u.validOn(asOf))
                .filter(u -> u.validTo() == null || scope.canSee(u.id()))
                .limit(MAX_RESULTS)
                .map(u -> asOf == null ? u : units.get(u.id(), asOf))
                .toList();
    }

    @GetMapping("/{id}")
    UnitView get(@PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        scope.requireVisible(id);
        return asOf == null ? units.get(id) : units.get(id, asOf);
    }

    @GetMapping("/{id}/children")
    List<UnitView> children(@PathVariable long id,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        scope.requireVisible(id);
        return units.children(id, asOf == null ? units.today() : asOf);
    }
}
