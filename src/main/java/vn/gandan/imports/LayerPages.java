package vn.gandan.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer page by page, with the pages whose layer is not the printed text read again from their image.
 * The shapes: an old scanner's OCR layer without Vietnamese marks ("BO GIAO DUC VA DAO TAO"), a font without a Unicode
 * map (glyph codes, symbol runs, letters swapped for others), and a layer on some pages only (a signed cover with text,
 * the scanned letter behind it without). A page is OCR'd only when {@link VietnameseShare#broken()} judges its layer
 * broken, and the OCR is kept only when the same measure judges it better; an ordinary PDF's layer is returned as
 * PDFBox gives it, untouched. Bounded: the first {@link Scans#MAX_PAGES} pages, {@link #BUDGET_MILLIS} of OCR in all;
 * without Tesseract (or past its time limit) the layer stays.
 *
 * @param pages each page's layer text, in order, as {@link PDFTextStripper#getText} writes the whole document
 */
record LayerPages(List<String> pages) {

    /** The OCR time one PDF may spend on broken pages; the pages after it keep their layer. */
    static final long BUDGET_MILLIS = 180_000;

    /** The layer of every page, cut where the stripper ends each page (their concatenation is its whole text). */
    static LayerPages of(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        StringWriter out = new StringWriter();
        PDFTextStripper stripper = new PDFTextStripper() {
            private int cut;

            @Override
            protected void endPage(PDPage page) throws IOException {
                super.endPage(page);
                output.flush();
                pages.add(out.getBuffer().substring(cut));
                cut = out.getBuffer().length();
            }
        };
        stripper.writeText(pdf, out);
        String tail = out.getBuffer().substring(pages.stream().mapToInt(String::length).sum());
        if (!tail.isEmpty()) {
            pages.add(tail);
        }
        return new LayerPages(List.copyOf(pages));
    }

    /** The whole layer text. */
    String text() {
        return String.join("", pages);
    }

    /** The length of {@link #text()} stripped of leading and trailing white space, read page by page (no joined copy). */
    int strippedLength() {
        long offset = 0;
        long first = -1;
        long last = -1;
        for (String page : pages) {
            for (int i = 0; i < page.length(); i++) {
                if (!Character.isWhitespace(page.charAt(i))) {
                    first = first < 0 ? offset + i : first;
                    last = offset + i;
                }
            }
            offset += page.length();
        }
        return first < 0 ? 0 : (int) (last - first + 1);
    }

    /** The text with each broken page replaced by its OCR where that reads better. */
    String reread(PDDocument pdf) {
        List<String> out = new ArrayList<>(pages);
        PDFRenderer renderer = new PDFRenderer(pdf);
        long start = System.currentTimeMillis();
        for (int i = 0; i < Math.min(Math.min(out.size(), pdf.getNumberOfPages()), Scans.MAX_PAGES); i++) {
            VietnameseShare layer = VietnameseShare.of(out.get(i));
            if (!layer.broken()) {
                continue;
            }
            if (System.currentTimeMillis() - start > BUDGET_MILLIS) {
                break;
            }
            String ocr;
            try {
                ocr = Scans.page(renderer, i);
            } catch (ImportException e) {
                break; // Tesseract missing or too slow: the layer stays, as before this reader
            } catch (IOException | RuntimeException e) {
                continue; // a page that does not render keeps its layer
            }
            if (VietnameseShare.of(ocr).betterThan(layer)) {
                out.set(i, ocr.endsWith("\n") ? ocr : ocr + "\n");
            }
        }
        return String.join("", out);
    }
}
