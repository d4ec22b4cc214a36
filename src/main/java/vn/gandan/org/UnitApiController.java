package vn.gandan.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;

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
    @Operation(summary = "Tìm đơn vị (không phân biệt dấu) / search units",
            description = "Paged: page from 1, size at most 200 (200 when left out); a next page is named in Link rel=\"next\".")
    ResponseEntity<List<UnitView>> search(@RequestParam(defaultValue = "") String q,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        ListPage p = ListPage.of(page, size, MAX_RESULTS);
        String scopeSql = scope.scopeSql("UNIT_ID");
        // Matches are read chunk by chunk in the search's order and filtered here (a dissolved unit is checked where it
        // was on its last day; asOf validity), so a page is exact: the (offset + 1)-th kept match starts it.
        int chunk = p.fetch() * 5;
        long skip = p.offset();
        List<UnitView> kept = new ArrayList<>();
        for (long from = 0; kept.size() < p.fetch(); from += chunk) {
            List<UnitView> batch = units.search(q, from, chunk, scopeSql);
            for (UnitView u : batch) {
                if ((asOf == null || u.validOn(asOf)) && (u.validTo() == null || scope.canSee(u.id()))) {
                    if (skip > 0) {
                        skip--;
                    } else if (kept.size() < p.fetch()) {
                        kept.add(u);
                    }
                }
            }
            if (batch.size() < chunk) {
                break;
            }
        }
        return ListAnswers.of(p, p.slice(kept).map(rows -> rows.stream()
                .map(u -> asOf == null ? u : units.get(u.id(), asOf)).toList()));
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
