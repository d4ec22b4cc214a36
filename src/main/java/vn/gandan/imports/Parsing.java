package vn.gandan.imports;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.gandan.shared.ProblemException;

/**
 * Reading and extracting one uploaded file under the safety limits shared by the API and the pages
 * ({@link ImportSettings}): 413 over {@code app.imports.max-file-size} (20 MB), 415 when the content (not the name)
 * is no supported type, 422 when there is no readable text or the time limit ({@code app.imports.time-limit}, 120 s)
 * is exceeded.
 */
@Component
class Parsing {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Parsing.class);

    /** The text and the extracted fields (seeds schema) of one file. */
    record Parsed(String fileName, String type, CharSequence text, Extraction fields) {
    }

    private final long maxBytes;
    private final Duration timeLimit;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "import-worker");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    Parsing(ImportSettings settings) {
        this(settings.maxFileSize().toBytes(), settings.timeLimit());
        OcrModels.configure(settings.ocr().model());
    }

    Parsing(long maxBytes, Duration timeLimit) {
        this.maxBytes = maxBytes;
        this.timeLimit = timeLimit;
    }

    long maxBytes() {
        return maxBytes;
    }

    Parsed parse(String name, long size, byte[] bytes) {
        if (size > maxBytes || bytes.length > maxBytes) {
            throw new ProblemException(413, "imports.tooLarge", List.of(), maxBytes / (1024 * 1024));
        }
        String fileName = name == null || name.isBlank() ? "upload" : name.replaceAll("[\\\\/]", "_");
        Future<Parsed> job = workers.submit(() -> {
            CharSequence text = Readers.text(bytes);
            return new Parsed(fileName, Readers.type(bytes), text, Extractor.extract(fileName, text));
        });
        try {
            return job.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new ProblemException(422, "imports.timeout", List.of(), timeLimit.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(422, "imports.timeout", List.of(), timeLimit.toSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw new ProblemException(ie.status, ie.key, List.of());
            }
            // a reader's own failure (a library's exception on a malformed file): logged, never shown to the person
            LOG.warn("Import of {} failed", fileName, e.getCause());
            throw new ProblemException(422, "imports.unreadable", List.of());
        }
    }
}
