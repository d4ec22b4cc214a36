package vn.gandan.documents;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import vn.gandan.documents.OfficialDocument.Table;

/**
 * A {@link Table} block in .docx: a full-width table with single borders on every cell, a bold header row that Word
 * repeats at the top of each page, rows that do not split across pages, and the first column (TT) centred.
 */
final class DocxTables {

    private static final String FONT = "Times New Roman";
    /** Relative column widths for five columns (TT, content, lead, coordinating, time); others share equally. */
    private static final int[] FIVE = {6, 38, 20, 20, 16};

    private DocxTables() {
    }

    static void render(XWPFDocument doc, Table t, int pt) {
        int cols = t.header().size();
        XWPFTable x = doc.createTable(t.rows().size() + 1, cols);
        x.setWidth("100%");
        x.setWidthType(TableWidthType.PCT);
        borders(x);
        XWPFTableRow head = x.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            cell(head.getCell(c), t.header().get(c), pt, true, ParagraphAlignment.CENTER, width(cols, c));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            XWPFTableRow xr = x.getRow(r + 1);
            xr.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                cell(xr.getCell(c), t.cell(row, c), pt, false, c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT,
                        width(cols, c));
            }
        }
        doc.createParagraph().setSpacingAfter(120);
    }

    private static String width(int cols, int c) {
        return (cols == FIVE.length ? FIVE[c] : 100 / cols) + "%";
    }

    private static void cell(XWPFTableCell cell, String text, int pt, boolean bold, ParagraphAlignment a, String width) {
        cell.setWidth(width);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(a);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(pt);
        run.setBold(bold);
        run.setText(text);
    }

    private static void borders(XWPFTable t) {
        CTTblBorders b = t.getCTTbl().getTblPr().isSetTblBorders() ? t.getCTTbl().getTblPr().getTblBorders()
                : t.getCTTbl().getTblPr().addNewTblBorders();
        for (CTBorder side : List.of(b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetBottom() ? b.getBottom() : b.addNewBottom(),
                b.isSetLeft() ? b.getLeft() : b.addNewLeft(), b.isSetRight() ? b.getRight() : b.addNewRight(),
                b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV())) {
            side.setVal(STBorder.SINGLE);
            side.setSz(BigInteger.valueOf(4));
            side.setColor("000000");
        }
    }
}
