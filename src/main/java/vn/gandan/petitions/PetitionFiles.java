package vn.gandan.petitions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.documents.DocxRenderer;
import vn.gandan.documents.PdfRenderer;

/** Files: the register as .xlsx (petitioners masked, every kind) and a case's notice as .docx (NĐ 30). */
@Controller
class PetitionFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PetitionReads reads;
    private final PetitionNotices notices;
    private final DocxRenderer docx;
    private final CaseDocuments documents;
    private final PdfRenderer pdf;

    PetitionFiles(PetitionReads reads, PetitionNotices notices, DocxRenderer docx, CaseDocuments documents, PdfRenderer pdf) {
        this.reads = reads;
        this.notices = notices;
        this.docx = docx;
        this.documents = documents;
        this.pdf = pdf;
    }

    @GetMapping({"/petitions/export.xlsx", "/api/v1/petitions/export.xlsx"})
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId) throws IOException {
        List<PetitionView> rows = reads.all(unitId);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("So tiep nhan don");
            String[] head = {"Số", "Mã", "Loại", "Tình trạng", "Ngày nhận", "Hạn xử lý", "Thụ lý", "Hạn giải quyết",
                "Ngày giải quyết", "Người gửi", "Nội dung"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                PetitionView p = rows.get(r);
                Object[] v = {p.registerNo(), p.code(), p.kind(), p.status(), p.receivedOn(), p.intakeDue(), p.acceptedOn(),
                    p.resolutionDue(), p.resolvedOn(), Petitioner.MASK, p.content()};
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < v.length; i++) {
                    row.createCell(i).setCellValue(v[i] == null ? "" : String.valueOf(v[i]));
                }
            }
            book.write(out);
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"so-tiep-nhan-don.xlsx\"")
                    .body(out.toByteArray());
        }
    }

    /**
     * A step's document (CaseDocuments.Doc) as .docx or .pdf; {@code copy=denounced} is the copy for the person
     * denounced, which never names the denouncer. A step the case has not reached answers 409.
     */
    @GetMapping({"/petitions/{id}/documents/{doc}.{ext}", "/api/v1/petitions/{id}/documents/{doc}.{ext}"})
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String doc, @PathVariable String ext,
                                    @RequestParam(defaultValue = "petitioner") String copy) {
        if (!ext.equals("docx") && !ext.equals("pdf")) {
            throw new vn.gandan.shared.NotFoundException("document format", ext);
        }
        PetitionView p = reads.get(id);
        var built = documents.build(p, doc, "denounced".equals(copy));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, ext.equals("pdf") ? "application/pdf" : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + doc + "-" + p.code()
                        + ("denounced".equals(copy) ? "-nguoi-bi-to-cao" : "") + "." + ext + "\"")
                .body(ext.equals("pdf") ? pdf.render(built) : docx.render(built));
    }

    @GetMapping({"/petitions/{id}/notice.docx", "/api/v1/petitions/{id}/notice.docx"})
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        PetitionView p = reads.get(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thong-bao-" + p.code() + ".docx\"")
                .body(docx.render(notices.notice(p)));
    }
}
