package vn.gandan.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/** Paragraphs, runs (Times New Roman) and borderless layout tables of the .docx official documents. */
final class DocxRuns {

    static final String FONT = "Times New Roman";

    private DocxRuns() {
    }

    static void noBorders(XWPFTable t) {
        CTTblBorders b = t.getCTTbl().getTblPr().isSetTblBorders() ? t.getCTTbl().getTblPr().getTblBorders()
                : t.getCTTbl().getTblPr().addNewTblBorders();
        b.addNewTop().setVal(STBorder.NONE);
        b.addNewBottom().setVal(STBorder.NONE);
        b.addNewLeft().setVal(STBorder.NONE);
        b.addNewRight().setVal(STBorder.NONE);
        b.addNewInsideH().setVal(STBorder.NONE);
        b.addNewInsideV().setVal(STBorder.NONE);
    }

    static void center(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
    }

    static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment a, int beforePt, int afterPt) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(a);
        p.setSpacingBefore(beforePt * 20);
        p.setSpacingAfter(afterPt * 20);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, int pt, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(pt);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }
}
