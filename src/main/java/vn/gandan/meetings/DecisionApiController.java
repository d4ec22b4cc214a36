package vn.gandan.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agenda items of a meeting: votes (G3), consultation records and the head's approval (G4), the resolution (G5). */
@RestController
@RequestMapping("/api/v1/meetings/{id}")
@Tag(name = "meetings")
class DecisionApiController {

    private final MeetingService meetings;
    private final Conferences conferences;

    DecisionApiController(MeetingService meetings, Conferences conferences) {
        this.meetings = meetings;
        this.conferences = conferences;
    }

    record ItemBody(String kind, String title) {
    }

    record VoteBody(Integer eligible, Integer present, Integer votesFor, Integer votesAgainst, Integer abstentions) {
    }

    record ConsultationBody(String form, LocalDate on, String summary) {
    }

    record ResolutionBody(String resolution, String disclosureRef) {
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nội dung: DECIDE (bàn và quyết định), CONSULT (tham gia ý kiến), REPORT")
    Map<String, Long> item(@PathVariable long id, @RequestBody ItemBody body) {
        meetings.writable(id);
        return Map.of("id", conferences.addItem(id, body.kind(), body.title()));
    }

    @PostMapping("/items/{itemId}/vote")
    @Operation(summary = "Biểu quyết (G3): số được mời, có mặt, tán thành, không tán thành, không biểu quyết")
    MeetingView vote(@PathVariable long id, @PathVariable long itemId, @RequestBody VoteBody b) {
        meetings.writable(id);
        conferences.vote(id, itemId, b.eligible(), b.present(), b.votesFor(), b.votesAgainst(), b.abstentions());
        return meetings.get(id);
    }

    @PostMapping("/items/{itemId}/consultation")
    MeetingView consultation(@PathVariable long id, @PathVariable long itemId, @RequestBody ConsultationBody b) {
        meetings.writable(id);
        conferences.consult(id, itemId, b.form(), b.on(), b.summary());
        return meetings.get(id);
    }

    @PostMapping("/items/{itemId}/approve")
    @Operation(summary = "Thủ trưởng phê duyệt — từ chối (422 G4) khi chưa lấy ý kiến, (422 G3) khi chưa biểu quyết thông qua")
    MeetingView approve(@PathVariable long id, @PathVariable long itemId) {
        meetings.writable(id);
        conferences.approve(id, itemId, meetings.username());
        return meetings.get(id);
    }

    @PostMapping("/resolution")
    MeetingView resolution(@PathVariable long id, @RequestBody ResolutionBody b) {
        meetings.writable(id);
        conferences.resolution(id, b.resolution(), b.disclosureRef());
        return meetings.get(id);
    }
}
