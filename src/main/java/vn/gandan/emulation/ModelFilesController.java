package vn.gandan.emulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.shared.Texts;

/** Photos and documents of a model: upload and download in scope; public download once the model is recognised. */
@RestController
@Tag(name = "emulation")
class ModelFilesController {

    private final ModelFiles files;
    private final ModelQueries queries;

    ModelFilesController(ModelFiles files, ModelQueries queries) {
        this.files = files;
        this.queries = queries;
    }

    @PostMapping("/api/v1/models/{id}/files")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm ảnh (PNG/JPEG) hoặc tài liệu (PDF, Word, Excel) của mô hình; tối đa 5 MB")
    ModelFiles.FileView upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
                               @RequestParam(required = false) String caption) throws IOException {
        return files.add(id, file.getOriginalFilename(), file.getBytes(), caption);
    }

    @GetMapping("/api/v1/models/{id}/files")
    List<ModelFiles.FileView> list(@PathVariable long id) {
        queries.row(id);
        return files.list(id);
    }

    @GetMapping("/api/v1/models/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        return answer(files.scoped(id, fileId));
    }

    @GetMapping("/public/exemplars/{id}/files/{fileId}")
    ResponseEntity<byte[]> published(@PathVariable long id, @PathVariable long fileId) {
        return answer(files.published(id, fileId));
    }

    /** Photos inline, documents as attachments; the stored (sniffed) type, never the name's; no sniffing by browsers. */
    static ResponseEntity<byte[]> answer(ModelFiles.Content c) {
        boolean photo = c.contentType().startsWith("image/");
        ContentDisposition.Builder d = photo ? ContentDisposition.inline() : ContentDisposition.attachment();
        String ascii = Texts.fold(c.fileName()).replaceAll("[^a-z0-9.-]+", "-");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, d.filename(ascii).filename(c.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=300")
                .body(c.data());
    }
}
