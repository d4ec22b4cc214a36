package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 25: the place-date cell of a header run together on one line — a document-sharing preview or a legacy-font
 * conversion that flattened the header table, often with its words garbled while the digits survive:
 * "PGD &T A CNG HềA X HI … Hnh phỳc Vĩnh Lộc, ngày 10 tháng 9 năm 2010 K HOCH …" (the date words repaired by
 * {@link CopyNoise#date}). The header reader finds no motto or kind line to anchor on, so the cell is read by its own
 * grammar: a proper place (each word capitalised), a comma, a full date in words, and the cell ends there — a kind word in
 * capitals or the line's end follows, never running text ({@link FieldShapes#dateInSentence}). Only the text's first
 * such cell, among its first lines and before its first base ("Căn cứ …"), and only when nothing else dated the document.
 */
final class RunOnDateCell {

    private static final int HEAD = 40;
    private static final Pattern CELL = Pattern.compile("(?<![\\p{L}\\d.,/])((?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3})"
            + ",\\s*ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern BASE = Pattern.compile("(?iu)(?<!\\p{L})căn cứ(?!\\p{L})");
    private static final Pattern ANY_DATE = Pattern.compile("(?iu)(?<!\\p{L})ngày\\s*\\d{1,2}\\s*(?:tháng|/)");

    private RunOnDateCell() {
    }

    /** The first line's run-on place-date cell, or null. */
    static FieldShapes.Dated of(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEAD); i++) {
            String line = lines.get(i);
            Matcher base = BASE.matcher(line);
            int end = base.find() ? base.start() : line.length();
            Matcher m = CELL.matcher(line);
            if (m.find() && m.end() <= end) {
                String place = m.group(1);
                boolean cell = !FieldShapes.dateInSentence(place, line.substring(m.end()))
                        && !ANY_DATE.matcher(line.substring(0, m.start())).find();
                if (!cell) {
                    return null;
                }
                return new FieldShapes.Dated(place, new DateParts(Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)), Integer.valueOf(m.group(4))));
            }
            if (BASE.matcher(line).find() || ANY_DATE.matcher(line).find()) {
                return null; // the bases begin, or a date of another kind came first
            }
        }
        return null;
    }
}
