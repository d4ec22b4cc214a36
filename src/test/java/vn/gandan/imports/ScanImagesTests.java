package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Scan preparation: the skew is found and undone, coloured stamps are dropped, ink and paper are split at Otsu's threshold. */
class ScanImagesTests {

    private static BufferedImage textPage() {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
        for (int y = 150; y < 1500; y += 45) {
            g.drawString("Căn cứ Kế hoạch số 25/KH-SGDĐT ngày 15/01/2026 của Sở Giáo dục và Đào tạo", 120, y);
        }
        g.dispose();
        return page;
    }

    @Test
    void aPageScannedOneAndAHalfDegreesAskewIsMeasuredAsSuch() {
        BufferedImage askew = ScanImages.rotate(ScanImages.grey(textPage()), 1.4);
        assertThat(ScanImages.skew(askew)).isCloseTo(1.4, within(0.21));
        assertThat(ScanImages.skew(ScanImages.grey(textPage()))).isCloseTo(0.0, within(0.21));
    }

    @Test
    void aRedStampAndABlueSignatureTurnWhiteWhileBlackTextStays() {
        BufferedImage page = textPage();
        page.setRGB(10, 10, new Color(220, 30, 40).getRGB());
        page.setRGB(11, 10, new Color(30, 60, 200).getRGB());
        page.setRGB(12, 10, new Color(20, 20, 20).getRGB());
        BufferedImage grey = ScanImages.grey(page);
        assertThat(grey.getRaster().getSample(10, 10, 0)).isEqualTo(255);
        assertThat(grey.getRaster().getSample(11, 10, 0)).isEqualTo(255);
        assertThat(grey.getRaster().getSample(12, 10, 0)).isLessThan(40);
    }

    @Test
    void otsuSplitsInkFromPaperBetweenTheirPeaks() {
        int[] hist = new int[256];
        hist[30] = 1000;
        hist[220] = 9000;
        int t = ScanImages.otsu(hist, 10000);
        assertThat(t).isBetween(30, 219);
    }
}
