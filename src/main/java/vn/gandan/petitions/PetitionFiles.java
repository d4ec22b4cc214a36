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

/** Files: the register as .xlsx (petitioners masked, every kind) and a case's notice as .docx (NĐ 30). */
@Controller
class PetitionFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PetitionReads reads;
    private final PetitionNotices notices;
    private final DocxRenderer docx;

    PetitionFiles(PetitionReads reads, PetitionNotices notices, DocxRenderer docx) {
        this.reads = reads;
        this.notices = notices;
        this.docx = docx;
    }

    @GetMapping({"/petitions/export.xlsx", "/api/v1/petitions/export.xlsx"})
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId) throws IOException {
        List<PetitionView> rows = reads.list(unitId, null, null, null);
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

    @GetMapping({"/petitions/{id}/notice.docx", "/api/v1/petitions/{id}/notice.docx"})
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        PetitionView p = reads.get(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thong-bao-" + p.code() + ".docx\"")
                .body(docx.render(notices.notice(p)));
    }
}
