package vn.gandan.petitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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

/** {@code /api/v1/petitions}: the register and each step of a case (api.md "Citizens"). */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "petitions")
class PetitionApiController {

    private final PetitionIntake intake;
    private final PetitionWork work;
    private final PetitionReads reads;

    PetitionApiController(PetitionIntake intake, PetitionWork work, PetitionReads reads) {
        this.intake = intake;
        this.work = work;
        this.reads = reads;
    }

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
    List<PetitionView> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String kind, @RequestParam(required = false) String q) {
        return reads.list(unitId, status, kind, q);
    }

    @GetMapping("/{id}")
    PetitionView get(@PathVariable long id) {
        return reads.get(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Thụ lý; hạn giải quyết theo độ phức tạp và vùng (rules.md B3, C4, D5)")
    PetitionView accept(@PathVariable long id, @RequestBody Step s) {
        work.accept(id, s.on(), s.complexity(), Boolean.TRUE.equals(s.remoteArea()));
        return reads.get(id);
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "Gia hạn giải quyết tố cáo (rules.md C4): 409 khi không còn được gia hạn, 422 quá số ngày")
    PetitionView extend(@PathVariable long id, @RequestBody Step s) {
        work.extend(id, s.on(), s.days(), s.reason());
        return reads.get(id);
    }

    @PostMapping("/{id}/suspend")
    PetitionView suspend(@PathVariable long id, @RequestBody Step s) {
        work.suspend(id, s.on(), s.reason());
        return reads.get(id);
    }

    @PostMapping("/{id}/resume")
    PetitionView resume(@PathVariable long id, @RequestBody Step s) {
        work.resume(id, s.on());
        return reads.get(id);
    }

    @PostMapping("/{id}/verify")
    PetitionView verify(@PathVariable long id, @RequestBody Step s) {
        work.verify(id, s.on(), s.note());
        return reads.get(id);
    }

    @PostMapping("/{id}/dialogue")
    PetitionView dialogue(@PathVariable long id, @RequestBody Step s) {
        work.dialogue(id, s.on(), s.note());
        return reads.get(id);
    }

    @PostMapping("/{id}/resolve")
    PetitionView resolve(@PathVariable long id, @RequestBody Step s) {
        work.resolve(id, s.on(), s.result(), s.publish());
        return reads.get(id);
    }

    @PostMapping("/{id}/reject")
    PetitionView reject(@PathVariable long id, @RequestBody Step s) {
        work.reject(id, s.on(), s.reason());
        return reads.get(id);
    }

    @PostMapping("/{id}/guide")
    PetitionView guide(@PathVariable long id, @RequestBody Step s) {
        work.guide(id, s.on(), s.note());
        return reads.get(id);
    }

    @PostMapping("/{id}/withdraw")
    PetitionView withdraw(@PathVariable long id, @RequestBody Step s) {
        work.withdraw(id, s.on(), s.reason());
        return reads.get(id);
    }

    @PostMapping("/{id}/terminate")
    PetitionView terminate(@PathVariable long id, @RequestBody Step s) {
        work.terminate(id, s.on(), s.reason());
        return reads.get(id);
    }

    @PostMapping("/{id}/effective")
    PetitionView effective(@PathVariable long id, @RequestBody Step s) {
        work.takeEffect(id, s.on());
        return reads.get(id);
    }

    @PostMapping("/{id}/close")
    PetitionView close(@PathVariable long id, @RequestBody Step s) {
        work.close(id, s.on());
        return reads.get(id);
    }

    @PostMapping("/{id}/assign")
    PetitionView assign(@PathVariable long id, @RequestBody Step s) {
        work.assign(id, s.handler());
        return reads.get(id);
    }

    @PostMapping("/{id}/forward")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Chuyển đơn đến cơ quan có thẩm quyền kèm thông báo (rules.md C2); trả về đơn mới ở nơi nhận")
    PetitionView forward(@PathVariable long id, @RequestBody Step s) {
        work.forward(id, s.on(), s.toUnitId(), s.reason());
        return reads.get(id);
    }
}
