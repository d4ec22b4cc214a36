package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity line of a scanned letter (number, symbol, place and date on one OCR line) read cell by cell, each cell kept
 * only when it reads cleanly (session 27, signed scans whose number, day or month were filled in by pen after printing):
 * {@code Số:2/2/SYT-NVY Bắc Ninh, ngày | Ä tháng 02 năm 2020.} becomes {@code Số: /SYT-NVY Bắc Ninh, ngày  tháng 02 năm 2020}, and
 * {@code Số: À03/KH- CĐN Hà Nội, ngày G tháng +năm 2019} becomes {@code Số: /KH-CĐN Hà Nội, ngày  tháng  năm 2019}.
 * <ul>
 * <li>number, day, month: kept only as bare digits; a cell with OCR marks, letters or a slash in it is read as the blank it
 * was on the printed page (a hand-written value is not part of the page);</li>
 * <li>symbol: capitals joined by "-", "&amp;" or "/", a lone space after a hyphen closed up ("KH- CĐN" → "KH-CĐN");</li>
 * <li>year: four digits, or three and a last "1" read as a bracket or bar (2021 read as 202 and a closing bracket); any marks after it dropped.</li>
 * </ul>
 * The same misread year closing a date line of its own is mended too. Used only where {@link ScanHeaderLines} left the line alone; a line that is not this shape, or already reads cleanly, is
 * returned as null.
 */
final class ScanIdentityCells {

    /** A capital of a symbol (Vietnamese capitals included). */
    private static final String CAP = "[\\p{Lu}Đ&]";
    private static final Pattern LINE = Pattern.compile(
            "^[^\\p{L}\\d]{0,3}S[ốốô]\\s*[:;.,]?\\s*(?<num>[^\\p{L}\\n]{0,6}?|\\S{1,4}?)\\s*/\\s*"
                    + "(?<sym>" + CAP + "+(?:(?:-\\s?|[&/])" + CAP + "+)+)[.,;:]?\\s+"
                    + "(?<place>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3}),\\s*ngày(?<day>[^\\n]{0,6}?)\\s*tháng(?<month>[^\\p{L}\\n]{0,4}?)"
                    + "\\s*năm\\s*(?<year>(?:19|20)\\d(?:\\d|[\\]|lI!]))[\\s.,;:]*$");
    /** A date closing a header line whose year's last "1" was read as a bracket or bar (a year read as 202 and a closing bracket at the line's end). */
    private static final Pattern DATE_YEAR = Pattern.compile("(ngày\\s*\\d{1,2}\\s*tháng\\s*\\d{1,2}\\s*năm\\s*(?:19|20)\\d)[\\]|lI!]$");
    private ScanIdentityCells() {
    }

    /** The identity line with each cell kept only when it reads cleanly; null when the line is not that shape or is clean. */
    static String line(String t) {
        if (ScanHeaderLines.CLEAN.matcher(t).matches()) {
            return null;
        }
        Matcher m = LINE.matcher(t);
        if (!m.matches()) {
            Matcher y = DATE_YEAR.matcher(t);
            return y.find() ? y.replaceFirst("$11") : null;
        }
        if (m.group("num").strip().matches("\\d{1,5}/(?:19|20)\\d\\d")) {
            return null; // a legal document's "36/2019/QĐ-UBND": a number with its year, not a misread cell
        }
        String year = m.group("year");
        boolean misread = !clean(m.group("num")) || !clean(m.group("day")) || !clean(m.group("month"))
                || m.group("sym").contains("- ") || !Character.isDigit(year.charAt(3));
        if (!misread) {
            return null;
        }
        year = year.substring(0, 3) + (Character.isDigit(year.charAt(3)) ? year.charAt(3) : '1');
        String out = "Số: " + digits(m.group("num"), 5) + "/" + m.group("sym").replaceAll("-\\s", "-") + " " + m.group("place")
                + ", ngày " + spaced(digits(m.group("day"), 2)) + "tháng " + spaced(digits(m.group("month"), 2)) + "năm " + year;
        return out;
    }

    /** The cell's value when it is bare digits (at most {@code max}), else the empty blank. */
    private static String digits(String cell, int max) {
        String c = cell.strip();
        return c.matches("\\d{1," + max + "}") ? c : "";
    }

    /** A cell read cleanly: bare digits or blank. */
    private static boolean clean(String cell) {
        return cell.strip().matches("\\d*");
    }

    private static String spaced(String v) {
        return v.isEmpty() ? " " : v + " ";
    }
}
