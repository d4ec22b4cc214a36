package vn.gandan.petitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;

/** {@code /api/v1/petitions}: the register and each step of a case (api.md "Citizens"), steps through {@link PetitionSteps}. */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "petitions")
class PetitionApiController {

    private final PetitionIntake intake;
    private final PetitionSteps steps;
    private final PetitionReads reads;

    PetitionApiController(PetitionIntake intake, PetitionSteps steps, PetitionReads reads) {
        this.intake = intake;
        this.steps = steps;
        this.reads = reads;
    }

    /** The body of every step; each step reads the fields it needs. */
    record Step(LocalDate on, String complexity, Boolean remoteArea, Integer days, String reason, String result,
                String note, Boolean publish, Long toUnitId, String handler) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tiếp nhận đơn (khiếu nại, tố cáo, kiến nghị, phản ánh) vào sổ")
    PetitionView receive(@RequestBody NewPetition body) {
        return reads.get(intake.receive(body));
    }

    @GetMapping
    @Operation(summary = "Sổ tiếp nhận đơn, mới nhất trước; trang page (từ 1), size tối đa " + PetitionReads.LIST_LIMIT
            + " (mặc định); còn trang sau thì có tiêu đề Link rel=\"next\"")
    ResponseEntity<List<PetitionView>> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String status,
                                            @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size, PetitionReads.LIST_LIMIT);
        return ListAnswers.of(asked, reads.list(unitId, status, kind, q, asked));
    }

    @GetMapping("/{id}")
    PetitionView get(@PathVariable long id) {
        return reads.get(id);
    }

    @PostMapping("/{id}/{step}")
    @Operation(summary = "Một bước xử lý: accept (B3, C4, D5), extend (C4: 409 lần thứ ba, 422 quá số ngày), suspend, "
            + "resume, verify, dialogue, resolve, reject, guide, withdraw, terminate, effective, close, assign, "
            + "forward (C2, 201); bước không có → 404")
    ResponseEntity<PetitionView> step(@PathVariable long id, @PathVariable String step, @RequestBody Step body) {
        PetitionSteps.Handler handler = steps.handler(step);
        handler.apply(id, body);
        return ResponseEntity.status(handler.created() ? HttpStatus.CREATED : HttpStatus.OK).body(reads.get(id));
    }
}
