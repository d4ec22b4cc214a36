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

/** Downloads: giấy mời and biên bản as .docx and .pdf (same handler for pages and API clients). */
@Controller
class MeetingDocumentController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MeetingService meetings;
    private final MeetingDocuments documents;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    MeetingDocumentController(MeetingService meetings, MeetingDocuments documents, DocxRenderer docx, PdfRenderer pdf) {
        this.meetings = meetings;
        this.documents = documents;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping({"/meetings/{id}/{doc}.{ext}", "/api/v1/meetings/{id}/{doc}.{ext}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String doc, @PathVariable String ext) {
        MeetingView m = meetings.get(id);
        OfficialDocument d = switch (doc) {
            case "invitation" -> documents.invitation(m);
            case "minutes" -> documents.minutes(m);
            default -> throw new NotFoundException("document", doc);
        };
        boolean word = "docx".equals(ext);
        if (!word && !"pdf".equals(ext)) throw new NotFoundException("document", ext);
        String name = ("invitation".equals(doc) ? "giay-moi-" : "bien-ban-") + id + "." + ext;
        return ResponseEntity.ok().contentType(word ? DOCX : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(word ? docx.render(d) : pdf.render(d));
    }
}
