package vn.gandan.org;

import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.shared.ProblemException;

/** Import and export of the tree: a page with a per-line report, and the same through the API. */
@Controller
class UnitTransferController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final UnitTransfer transfer;

    private final CallerScope scope;

    UnitTransferController(UnitTransfer transfer, CallerScope scope) {
        this.transfer = transfer;
        this.scope = scope;
    }

    @GetMapping("/units/transfer")
    String page() {
        scope.requireSomeUnitAdministered();
        return "org/transfer";
    }

    @PostMapping("/units/transfer")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        scope.requireSomeUnitAdministered();
        try {
            model.addAttribute("result", transfer.importFile(file.getInputStream(), format(file)));
        } catch (ProblemException e) {
            model.addAttribute("problems", e);
        }
        return "org/transfer";
    }

    @GetMapping({"/units/export.{ext}", "/api/v1/units/export.{ext}"})
    ResponseEntity<byte[]> export(@PathVariable String ext) {
        UnitTransfer.Format format = "xlsx".equalsIgnoreCase(ext) ? UnitTransfer.Format.XLSX : UnitTransfer.Format.CSV;
        return ResponseEntity.ok()
                .contentType(format == UnitTransfer.Format.XLSX ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("don-vi." + format.name().toLowerCase(Locale.ROOT)).build().toString())
                .body(transfer.export(format));
    }

    @PostMapping("/api/v1/units/import")
    @ResponseBody
    UnitTransfer.Result importApi(@RequestParam("file") MultipartFile file) throws IOException {
        return transfer.importFile(file.getInputStream(), format(file));
    }

    /** XLSX files are zip archives (PK header); anything else is read as CSV text. */
    private static UnitTransfer.Format format(MultipartFile file) throws IOException {
        byte[] head = file.getInputStream().readNBytes(4);
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return UnitTransfer.Format.XLSX;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            throw new ProblemException(415, "org.import.oldExcel", java.util.List.of());
        }
        return UnitTransfer.Format.CSV;
    }
}
