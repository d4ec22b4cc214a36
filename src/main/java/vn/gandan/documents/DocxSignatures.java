package vn.gandan.documents;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.gandan.documents.OfficialDocument.Signature;

/**
 * The foot of a .docx official document: the signature blocks (the lead issuer on the right) and the recipients
 * ("Nơi nhận:"), beside a single signature or below several.
 */
final class DocxSignatures {

    private DocxSignatures() {
    }

    static void render(XWPFDocument doc, OfficialDocument d) {
        boolean party = d.layout() == Layout.PARTY;
        java.util.List<Signature> sigs = new java.util.ArrayList<>(d.signatures());
        java.util.Collections.reverse(sigs); // the lead issuer signs on the right
        int n = sigs.size();
        int cols = n <= 1 ? 2 : n;
        XWPFTable t = doc.createTable(2, cols);
        DocxRuns.noBorders(t);
        t.setWidth("100%");
        t.setWidthType(TableWidthType.PCT);
        int c = 0;
        if (n <= 1) {
            recipients(t.getRow(0).getCell(0), d, party);
            c = 1;
        }
        for (Signature s : sigs) {
            XWPFTableCell cell = t.getRow(0).getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            DocxRuns.center(p);
            if (s.authorityLine() != null) {
                DocxRuns.run(p, s.authorityLine(), 13, true, false);
                p = cell.addParagraph();
                DocxRuns.center(p);
            }
            DocxRuns.run(p, s.title(), 13, true, false);
            XWPFTableCell nameCell = t.getRow(1).getCell(c++);
            XWPFParagraph nm = nameCell.getParagraphs().get(0);
            DocxRuns.center(nm);
            nm.setSpacingBefore(20 * 64);
            DocxRuns.run(nm, s.name(), 13, true, false);
        }
        if (n > 1) {
            XWPFTable r = doc.createTable(1, 1);
            DocxRuns.noBorders(r);
            recipients(r.getRow(0).getCell(0), d, party);
        }
    }

    private static void recipients(XWPFTableCell cell, OfficialDocument d, boolean party) {
        XWPFParagraph h = cell.getParagraphs().get(0);
        XWPFRun r = DocxRuns.run(h, "Nơi nhận:", 12, true, true);
        if (party) r.setUnderline(UnderlinePatterns.SINGLE);
        for (String line : d.recipients()) {
            XWPFParagraph p = cell.addParagraph();
            DocxRuns.run(p, "- " + line, 11, false, false);
        }
    }
}
