package vn.gandan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.gandan.documents.OfficialDocument.Block;

/**
 * Renders an {@link OfficialDocument} to .docx: Times New Roman, A4, margins per layout, page numbers from page 2. The
 * heading block is {@link DocxHead}'s, the signatures and recipients {@link DocxSignatures}', runs {@link DocxRuns}'.
 */
@Component
public class DocxRenderer {

    private static final int TWIPS_PER_MM = 1440 * 10 / 254; // ≈ 56.7

    public byte[] render(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc, d.layout());
            DocxHead.render(doc, d);
            if (!d.isLetter()) {
                XWPFParagraph k = DocxRuns.para(doc, ParagraphAlignment.CENTER, 12, 0);
                DocxRuns.run(k, d.kindName(), 14, true, false);
                XWPFParagraph s = DocxRuns.para(doc, ParagraphAlignment.CENTER, 0, 0);
                DocxRuns.run(s, d.subject(), 14, true, false);
                XWPFParagraph rule = DocxRuns.para(doc, ParagraphAlignment.CENTER, 0, 12);
                DocxRuns.run(rule, "__________", 14, true, false);
            }
            int bodyPt = d.layout().bodyPt;
            int indentTw = d.layout() == Layout.PARTY ? 10 * TWIPS_PER_MM : 720;
            for (Block b : d.blocks()) {
                if (b.kind() == Block.Kind.TABLE) {
                    DocxTables.render(doc, b.table(), bodyPt - 1);
                    continue;
                }
                XWPFParagraph p = DocxRuns.para(doc, ParagraphAlignment.BOTH, 0, 6);
                p.setIndentationFirstLine(indentTw);
                p.setSpacingBetween(1.15);
                String line = b.line().replaceAll("\\[\\^(\\d+)]", "");
                DocxRuns.run(p, line, bodyPt, b.kind() == Block.Kind.HEADING, false);
            }
            DocxSignatures.render(doc, d);
            if (!d.footnotes().isEmpty()) {
                XWPFParagraph sep = DocxRuns.para(doc, ParagraphAlignment.LEFT, 12, 0);
                DocxRuns.run(sep, "____________", 10, false, false);
                int i = 1;
                for (String f : d.footnotes()) {
                    XWPFParagraph p = DocxRuns.para(doc, ParagraphAlignment.BOTH, 0, 0);
                    XWPFRun sup = DocxRuns.run(p, Integer.toString(i++), 10, false, false);
                    sup.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
                    DocxRuns.run(p, " " + f, 10, false, false);
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
        r.setFontFamily(DocxRuns.FONT);
        r.setFontSize(13);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        if (!sect.isSetTitlePg()) sect.addNewTitlePg();
    }
}
