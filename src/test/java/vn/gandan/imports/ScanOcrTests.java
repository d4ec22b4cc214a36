package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.documents.OfficialDocument.Issuer;
import vn.gandan.documents.OfficialDocument.Signature;
import vn.gandan.documents.PdfRenderer;
import vn.gandan.shared.Texts;

/** A plan the project renders itself, printed, scanned at 150 dpi slightly askew, and read back with Tesseract. */
class ScanOcrTests {

    private static OfficialDocument plan() {
        return new OfficialDocument(Layout.ND30, List.of(new Issuer("UBND xã Phước Thành", "Phòng Giáo dục và Đào tạo", "PGDĐT")),
                "12/KH-PGDĐT", "Phú Giáo", LocalDate.of(2026, 2, 5), "KẾ HOẠCH", "Thực hiện công tác dân vận chính quyền năm 2026",
                List.of(Block.text("Căn cứ Kế hoạch số 25/KH-SGDĐT ngày 15/01/2026 của Sở Giáo dục và Đào tạo về công tác dân vận năm 2026;"),
                        Block.heading("I.", "MỤC ĐÍCH, YÊU CẦU"),
                        Block.paragraph("1.", "Nâng cao nhận thức của cán bộ, công chức, viên chức về công tác dân vận chính quyền."),
                        Block.heading("II.", "NHIỆM VỤ TRỌNG TÂM"),
                        Block.paragraph("1.", "Tuyên truyền, quán triệt các văn bản về công tác dân vận.")),
                List.of(), List.of(new Signature("KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn An")),
                List.of("Sở GDĐT (để báo cáo);", "Lưu: VT."));
    }

    /** Page 1 at 150 dpi with a red round stamp over the signature and a blue hand signature, rotated by 1.2°, as a PNG. */
    static byte[] scan(byte[] pdf) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
        }
        stampAndSign(page);
        BufferedImage askew = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = askew.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, askew.getWidth(), askew.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(1.2), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(askew, "png", out);
        return out.toByteArray();
    }

    /** A red seal (two rings, text-like dashes, a star) over the signer's title and a blue scribble above the name. */
    private static void stampAndSign(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int cx = page.getWidth() * 62 / 100;
        int cy = page.getHeight() * 47 / 100;
        g.setColor(new Color(220, 30, 40));
        g.setStroke(new java.awt.BasicStroke(5));
        g.drawOval(cx - 110, cy - 110, 220, 220);
        g.setStroke(new java.awt.BasicStroke(2));
        g.drawOval(cx - 80, cy - 80, 160, 160);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.BOLD, 22));
        g.drawString("PHÒNG GIÁO DỤC", cx - 90, cy - 10);
        g.drawString("★", cx - 8, cy + 25);
        g.setColor(new Color(30, 60, 200));
        g.setStroke(new java.awt.BasicStroke(3));
        for (int i = 0; i < 6; i++) {
            g.drawArc(cx - 60 + i * 22, cy + 40, 40, 30, 0, 200);
        }
        g.dispose();
    }

    /** Whether the tesseract program can be started (CI installs it; a machine without it skips the scan test). */
    private static boolean tesseractRuns() throws InterruptedException {
        try {
            return new ProcessBuilder("tesseract", "--version").start().waitFor() == 0;
        } catch (java.io.IOException notInstalled) {
            return false;
        }
    }

    private static boolean same(String a, String b) {
        return Texts.fold(a).replaceAll("[^a-z0-9]", "").equals(Texts.fold(b).replaceAll("[^a-z0-9]", ""));
    }

    @Test
    void aRenderedPlanScannedAskewAt150DpiReadsItsHeaderFields() throws Exception {
        assumeTrue(tesseractRuns(), "tesseract is not installed");
        byte[] png = scan(new PdfRenderer().render(plan()));
        Extraction e = Extractor.extract("scan.png", Readers.read(png));
        double[] fields = {
            "KE_HOACH".equals(e.docKind()) ? 1 : 0,
            Integer.valueOf(12).equals(e.number()) ? 1 : 0,
            same("KH-PGDĐT", String.valueOf(e.symbol())) ? 1 : 0,
            same("Phú Giáo", String.valueOf(e.issuePlace())) ? 1 : 0,
            (eq(5, e.issueDate().day()) + eq(2, e.issueDate().month()) + eq(2026, e.issueDate().year())) / 3.0,
            e.issuers().stream().anyMatch(i -> Texts.fold(i).contains("phong giao duc va dao tao")) ? 1 : 0,
            same("UBND xã Phước Thành", String.valueOf(e.parentIssuer())) ? 1 : 0,
            same("Thực hiện công tác dân vận chính quyền năm 2026", String.valueOf(e.title())) ? 1 : 0};
        double score = java.util.Arrays.stream(fields).average().orElse(0);
        assertThat(score).as(Json.write(e) + " fields " + java.util.Arrays.toString(fields)).isGreaterThanOrEqualTo(1.0);
    }

    private static int eq(int a, Integer b) {
        return b != null && b == a ? 1 : 0;
    }
}
