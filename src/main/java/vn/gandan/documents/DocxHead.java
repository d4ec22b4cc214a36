package vn.gandan.documents;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.gandan.documents.OfficialDocument.Issuer;

/**
 * The heading block of a .docx official document (NĐ 30 / HD 36): on the left each issuer under its superior with
 * the number line (and a letter's "V/v" line), on the right the national or Party motto and the place and date.
 */
final class DocxHead {

    private DocxHead() {
    }

    static void render(XWPFDocument doc, OfficialDocument d) {
        boolean party = d.layout() == Layout.PARTY;
        XWPFTable t = doc.createTable(1, 2);
        DocxRuns.noBorders(t);
        t.setWidth("100%");
        t.setWidthType(TableWidthType.PCT);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        XWPFParagraph first = left.getParagraphs().get(0);
        boolean used = false;
        for (Issuer is : d.issuers()) {
            if (is.superior() != null && !is.superior().isBlank()) {
                XWPFParagraph p = used ? left.addParagraph() : first;
                used = true;
                DocxRuns.center(p);
                DocxRuns.run(p, is.superior().toUpperCase(Locale.ROOT), 13, false, false);
            }
            XWPFParagraph p = used ? left.addParagraph() : first;
            used = true;
            DocxRuns.center(p);
            DocxRuns.run(p, is.name().toUpperCase(Locale.ROOT), 13, true, false);
            XWPFParagraph mark = left.addParagraph();
            DocxRuns.center(mark);
            DocxRuns.run(mark, party ? "*" : "________", party ? 13 : 9, false, false);
        }
        XWPFParagraph num = left.addParagraph();
        DocxRuns.center(num);
        num.setSpacingBefore(120);
        DocxRuns.run(num, d.numberLine(), 13, false, false);
        if (d.isLetter()) {
            XWPFParagraph vv = left.addParagraph();
            DocxRuns.center(vv);
            DocxRuns.run(vv, d.letterSubjectLine(), 12, false, false);
        }
        XWPFParagraph q = right.getParagraphs().get(0);
        DocxRuns.center(q);
        if (party) {
            XWPFRun r = DocxRuns.run(q, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
            r.setUnderline(UnderlinePatterns.SINGLE);
            XWPFParagraph gap = right.addParagraph();
            DocxRuns.center(gap);
        } else {
            DocxRuns.run(q, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
            XWPFParagraph tn = right.addParagraph();
            DocxRuns.center(tn);
            XWPFRun r = DocxRuns.run(tn, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        XWPFParagraph date = right.addParagraph();
        DocxRuns.center(date);
        date.setSpacingBefore(160);
        DocxRuns.run(date, d.dateLine(), 13, false, true);
    }
}
