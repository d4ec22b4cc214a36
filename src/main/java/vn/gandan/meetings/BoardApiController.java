package vn.gandan.meetings;

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

/** {@code /api/v1/inspection-boards}: forming a Ban thanh tra nhân dân (G6), its findings and the head's replies. */
@RestController
@RequestMapping("/api/v1/inspection-boards")
@Tag(name = "meetings")
class BoardApiController {

    private final InspectionBoards boards;

    BoardApiController(InspectionBoards boards) {
        this.boards = boards;
    }

    record MemberBody(String name, String position, String role) {
    }

    record BoardBody(Long unitId, LocalDate termFrom, List<MemberBody> members, Integer staffCount,
                     Long electionMeetingId, String proposedBy, String workPlan) {
    }

    record FindingBody(String kind, LocalDate foundOn, String content) {
    }

    record ReplyBody(LocalDate on, String reply) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thành lập Ban TTND; 422 nêu quy tắc G6 bị vi phạm")
    BoardView create(@RequestBody BoardBody b) {
        List<BoardRules.Member> members = b.members() == null ? null : b.members().stream()
                .map(m -> m == null ? null : new BoardRules.Member(m.name(), m.position(), m.role())).toList();
        return boards.create(new InspectionBoards.NewBoard(b.unitId(), b.termFrom(), members, b.staffCount(),
                b.electionMeetingId(), b.proposedBy(), b.workPlan()));
    }

    @GetMapping
    List<BoardView> list(@RequestParam long unitId) {
        return boards.forUnit(unitId).stream().map(boards::get).toList();
    }

    @GetMapping("/{id}")
    BoardView get(@PathVariable long id) {
        return boards.get(id);
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Kiểm tra, phát hiện, kiến nghị của Ban TTND — chuyển thủ trưởng với hạn trả lời")
    BoardView finding(@PathVariable long id, @RequestBody FindingBody b) {
        return boards.addFinding(id, b.kind(), b.foundOn(), b.content());
    }

    @PostMapping("/{id}/findings/{findingId}/reply")
    BoardView reply(@PathVariable long id, @PathVariable long findingId, @RequestBody ReplyBody b) {
        return boards.reply(id, findingId, b.on(), b.reply());
    }
}
