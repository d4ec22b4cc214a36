package vn.gandan.documents;

import java.util.List;
import vn.gandan.documents.OfficialDocument.Table;

/**
 * A {@link Table} block in the PDF's XHTML: bordered cells, a header in {@code <thead>} that openhtmltopdf repeats on
 * every page ({@code -fs-table-paginate}), rows kept whole across page breaks.
 */
final class HtmlTables {

    static final String CSS = "table.tb{width:100%;border-collapse:collapse;margin:3pt 0 9pt 0;-fs-table-paginate:paginate;}"
            + "table.tb th,table.tb td{border:0.6pt solid #000;padding:2pt 3pt;vertical-align:top;font-size:12pt;}"
            + "table.tb th{font-weight:bold;text-align:center;}table.tb td.tt{text-align:center;}"
            + "table.tb tr{page-break-inside:avoid;}";

    private static final int[] FIVE = {6, 38, 20, 20, 16};

    private HtmlTables() {
    }

    static void render(StringBuilder h, Table t) {
        int cols = t.header().size();
        h.append("<table class=\"tb\"><thead><tr>");
        for (int c = 0; c < cols; c++) {
            h.append("<th style=\"width:").append(cols == FIVE.length ? FIVE[c] : 100 / cols).append("%\">")
                    .append(PdfRenderer.esc(t.header().get(c))).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < cols; c++) {
                h.append(c == 0 ? "<td class=\"tt\">" : "<td>").append(PdfRenderer.esc(t.cell(row, c))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }
}
