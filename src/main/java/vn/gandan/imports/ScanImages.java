package vn.gandan.imports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A scanned page made ready for Tesseract: coloured ink (red or blue stamps, a blue signature) dropped, grey, scaled up
 * to about 300 dpi when scanned coarser, straightened (the skew angle that gives the sharpest line profile) and
 * binarised with Otsu's threshold.
 */
final class ScanImages {

    /** Width of an A4 page at about 300 dpi. */
    static final int TARGET_WIDTH = 2400;
    private static final int COLOUR_SPREAD = 70;
    private static final double MAX_SKEW = 3.0;
    private static final double SKEW_STEP = 0.2;

    private ScanImages() {
    }

    static BufferedImage prepare(BufferedImage in) {
        BufferedImage grey = grey(in);
        BufferedImage big = grey.getWidth() < TARGET_WIDTH * 3 / 4 ? scale(grey, (double) TARGET_WIDTH / grey.getWidth()) : grey;
        double skew = skew(big);
        BufferedImage straight = Math.abs(skew) < SKEW_STEP / 2 ? big : rotate(big, -skew);
        return binarise(straight);
    }

    /** Luminance, with strongly coloured pixels (stamps, coloured signatures) turned white. */
    static BufferedImage grey(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int rgb = in.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                int spread = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                int lum = spread > COLOUR_SPREAD ? 255 : (r * 299 + g * 587 + b * 114) / 1000;
                out.getRaster().setSample(x, y, 0, lum);
            }
        }
        return out;
    }

    private static BufferedImage scale(BufferedImage in, double f) {
        BufferedImage out = new BufferedImage((int) (in.getWidth() * f), (int) (in.getHeight() * f), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(in, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    static BufferedImage rotate(BufferedImage in, double degrees) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), in.getWidth() / 2.0, in.getHeight() / 2.0);
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The skew in degrees (clockwise positive): the angle whose row profile of dark pixels varies most. */
    static double skew(BufferedImage grey) {
        int step = Math.max(1, grey.getWidth() / 800);
        int[][] dark = darkPixels(grey, step);
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += SKEW_STEP) {
            double score = profileScore(dark, Math.toRadians(a), grey.getHeight());
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    private static int[][] darkPixels(BufferedImage grey, int step) {
        int n = 0;
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        for (int y = 0; y < grey.getHeight(); y += step) {
            for (int x = 0; x < grey.getWidth(); x += step) {
                if (grey.getRaster().getSample(x, y, 0) < 128) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n++] = y;
                }
            }
        }
        return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }

    /** Sum of squared row counts after shearing the dark pixels by the angle: sharp text lines give a high sum. */
    private static double profileScore(int[][] dark, double rad, int height) {
        double tan = Math.tan(rad);
        int pad = height / 4;
        long[] rows = new long[height + 2 * pad];
        for (int i = 0; i < dark[0].length; i++) {
            int r = (int) Math.round(dark[1][i] - dark[0][i] * tan) + pad;
            if (r >= 0 && r < rows.length) {
                rows[r]++;
            }
        }
        double s = 0;
        for (long c : rows) {
            s += (double) c * c;
        }
        return s;
    }

    /** Black and white at Otsu's threshold. */
    static BufferedImage binarise(BufferedImage grey) {
        int[] hist = new int[256];
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                hist[grey.getRaster().getSample(x, y, 0)]++;
            }
        }
        int t = otsu(hist, grey.getWidth() * grey.getHeight());
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, grey.getRaster().getSample(x, y, 0) > t ? 1 : 0);
            }
        }
        return out;
    }

    static int otsu(int[] hist, long total) {
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 127;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            long wF = total - wB;
            if (wB == 0 || wF == 0) {
                continue;
            }
            sumB += (double) i * hist[i];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = i;
            }
        }
        return threshold;
    }
}
