package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 29: the place-date cell of a signed scan whose day was filled in by pen after printing, read where no "Số" cell
 * on the same line lets {@link ScanHeaderLines} mend it: the cell stands on a line of its own, or after a number cell so
 * garbled that its "Số" word no longer reads. The shape: a place of one to four capitalised words (its level "TP." in
 * front when written), a comma, the word "ngày", the pen's debris for the day (one to six characters that are not bare
 * digits), then "tháng", the month in digits, "năm" and the year in digits, all read cleanly:
 * {@code "Phú Thọ, ngày ⁄|‡ tháng 6 năm 2019"} becomes {@code "Phú Thọ, ngày  tháng 6 năm 2019"}, and
 * {@code ": Hà Giang, ngày D4 tháng 9 năm 2017"} becomes {@code ": Hà Giang, ngày  tháng 9 năm 2017"}. Where one or two words
 * of debris and a symbol stand before the place ({@code "Sóz?⁄2Z QĐ-SGD&ĐT Phú Thọ, ngày ⁄|‡ tháng 6 năm 2019"}), the debris is
 * the number cell with its "Số" word misread: the line is written as {@code "Số: /QĐ-SGD&ĐT Phú Thọ, ngày  tháng 6 năm 2019"}. The day is left
 * blank, as the printed page shows it (the gold convention for scans); place, month and year are kept as read, and the rest
 * of the line as it was. Only the first {@value #TOP} lines are read; a cell whose day reads as digits or is already blank
 * is left alone.
 */
final class DayDebrisCell {

    static final int TOP = 14;

    /** The cell: place, comma, "ngày", the day's debris, then the month and year cleanly read. */
    private static final Pattern CELL = Pattern.compile("(?<=^|[\\s:;|])((?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3}),\\s*ngày"
            + "\\s?(\\S{1,6}?)\\s*(tháng\\s*\\d{1,2}\\s*năm\\s*(?:19|20)\\d{2})(?!\\d)");
    /**
     * A number cell whose "Số" word and pen-filled number were read as one or two words of debris, closed by the symbol
     * (capitals joined by "-", "&amp;" or "/"): {@code "Sóz?⁄2Z QĐ-SGD&ĐT "}. A cell whose "Số" reads cleanly is its own readers'.
     */
    private static final Pattern SYMBOL_LAST = Pattern.compile("^\\s*(\\S{1,8}(?:\\s\\S{1,8})?)(?:\\s+/?\\s*|/\\s*)"
            + "(\\p{Lu}[\\p{Lu}&]*(?:[-/&]\\p{Lu}[\\p{Lu}&]*)+)\\s+$");
    /** A day as printed or left blank: digits, or only the dots and dashes of a blank to fill in. */
    private static final Pattern READABLE = Pattern.compile("[*_]{0,2}\\d{1,2}[*_]{0,2}|[._…]*");

    private DayDebrisCell() {
    }

    /** The text with its header's place-date cell written with a blank day where the pen's day was read as debris. */
    static CharSequence mended(CharSequence text) {
        return TopLines.mapped(text, TOP, head -> head.contains("ngày"), DayDebrisCell::line);
    }

    /** One line with its place-date cell's day debris blanked, or the line as it was. */
    static String line(String l) {
        Matcher m = CELL.matcher(l);
        if (!m.find() || READABLE.matcher(m.group(2)).matches()) {
            return l;
        }
        String before = l.substring(0, m.start());
        Matcher s = SYMBOL_LAST.matcher(before);
        if (s.find() && !s.group(1).matches("(?:Số|SỐ).*")) {
            before = "Số: /" + s.group(2) + " "; // the number cell's "Số" word misread with the pen's number: the symbol kept, the number blank
        }
        return before + m.group(1) + ", ngày  " + m.group(3) + l.substring(m.end());
    }
}
