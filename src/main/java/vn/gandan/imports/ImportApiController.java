package vn.gandan.imports;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.shared.ProblemException;

/**
 * {@code POST /api/v1/imports/parse} (multipart {@code file}): the extracted fields as JSON; nothing is stored.
 * 413 over {@code imports.max-bytes} (20 MB), 415 when the content (not the name) is no supported type,
 * 422 when no readable text or the per-file time limit ({@code imports.time-limit-seconds}) is exceeded.
 */
@RestController
class ImportApiController {

    private final long maxBytes;
    private final long timeLimitSeconds;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "import-worker");
        t.setDaemon(true);
        return t;
    });

    ImportApiController(@Value("${imports.max-bytes:20971520}") long maxBytes,
                        @Value("${imports.time-limit-seconds:30}") long timeLimitSeconds) {
        this.maxBytes = maxBytes;
        this.timeLimitSeconds = timeLimitSeconds;
    }

    @PostMapping(path = "/api/v1/imports/parse", produces = "application/json")
    String parse(@RequestParam("file") MultipartFile file) throws IOException {
        return Json.write(parse(file.getOriginalFilename(), file.getSize(), file.getBytes()));
    }

    Map<String, Object> parse(String name, long size, byte[] bytes) {
        if (size > maxBytes || bytes.length > maxBytes) {
            throw new ProblemException(413, "imports.tooLarge", List.of(), maxBytes / (1024 * 1024));
        }
        String fileName = name == null ? "upload" : name.replaceAll("[\\\\/]", "_");
        Future<Map<String, Object>> job = workers.submit(() -> Extractor.extract(fileName, Readers.read(bytes)));
        try {
            return job.get(timeLimitSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ProblemException(422, "imports.timeout", List.of(), timeLimitSeconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(422, "imports.timeout", List.of(), timeLimitSeconds);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw new ProblemException(ie.status, ie.status == 415 ? "imports.unsupported" : "imports.unreadable",
                        List.of(), ie.getMessage());
            }
            throw new ProblemException(422, "imports.unreadable", List.of(), String.valueOf(e.getCause()));
        }
    }
}
