package vn.gandan.emulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.NotFoundException;

/** {@code /api/v1/scoring}: dân vận chính quyền score sheets (self, superior, final) and the ranking under a superior. */
@RestController
@RequestMapping("/api/v1/scoring")
@Tag(name = "emulation")
class ScoringApiController {

    private final ScoringService scoring;
    private final ScoreReads reads;

    ScoringApiController(ScoringService scoring, ScoreReads reads) {
        this.scoring = scoring;
        this.reads = reads;
    }

    @GetMapping("/ranking")
    @Operation(summary = "Xếp hạng các đơn vị trực thuộc theo điểm dân vận chính quyền")
    List<ScoreReads.Ranked> ranking(@RequestParam long unitId, @RequestParam int year) {
        return reads.ranking(unitId, year);
    }

    @GetMapping("/{unitId}/{year}")
    ScoreSheet sheet(@PathVariable long unitId, @PathVariable int year) {
        return reads.sheet(unitId, year).orElseThrow(() -> new NotFoundException("criteria", year));
    }

    @PutMapping("/{unitId}/{year}/self")
    @Operation(summary = "Đơn vị tự chấm điểm (kèm minh chứng)")
    ScoreSheet self(@PathVariable long unitId, @PathVariable int year, @RequestBody(required = false) ScoreInput body) {
        return scoring.saveSelf(unitId, year, body);
    }

    @PutMapping("/{unitId}/{year}/superior")
    @Operation(summary = "Cấp trên chấm điểm")
    ScoreSheet superior(@PathVariable long unitId, @PathVariable int year, @RequestBody(required = false) ScoreInput body) {
        return scoring.saveSuperior(unitId, year, body);
    }

    @PostMapping("/{unitId}/{year}/finalise")
    @Operation(summary = "Cấp trên chốt điểm cuối cùng")
    ScoreSheet finalise(@PathVariable long unitId, @PathVariable int year, @RequestBody(required = false) ScoreInput body) {
        return scoring.finalise(unitId, year, body);
    }
}
