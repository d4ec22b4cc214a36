package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * A scanned page's margin mark read by OCR as "|" at the end of one header line and the start of the next, where the next
 * line goes on with a lower-case word: the two lines are one wrapped phrase (a title's second line), not a table's cells.
 * {@code "Công tác phổ biến, giáo dục pháp luật năm 2016 |" / "| của Ngành Giáo dục …"} → the same lines without the marks,
 * so the title goes on into its second line. A table's first cell ("| Nội dung") opens with a capital and stays as it is.
 * Only the first {@value #TOP} lines are touched; a text without the shape is returned as it is (the same object).
 */
final class ScanTitleMarks {

    static final int TOP = 20;

    private static final Pattern MARK_END = Pattern.compile("(?<=\\S)\\s+\\|\\s*$");
    private static final Pattern MARK_START = Pattern.compile("^\\s*\\|\\s+(?=\\p{Ll})");

    private ScanTitleMarks() {
    }

    static CharSequence mended(CharSequence text) {
        int end = TopLines.headEnd(text, TOP);
        String[] lines = text.subSequence(0, end).toString().split("\n", -1);
        boolean changed = false;
        for (int i = 0; i + 1 < Math.min(lines.length, TOP); i++) {
            if (MARK_END.matcher(lines[i]).find() && MARK_START.matcher(lines[i + 1]).find()
                    && !lines[i].substring(0, lines[i].lastIndexOf('|')).contains("|")) {
                lines[i] = MARK_END.matcher(lines[i]).replaceFirst("");
                lines[i + 1] = MARK_START.matcher(lines[i + 1]).replaceFirst("");
                changed = true;
            }
        }
        return changed ? TopLines.joined(String.join("\n", lines), text, end) : text;
    }
}
