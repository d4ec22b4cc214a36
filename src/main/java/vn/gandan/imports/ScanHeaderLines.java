package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header lines of a scanned letter as Tesseract reads them (psm 6: the two header columns on one line), mended where
 * their shape leaves no doubt, so the header readers see the NĐ 30 header they know. Each mend is for a shape, not a document:
 * <ul>
 * <li>the number / place / date line with the hand-written number and day read as debris:
 * {@code "Số; 4628!SGD&ĐT-QLĐT&GDTX. Phú Thọ, ngàyØƒtháng 12 năm 2018"} → {@code "Số: /SGD&ĐT-QLĐT&GDTX Phú Thọ, ngày  tháng 12
 * năm 2018"}: the symbol (capitals with "-" or "&"), the place, month and year kept; the number and the day kept only where
 * they were read as bare digits, else left blank (a blank is what the page shows to a reader who cannot read the hand);</li>
 * <li>stray marks before the first header line ({@code "„ UBND TỈNH … CỘNG HÒA XÃ HỘI …"}), a line of marks alone, the
 * motto's dashes doubled ({@code "Độc lập —- Tự do"});</li>
 * <li>the kind line between marks ({@code ": THÔNG BÁO : |"}, {@code "_ KẾ HOẠCH _"}) and a lone full stop ending a title line;</li>
 * <li>the fixed header words read with a wrong tone ({@code "QUYÉT ĐỊNH"}, {@code "GIÁM ĐÓC"}), so the title stops before the
 * enacting line.</li>
 * </ul>
 * Only the first {@value #TOP} lines are touched; a text with none of these shapes is returned as it is (the same object).
 */
final class ScanHeaderLines {

    static final int TOP = 14;

    /** "Số" + debris where the number was written by hand + the symbol + the place + "ngày" + debris + month and year. */
    private static final Pattern NUMBER_DATE = Pattern.compile(
            "^[^\\p{L}\\d]{0,3}S[ốốô]\\s*[:;.,]?\\s*(?<num>\\S{1,6}(?=\\s)|[^\\p{Lu}\\n]{0,8}?)\\s*/?\\s*"
                    + "(?<sym>[\\p{Lu}Đ][\\p{Lu}Đ&]*(?:[-&/][\\p{Lu}Đ&]+)+)[.,;:]?\\s+"
                    + "(?<place>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3}),\\s*ngày(?<day>[^\\n]{0,6}?)\\s*tháng\\s*(?<month>\\d{1,2})\\s*năm\\s*(?<year>(?:19|20)\\d\\d)\\s*$");
    /** The number / place / date line as a clean copy gives it (nothing to mend); {@link ScanIdentityCells} leaves it too. */
    static final Pattern CLEAN = Pattern.compile(
            "^Số:\\s*\\d*\\s*/\\p{Lu}\\S*\\s+\\p{Lu}[\\p{L} ]*,\\s*ngày\\s+(?:\\d{1,2}\\s+)?tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}$");
    private static final Pattern MOTTO_LINE = Pattern.compile("^[^\\p{L}\\d|]{1,3}\\s+(?=\\p{Lu}.*C[ỘO]NG\\s+H[OÒ][AÀ]\\s+X[ÃA]\\s+H[ỘO]I)");
    private static final Pattern DOUBLE_DASH = Pattern.compile("(?<=Độc lập|Tự do)\\s*[-–—]{2,}\\s*");
    private static final Pattern MARKS_ONLY = Pattern.compile("^[^\\p{L}\\d\\p{ASCII}–—]{1,3}$");
    private static final Pattern KIND_BETWEEN_MARKS = Pattern.compile("^[_:|.„]+\\s+(\\p{Lu}{2,}(?:\\s\\p{Lu}{2,}){1,2})[_:|.\\s]*$");
    private static final Pattern LONE_MARK_END = Pattern.compile("(?<=\\p{L})\\s+\\.$");
    private static final Pattern TONE_WORDS = Pattern.compile("(?<![\\p{L}])(QUY[ÉÊE]T ĐỊNH|GIÁM Đ[ÓÔ]C|K[ÉÊ] HOẠCH|S[ƠO] GIÁO [DĐ]ỤC)(?![\\p{L}])");

    private ScanHeaderLines() {
    }

    /** The text with its scanned header lines mended; the same object when none needed it. */
    static CharSequence mended(CharSequence text) {
        return TopLines.mapped(text, TOP, head -> head.contains("ngày") || head.contains("CỘNG"), ScanHeaderLines::line);
    }

    /** One header line mended (see the class comment). */
    static String line(String l) {
        String t = l.strip();
        if (MARKS_ONLY.matcher(t).matches()) {
            return "";
        }
        String r = numberDate(t);
        r = r != null ? r : ScanIdentityCells.line(t); // s27: the identity line's cells kept only where they read cleanly
        if (r != null) {
            return r;
        }
        Matcher mm = MOTTO_LINE.matcher(t);
        if (mm.find()) {
            t = t.substring(mm.end());
        }
        t = DOUBLE_DASH.matcher(t).replaceAll(" - ");
        Matcher k = KIND_BETWEEN_MARKS.matcher(t);
        if (k.matches()) {
            t = k.group(1);
        }
        t = TONE_WORDS.matcher(t).replaceAll(x -> switch (x.group(1).charAt(0)) {
            case 'Q' -> "QUYẾT ĐỊNH";
            case 'G' -> "GIÁM ĐỐC";
            case 'S' -> "SỞ GIÁO DỤC";
            default -> "KẾ HOẠCH";
        });
        t = LONE_MARK_END.matcher(t).replaceAll("");
        return t.equals(l.strip()) ? l : t;
    }

    /** The number / place / date line rewritten as a clean copy would give it, or null when it is not that line or is clean. */
    static String numberDate(String t) {
        if (CLEAN.matcher(t).matches()) {
            return null;
        }
        Matcher m = NUMBER_DATE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String num = m.group("num").strip();
        String day = m.group("day").strip();
        if (num.matches("\\d{1,5}/(?:19|20)\\d\\d")) {
            return null; // a legal document's "36/2019/QĐ-UBND": a number with its year, not debris
        }
        boolean glitch = !num.matches("[\\d\\s-]*") || !day.matches("\\d{0,2}") || !t.matches("(?s)S\\S*[:.]?\\s.*|S\\S*:.*");
        if (!glitch) {
            return null;
        }
        return "Số: " + (num.matches("\\d{1,5}") ? num : "") + "/" + m.group("sym") + " " + m.group("place") + ", ngày "
                + (day.matches("\\d{1,2}") ? day + " " : "  ") + "tháng " + m.group("month") + " năm " + m.group("year");
    }
}
