package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * A form's blank left in the header of a signed scan, read back with the debris a scanner or OCR pass leaves where a
 * number or a day was to be written in by hand (session 27, signed letters of a Sở read from their scans): "Số: — /SGDĐT-CTHSSV",
 * "Số: “.. /SYT-NVY", "Bắc Ninh, ngày - ` tháng 02 năm 2020", "ngày ˆ. tháng 5 năm 2021". The debris (marks only: no letter,
 * no digit, no cell break) is read as the blank it stands for, so the symbol, place, month and year around it read as they
 * do around a clean blank ("Số: /SGDĐT-CTHSSV", "ngày   tháng 02 năm 2020"). A cell with a letter or a digit in it is left
 * as it is: it may be the number or day itself, read badly.
 */
final class BlankCells {

    /** A mark a scan leaves in a blank: punctuation, a symbol or a spacing accent ("ˆ", "`"), never the slash or a cell's bar. */
    private static final String MARK = "[\\p{P}\\p{S}\\p{Lm}&&[^/|]]";

    /** "Số:" then only marks, then the slash and the symbol's first capital. */
    private static final Pattern NUMBER = Pattern.compile(
            "((?<!\\p{L})(?:Số|SỐ|Sô|Sỏ)\\s*:)(\\s*" + MARK + "(?:" + MARK + "|[ ]){0,11}?)\\s*(/\\s*\\p{Lu})");
    /** "ngày" then only marks, then a whole "tháng M năm YYYY". */
    private static final Pattern DAY = Pattern.compile(
            "((?<!\\p{L})(?:ngày|Ngày|NGÀY))(\\s*" + MARK + "(?:" + MARK + "|[ ]){0,9}?)(\\s+(?:tháng|THÁNG)\\s*\\d{1,2}\\s+(?:năm|NĂM)\\s*\\d{4})");

    private BlankCells() {
    }

    /** The header line with the debris of its blank number and day cells read as blanks; the same string when it has none. */
    static String cleared(String line) {
        if (line.indexOf('/') < 0 && line.indexOf("háng") < 0 && line.indexOf("HÁNG") < 0) {
            return line;
        }
        String s = NUMBER.matcher(line).replaceAll("$1 $3");
        return DAY.matcher(s).replaceAll("$1  $3");
    }
}
