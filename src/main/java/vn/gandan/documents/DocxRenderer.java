package vn.gandan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.springframework.stereotype.Component;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.documents.OfficialDocument.Issuer;
import vn.gandan.documents.OfficialDocument.Signature;

/** Renders an {@link OfficialDocument} to .docx: Times New Roman, A4, margins per layout, page numbers from page 2. */
@Component
public class DocxRenderer {

    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 1440 * 10 / 254; // ≈ 56.7

    public byte[] render(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc, d.layout());
            header(doc, d);
            if (!d.isLetter()) {
                XWPFParagraph k = para(doc, ParagraphAlignment.CENTER, 12, 0);
                run(k, d.kindName(), 14, true, false);
                XWPFParagraph s = para(doc, ParagraphAlignment.CENTER, 0, 0);
                run(s, d.subject(), 14, true, false);
                XWPFParagraph rule = para(doc, ParagraphAlignment.CENTER, 0, 12);
                run(rule, "__________", 14, true, false);
            }
            int bodyPt = d.layout().bodyPt;
            int indentTw = d.layout() == Layout.PARTY ? 10 * TWIPS_PER_MM : 720;
            for (Block b : d.blocks()) {
                if (b.kind() == Block.Kind.TABLE) {
                    DocxTables.render(doc, b.table(), bodyPt - 1);
                    continue;
                }
                XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 0, 6);
                p.setIndentationFirstLine(indentTw);
                p.setSpacingBetween(1.15);
                String line = b.line().replaceAll("\\[\\^(\\d+)]", "");
                run(p, line, bodyPt, b.kind() == Block.Kind.HEADING, false);
            }
            signatures(doc, d);
            if (!d.footnotes().isEmpty()) {
                XWPFParagraph sep = para(doc, ParagraphAlignment.LEFT, 12, 0);
                run(sep, "____________", 10, false, false);
                int i = 1;
                for (String f : d.footnotes()) {
                    XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 0, 0);
                    XWPFRun sup = run(p, Integer.toString(i++), 10, false, false);
                    sup.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
                    run(p, " " + f, 10, false, false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pageSetup(XWPFDocument doc, Layout l) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(11906));
        sz.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf((long) l.topMm * TWIPS_PER_MM));
        m.setBottom(BigInteger.valueOf((long) l.bottomMm * TWIPS_PER_MM));
        m.setLeft(BigInteger.valueOf((long) l.leftMm * TWIPS_PER_MM));
        m.setRight(BigInteger.valueOf((long) l.rightMm * TWIPS_PER_MM));
        m.setHeader(BigInteger.valueOf(10L * TWIPS_PER_MM));
        m.setFooter(BigInteger.valueOf(10L * TWIPS_PER_MM));
        // page numbers centred at the top, not on page 1: an empty first-page header + PAGE field in the default header
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader hdr = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = hdr.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(13);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        if (!sect.isSetTitlePg()) sect.addNewTitlePg();
    }

    private void header(XWPFDocument doc, OfficialDocument d) {
        boolean party = d.layout() == Layout.PARTY;
        XWPFTable t = doc.createTable(1, 2);
        noBorders(t);
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
                center(p);
                run(p, is.superior().toUpperCase(Locale.ROOT), 13, false, false);
            }
            XWPFParagraph p = used ? left.addParagraph() : first;
            used = true;
            center(p);
            run(p, is.name().toUpperCase(Locale.ROOT), 13, true, false);
            XWPFParagraph mark = left.addParagraph();
            center(mark);
            run(mark, party ? "*" : "________", party ? 13 : 9, false, false);
        }
        XWPFParagraph num = left.addParagraph();
        center(num);
        num.setSpacingBefore(120);
        run(num, d.numberLine(), 13, false, false);
        if (d.isLetter()) {
            XWPFParagraph vv = left.addParagraph();
            center(vv);
            run(vv, d.letterSubjectLine(), 12, false, false);
        }
        XWPFParagraph q = right.getParagraphs().get(0);
        center(q);
        if (party) {
            XWPFRun r = run(q, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
            r.setUnderline(UnderlinePatterns.SINGLE);
            XWPFParagraph gap = right.addParagraph();
            center(gap);
        } else {
            run(q, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
            XWPFParagraph tn = right.addParagraph();
            center(tn);
            XWPFRun r = run(tn, "Độc lập - Tự do - Hạnh phúc", 13, true, false);
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        XWPFParagraph date = right.addParagraph();
        center(date);
        date.setSpacingBefore(160);
        run(date, d.dateLine(), 13, false, true);
    }

    private void signatures(XWPFDocument doc, OfficialDocument d) {
        boolean party = d.layout() == Layout.PARTY;
        java.util.List<Signature> sigs = new java.util.ArrayList<>(d.signatures());
        java.util.Collections.reverse(sigs); // the lead issuer signs on the right
        int n = sigs.size();
        int cols = n <= 1 ? 2 : n;
        XWPFTable t = doc.createTable(2, cols);
        noBorders(t);
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
            center(p);
            if (s.authorityLine() != null) {
                run(p, s.authorityLine(), 13, true, false);
                p = cell.addParagraph();
                center(p);
            }
            run(p, s.title(), 13, true, false);
            XWPFTableCell nameCell = t.getRow(1).getCell(c++);
            XWPFParagraph nm = nameCell.getParagraphs().get(0);
            center(nm);
            nm.setSpacingBefore(20 * 64);
            run(nm, s.name(), 13, true, false);
        }
        if (n > 1) {
            XWPFTable r = doc.createTable(1, 1);
            noBorders(r);
            recipients(r.getRow(0).getCell(0), d, party);
        }
    }

    private void recipients(XWPFTableCell cell, OfficialDocument d, boolean party) {
        XWPFParagraph h = cell.getParagraphs().get(0);
        XWPFRun r = run(h, "Nơi nhận:", 12, true, true);
        if (party) r.setUnderline(UnderlinePatterns.SINGLE);
        for (String line : d.recipients()) {
            XWPFParagraph p = cell.addParagraph();
            run(p, "- " + line, 11, false, false);
        }
    }

    private static void noBorders(XWPFTable t) {
        CTTblBorders b = t.getCTTbl().getTblPr().isSetTblBorders() ? t.getCTTbl().getTblPr().getTblBorders()
                : t.getCTTbl().getTblPr().addNewTblBorders();
        b.addNewTop().setVal(STBorder.NONE);
        b.addNewBottom().setVal(STBorder.NONE);
        b.addNewLeft().setVal(STBorder.NONE);
        b.addNewRight().setVal(STBorder.NONE);
        b.addNewInsideH().setVal(STBorder.NONE);
        b.addNewInsideV().setVal(STBorder.NONE);
    }

    private static void center(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment a, int beforePt, int afterPt) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(a);
        p.setSpacingBefore(beforePt * 20);
        p.setSpacingAfter(afterPt * 20);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int pt, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(pt);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    @SuppressWarnings("unused")
    private static final Borders UNUSED = Borders.NONE;
}
