package vn.gandan.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * ⚙ The safety limits of one import ({@code app.imports.*}): the largest file accepted (20 MB) and how long reading
 * and extracting one file may take before it is refused with 422 (120 s: a 20 MB .txt needs about 5 s of one core,
 * but on a server that is busy with other work the import gets only a share of a core; the limit is there to stop a
 * pathological file, not a large one); and the OCR model scans are read with ({@code app.imports.ocr.*},
 * {@link OcrModels}).
 */
@ConfigurationProperties("app.imports")
record ImportSettings(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("120s") Duration timeLimit, @DefaultValue Ocr ocr) {

    /** ⚙ The Vietnamese OCR model: {@code system} (the operating system's model) or a directory holding a {@code vie.traineddata}. */
    record Ocr(@DefaultValue(OcrModels.SYSTEM) String model) {
    }
}
