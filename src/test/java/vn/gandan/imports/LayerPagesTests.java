package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF reader's choice page by page: a good layer as PDFBox gives it, a broken one read again from the page image. */
class LayerPagesTests {

    private static final List<String> LETTER = List.of("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc",
            "Về việc tổ chức hội nghị tổng kết", "Sở đề nghị các trường thực hiện tốt", "các nội dung của năm học mới.");

    private static InputStream serif() {
        return LayerPagesTests.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf");
    }

    /** Pages whose text layer is the given lines in a Unicode font (as a word processor exports them). */
    private static byte[] layered(List<List<String>> pages) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, serif());
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    write(cs, font, lines);
                }
            }
            return save(doc);
        }
    }

    private static void write(PDPageContentStream cs, PDFont font, List<String> lines) throws Exception {
        cs.beginText();
        cs.setFont(font, 14);
        cs.newLineAtOffset(60, 760);
        for (String line : lines) {
            cs.showText(line);
            cs.newLineAtOffset(0, -24);
        }
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A scanned page (the letter as an image) under an old scanner's invisible OCR layer without Vietnamese marks. */
    private static byte[] scanWithMarklessLayer() throws Exception {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Font.createFont(Font.TRUETYPE_FONT, serif()).deriveFont(36f));
        for (int i = 0; i < LETTER.size(); i++) {
            g.drawString(LETTER.get(i), 120, 200 + 60 * i);
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                cs.setRenderingMode(RenderingMode.NEITHER);
                write(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), LETTER.stream().map(l -> SyllableInventory.skeleton(l).replace("Đ", "D").replace("đ", "d")).toList());
            }
            return save(doc);
        }
    }


    @Test
    void pagesAreCutWhereTheStripperEndsThemAndJoinToItsText() throws Exception {
        byte[] pdf = layered(List.of(LETTER, List.of("Trang hai: nơi nhận, lưu văn thư.")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            LayerPages layer = LayerPages.of(doc);
            assertThat(layer.pages()).hasSize(2);
            assertThat(layer.pages().get(1)).contains("Trang hai");
            assertThat(layer.text()).isEqualTo(new PDFTextStripper().getText(doc));
            assertThat(layer.strippedLength()).isEqualTo(layer.text().strip().length());
        }
    }

    /** The "no layer at all" test reads the pages as they are: white space around and between pages is not text. */
    @Test
    void theStrippedLengthSpansPagesAndIgnoresWhiteSpaceAtBothEnds() {
        assertThat(new LayerPages(List.of(" \n", "\t ab", " c \n", "\n")).strippedLength()).isEqualTo(" \n\t ab c \n\n".strip().length());
        assertThat(new LayerPages(List.of(" \n", "\n")).strippedLength()).isZero();
        assertThat(new LayerPages(List.of()).strippedLength()).isZero();
    }

    @Test
    void aGoodLayerIsReturnedAsPdfBoxGivesItWithoutOcr() throws Exception {
        byte[] pdf = layered(List.of(LETTER, LETTER));
        String expected;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            expected = new PDFTextStripper().getText(doc);
        }
        assertThat(OfficeReaders.pdf(pdf)).isEqualTo(expected);
    }

    @Test
    void aMarklessScannerLayerIsReadAgainFromThePageImage() throws Exception {
        assumeTrue(BenchFiles.tesseract(), "tesseract is not installed");
        byte[] pdf = scanWithMarklessLayer();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(VietnameseShare.of(new PDFTextStripper().getText(doc)).reason()).isEqualTo("markless");
        }
        String text = OfficeReaders.pdf(pdf);
        assertThat(text).doesNotContain("GIAO DUC");
        assertThat(VietnameseShare.of(text).marked()).as(text).isGreaterThan(0.4);
    }
}
