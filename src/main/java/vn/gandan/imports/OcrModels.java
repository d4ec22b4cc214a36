package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which Vietnamese model Tesseract reads scans with ({@code app.imports.ocr.model}): {@code system} (the default) keeps
 * the system's model (Debian's "fast" {@code vie.traineddata}); any other value is a directory holding a
 * {@code vie.traineddata}, given to Tesseract as {@code --tessdata-dir} (for measuring another model through the
 * product's readers, e.g. {@code RereadScore -Docr.model=<dir>}). A directory without the model, or a model Tesseract
 * refuses, falls back to the system's model (a warning in the log), never a failed import.
 * <p>Measured 2026-12-07 (session 29) on the 39 scanned dev PDFs, first page, file to fields: the fast system model 0.872,
 * tessdata_best (integer) 0.779, the standard model 0.752 — the readers were written on the fast model's misreadings;
 * see docs/imports.md, "Scans".
 */
final class OcrModels {

    static final String SYSTEM = "system";
    static final String FILE = "vie.traineddata";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OcrModels.class);
    private static volatile OcrModels current = new OcrModels(SYSTEM);

    private final String model;
    private Optional<Path> resolved;

    private OcrModels(String model) {
        this.model = model == null || model.isBlank() ? SYSTEM : model.strip();
    }

    /** Sets the model for every later OCR (the application at start; a measuring tool). */
    static void configure(String model) {
        current = new OcrModels(model);
    }

    /** The {@code --tessdata-dir} for the configured model, empty for the system's model. */
    static Optional<Path> tessdataDir() {
        return current.resolve();
    }

    /** Tesseract refused the configured model: the system's model from now on. */
    static void refused(Path tessdataDir) {
        OcrModels now = current;
        synchronized (now) {
            if (now.resolved != null && now.resolved.isPresent() && now.resolved.get().equals(tessdataDir)) {
                LOG.warn("Tesseract refused the OCR model in {}; the system's model is used instead", tessdataDir);
                now.resolved = Optional.empty();
            }
        }
    }

    private synchronized Optional<Path> resolve() {
        if (resolved == null) {
            resolved = choose();
        }
        return resolved;
    }

    private Optional<Path> choose() {
        if (model.equals(SYSTEM)) {
            return Optional.empty();
        }
        Path dir = Path.of(model);
        if (Files.isRegularFile(dir.resolve(FILE))) {
            return Optional.of(dir);
        }
        LOG.warn("No {} in {}; the system's OCR model is used instead", FILE, dir);
        return Optional.empty();
    }
}
