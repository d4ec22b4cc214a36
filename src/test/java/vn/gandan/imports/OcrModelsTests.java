package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR model setting: the system's model, another model's directory, and the fall back when that model is unusable. */
class OcrModelsTests {

    @TempDir
    Path dir;

    @AfterEach
    void systemAgain() {
        OcrModels.configure(OcrModels.SYSTEM);
    }

    @Test
    void systemOrNothingMeansNoTessdataDirectory() {
        OcrModels.configure(OcrModels.SYSTEM);
        assertThat(OcrModels.tessdataDir()).isEmpty();
        OcrModels.configure(" ");
        assertThat(OcrModels.tessdataDir()).isEmpty();
        OcrModels.configure(null);
        assertThat(OcrModels.tessdataDir()).isEmpty();
    }

    @Test
    void aDirectoryHoldingTheModelIsGivenToTesseract() throws IOException {
        Files.writeString(dir.resolve(OcrModels.FILE), "model bytes");
        OcrModels.configure(dir.toString());
        assertThat(OcrModels.tessdataDir()).contains(dir);
    }

    @Test
    void aDirectoryWithoutTheModelFallsBackToTheSystemsModel() {
        OcrModels.configure(dir.toString());
        assertThat(OcrModels.tessdataDir()).isEmpty();
    }

    @Test
    void aRefusedModelIsDroppedForTheSystemsModel() throws IOException {
        Files.writeString(dir.resolve(OcrModels.FILE), "model bytes");
        OcrModels.configure(dir.toString());
        OcrModels.refused(dir.resolve("elsewhere"));
        assertThat(OcrModels.tessdataDir()).contains(dir);
        OcrModels.refused(dir);
        assertThat(OcrModels.tessdataDir()).isEmpty();
    }

    @Test
    void aCorruptModelStillReadsTheScanWithTheSystemsModel() throws Exception {
        assumeTrue(BenchFiles.tesseract(), "tesseract is not installed");
        Files.write(dir.resolve(OcrModels.FILE), "not a model".getBytes(StandardCharsets.UTF_8));
        OcrModels.configure(dir.toString());
        assertThat(Scans.image(line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).contains("VIỆT NAM");
        assertThat(OcrModels.tessdataDir()).isEmpty();
    }

    private static byte[] line(String text) throws Exception {
        BufferedImage img = new BufferedImage(2400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try (var ttf = OcrModelsTests.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(64f));
        }
        g.drawString(text, 80, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

}
