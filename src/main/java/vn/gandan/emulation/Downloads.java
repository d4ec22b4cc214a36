package vn.gandan.emulation;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gandan.shared.Texts;

/** A file answer: attachment named in ASCII and in UTF-8, no sniffing. */
final class Downloads {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String base, String ext) {
        String ascii = Texts.fold(base).replaceAll("[^a-z0-9-]+", "-");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(ascii + "." + ext)
                        .filename(base.replace('/', '-') + "." + ext, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }

    static MediaType of(String ext) {
        return switch (ext) {
            case "pdf" -> MediaType.APPLICATION_PDF;
            case "docx" -> DOCX;
            case "xlsx" -> XLSX;
            default -> throw new vn.gandan.shared.NotFoundException("format", ext);
        };
    }
}
