package vn.gandan.meetings;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.gandan.documents.DocxRenderer;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.PdfRenderer;
import vn.gandan.shared.NotFoundException;

/**
 * Downloads (same handlers for pages and API clients): giấy mời, biên bản and nghị quyết of a meeting, the decision
 * recognising an inspection board, as .docx and .pdf.
 */
@Controller
class MeetingDocumentController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MeetingService meetings;
    private final InspectionBoards boards;
    private final MeetingDocuments documents;
    private final DecisionDocuments decisions;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    MeetingDocumentController(MeetingService meetings, InspectionBoards boards, MeetingDocuments documents,
                              DecisionDocuments decisions, DocxRenderer docx, PdfRenderer pdf) {
        this.meetings = meetings;
        this.boards = boards;
        this.documents = documents;
        this.decisions = decisions;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping({"/meetings/{id}/{doc}.{ext}", "/api/v1/meetings/{id}/{doc}.{ext}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String doc, @PathVariable String ext) {
        MeetingView m = meetings.get(id);
        OfficialDocument d = switch (doc) {
            case "invitation" -> documents.invitation(m);
            case "minutes" -> documents.minutes(m);
            case "resolution" -> decisions.resolution(m);
            default -> throw new NotFoundException("document", doc);
        };
        String name = switch (doc) {
            case "invitation" -> "giay-moi-";
            case "minutes" -> "bien-ban-";
            default -> "nghi-quyet-";
        };
        return file(d, name + id, ext);
    }

    @GetMapping({"/boards/{id}/decision.{ext}", "/api/v1/inspection-boards/{id}/decision.{ext}"})
    ResponseEntity<byte[]> boardDecision(@PathVariable long id, @PathVariable String ext) {
        BoardView b = boards.get(id);
        java.time.LocalDate electedOn = b.electionMeetingId() == null ? null : meetings.get(b.electionMeetingId()).heldOn();
        return file(decisions.boardDecision(b, electedOn), "quyet-dinh-ban-ttnd-" + id, ext);
    }

    private ResponseEntity<byte[]> file(OfficialDocument d, String base, String ext) {
        boolean word = "docx".equals(ext);
        if (!word && !"pdf".equals(ext)) throw new NotFoundException("document", ext);
        return ResponseEntity.ok().contentType(word ? DOCX : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(base + "." + ext).build().toString())
                .body(word ? docx.render(d) : pdf.render(d));
    }
}
