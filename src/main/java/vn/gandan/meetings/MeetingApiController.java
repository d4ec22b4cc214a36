package vn.gandan.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.access.AccessService;

/** {@code /api/v1/meetings}: schedule, minutes with opinions and commitments, comments, publication, compliance. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "meetings")
class MeetingApiController {

    private final MeetingService meetings;
    private final MeetingStore store;
    private final Minutes minutes;
    private final Compliance compliance;
    private final AccessService access;
    private final Clock clock;

    MeetingApiController(MeetingService meetings, MeetingStore store, Minutes minutes, Compliance compliance,
                         AccessService access, Clock clock) {
        this.meetings = meetings;
        this.store = store;
        this.minutes = minutes;
        this.compliance = compliance;
        this.access = access;
        this.clock = clock;
    }

    record CommentBody(String body) {
    }

    record TaskBody(Long taskId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lên lịch cuộc họp, đối thoại, hội nghị CBCCVC, diễn đàn, tiếp xúc, họp Ban TTND")
    MeetingView create(@RequestBody MeetingCommands.NewMeeting body) {
        return meetings.create(body);
    }

    @GetMapping
    @Operation(summary = "Lịch họp của đơn vị trong khoảng ngày (mặc định 12 tháng qua và 3 tháng tới)")
    List<MeetingStore.Row> list(@RequestParam long unitId, @RequestParam(required = false) MeetingKind kind,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return store.forUnit(unitId, from == null ? today.minusYears(1) : from, to == null ? today.plusMonths(3) : to, kind);
    }

    @GetMapping("/compliance")
    @Operation(summary = "Đối thoại định kỳ (G7) và hội nghị CBCCVC (G5) của đơn vị vào một ngày")
    Compliance.View compliance(@RequestParam long unitId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        access.requireVisible(unitId);
        return compliance.on(unitId, on == null ? LocalDate.now(clock) : on);
    }

    @GetMapping("/{id}")
    MeetingView get(@PathVariable long id) {
        return meetings.get(id);
    }

    @PostMapping("/{id}/minutes")
    @Operation(summary = "Ghi biên bản: ý kiến, trả lời, cam kết thành nhiệm vụ (thêm vào các ý kiến đã ghi)")
    MeetingView minutes(@PathVariable long id, @RequestBody MeetingCommands.Minutes body) {
        return minutes.record(id, body);
    }

    @PostMapping("/{id}/minutes/share")
    MeetingView share(@PathVariable long id) {
        return minutes.share(id);
    }

    @PostMapping("/{id}/minutes/comments")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView comment(@PathVariable long id, @RequestBody CommentBody body) {
        return minutes.comment(id, body.body());
    }

    @PostMapping("/{id}/minutes/publish")
    MeetingView publish(@PathVariable long id) {
        return minutes.publish(id);
    }

    @PostMapping("/{id}/cancel")
    MeetingView cancel(@PathVariable long id) {
        return meetings.cancel(id);
    }

    @PostMapping("/{id}/fulfils")
    @Operation(summary = "Cuộc họp thực hiện một nhiệm vụ của kế hoạch (hiện là minh chứng trên nhiệm vụ)")
    MeetingView fulfils(@PathVariable long id, @RequestBody TaskBody body) {
        if (body.taskId() == null) throw vn.gandan.shared.ProblemException.invalid("meetings.error.invalid",
                List.of(vn.gandan.shared.FieldProblem.of("taskId", "meetings.error.taskUnknown")));
        return minutes.fulfils(id, body.taskId());
    }
}
