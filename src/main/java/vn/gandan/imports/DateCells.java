package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 20: a header's place and date cell typed without the comma after the place ("Long Thượng ngày 10 tháng 05 năm
 * 2023"), opening a cell or the rest of a cell after one of the header's anchors: right after the national motto ("…
 * Hạnh phúc Hà Đông ngày 30 tháng 01 năm 2020", a table cell's lines joined, a header run onto one line), the Party's name
 * ("ĐẢNG CỘNG SẢN VIỆT NAM Lai Châu ngày …") or the number's symbol ("Số: 144 /BC-MGLT Long Thượng ngày …"), a rule of
 * dashes between them kept. The comma is put back so the date cell reads as any other; the date must be whole (day, month and a year in digits) and the place one to five
 * capitalised words, with its level in front when written ("Thành phố Hồ Chí Minh"). A citation's date ("… số
 * 4555/BGDĐT-GDPT ngày 05 tháng 8 năm 2025") has no place between symbol and "ngày" and is left as it is.
 */
final class DateCells {

    private static final Pattern COMMALESS = Pattern.compile("^([-—–_=*~.\\s]*)"
            + "((?:(?:Thành phố|Thị xã|Thị trấn|TP\\.|Tp\\.|TX\\.|TT\\.)\\s?)?\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,4})"
            + "\\s+((?iu:ngày)\\s*\\d{1,2}\\s*(?iu:tháng)\\s*\\d{1,2}\\s*(?iu:năm)\\s*(?:19|20)\\d{2}(?!\\d))");

    private DateCells() {
    }

    /** A cell's rest (a piece, or the text after an anchor cut from it) with the comma put back after the place of a
     *  comma-less date cell opening it (a rule's dashes before it are kept). */
    static String commaless(String rest) {
        if (rest.indexOf("gày") < 0 && rest.indexOf("GÀY") < 0) {
            return rest;
        }
        Matcher m = COMMALESS.matcher(rest);
        return m.find() ? rest.substring(0, m.end(2)) + "," + rest.substring(m.end(2)) : rest;
    }

    /** A line ending with a place and its comma ("Hà Nội,", "Thành phố Hồ Chí Minh,", "Số: 144 /BC-MGLT Long Thượng,"). */
    private static final Pattern PLACE_ONLY = Pattern.compile("(?:^|(?<=\\s))(?:(?:Thành phố|Thị xã|Thị trấn|TP\\.|Tp\\.|TX\\.|TT\\.)\\s?)?\\p{Lu}\\p{Ll}*"
            + "(?:[\\s-]+\\p{Lu}\\p{Ll}*){0,4}\\s*,$");
    /** A date cell's rest opening a line: "ngày 05 tháng 3 năm 2021", "ngày    tháng 3 năm 2021", "ngày 05/3/2021". */
    private static final Pattern DATE_REST = Pattern.compile("^(?iu:ngày)\\s*[\\d.…_\\s]*(?:(?iu:tháng)|/)");

    /**
     * Session 20: a line ending with a place and its comma (alone, or after the symbol or the motto), the date cell's rest ("ngày 05 tháng 3 năm 2021") opening the next
     * line with text (a narrow right column wrapped after the comma): the two lines are one date cell. Anything else after
     * the place's line (a sentence, a unit) leaves it alone.
     */
    static boolean placeOpen(String line, java.util.List<String> raw, int at, int n) {
        if (!line.endsWith(",") || !PLACE_ONLY.matcher(line).find()) {
            return false;
        }
        for (int i = at + 1; i < Math.min(n, at + 4); i++) {
            String s = raw.get(i).strip();
            if (!s.isEmpty()) {
                return DATE_REST.matcher(s).find();
            }
        }
        return false;
    }
}
