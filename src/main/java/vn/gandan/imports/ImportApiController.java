package vn.gandan.imports;

import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports/parse} (multipart {@code file}): the extracted fields as JSON; nothing is stored.
 * Refusals (413, 415, 422) as in {@link Parsing}.
 */
@RestController
class ImportApiController {

    private final Parsing parsing;

    ImportApiController(Parsing parsing) {
        this.parsing = parsing;
    }

    @PostMapping(path = "/api/v1/imports/parse", produces = "application/json")
    String parse(@RequestParam("file") MultipartFile file) throws IOException {
        return Json.write(parsing.parse(file.getOriginalFilename(), file.getSize(), file.getBytes()).fields());
    }
}
