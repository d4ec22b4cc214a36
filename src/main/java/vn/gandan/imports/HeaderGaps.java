package vn.gandan.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Header parts a copy lost, filled from what the same text states elsewhere — never guessed:
 * <ul>
 * <li>an issuer cell reduced to its organ ("ỦY BAN NHÂN DÂN", a legal library dropping the locality line) is completed
 * with the header's own place when the text names that place with its level ("trên địa bàn tỉnh An Giang");</li>
 * <li>a regulation printed without a header ("Ban hành kèm theo Quyết định số …/QĐ ngày 19/10/2019 của Hiệu trưởng trường
 * …") takes the date and the unit of the decision that issued it; under its own NĐ 30 header (the motto) whose date cell
 * is empty, only the unit (session 18).</li>
 * </ul>
 */
final class HeaderGaps {

    private static final Pattern ORGAN = Pattern.compile("(?iu)(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN");
    private static final Pattern ANNEXED = Pattern.compile("(?iu)\\(\\s*Ban hành kèm theo\\s+(?:Quyết định|Nghị quyết|Thông tư)\\s+[^()]{0,40}?"
            + "ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})\\s+của\\s+([^()]{3,120}?)\\s*\\)");
    private static final String OFFICE = "(?iu)^(?:Hiệu trưởng|Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban|Thủ trưởng)\\s+";

    private HeaderGaps() {
    }

    /** The issuers with an organ-only cell completed by the header's place, when the text gives its level. */
    static Issuers.Result withPlace(Issuers.Result r, String place, CharSequence text) {
        if (place == null || r.issuers().size() != 1 || !ORGAN.matcher(r.issuers().get(0).strip()).matches()) {
            return r;
        }
        Matcher m = Pattern.compile("(?iu)(?<![\\p{L}])(tỉnh|thành phố)\\s+" + Pattern.quote(place) + "(?![\\p{L}])").matcher(text);
        if (!m.find()) {
            return r;
        }
        String organ = r.issuers().get(0).strip();
        String full = organ + " " + m.group(1).toLowerCase(Locale.ROOT) + " " + place;
        return new Issuers.Result(List.of(TextLines.isUpper(organ) ? full.toUpperCase(Locale.ROOT) : full), r.parent(), r.confidence());
    }

    /** The annexing decision's date and unit of a regulation without header, or null. */
    static Annex annex(TextLines d) {
        return annex(d, -1);
    }

    /** The same, also read under the kind line when page chrome stands above it (session 15: a date in words too). */
    static Annex annex(TextLines d, int titleLine) {
        Matcher m = ANNEXED.matcher(FieldShapes.newsDates(d.head(0, BasesBlock.before(d.lines, 0, 12)).replaceAll("\\s+", " "))); // s25: never a cited regulation's bracket among the bases
        if (!m.find() && (titleLine < 12 || !(m = ANNEXED.matcher(FieldShapes.newsDates(d.head(titleLine - 2, BasesBlock.before(d.lines, titleLine - 2, 10)).replaceAll("\\s+", " ")))).find())) {
            return null;
        }
        String unit = m.group(4).replaceFirst(OFFICE, "").strip();
        DateParts date = new DateParts(HeaderBlock.num(m.group(1)), HeaderBlock.num(m.group(2)), HeaderBlock.num(m.group(3)));
        if (HeaderSegments.MOTTO.matcher(d.head(0, 40)).find()) {
            date = DateParts.BLANK; // s18: under its own header (the motto) with an empty date cell, the regulation's date is not the decision's
        }
        return new Annex(date, WordLists.startsUnit(unit) || unit.matches("(?iu)^trường\\s.*") ? unit : null);
    }

    /** The decision's date and the unit that issued it (null when it names none). */
    record Annex(DateParts date, String unit) {
    }

    /**
     * Session 20: the first line of the header's cluster below a page's registry row or title that named the document by its
     * number ("Số kí hiệu Số: 218 /BC-UBND" fourteen lines above): the motto's line, or the header's own number cell when it
     * stands right above the motto (a header laid out one cell per line: "Số: 218 /BC-UBND" / "" / "CỘNG HÒA …") — reading
     * from the motto alone lost that number and left the page's row as the only one.
     *
     * @param segs  the head's cells
     * @param i     the index of the first anchor beyond the page's row
     * @param first the line of the page's row
     * @param motto the line of the motto below it
     */
    static int clusterStart(List<HeaderSegments.Seg> segs, int i, int first, int motto) {
        int start = segs.get(i).line();
        for (int k = i - 1; k >= 0 && segs.get(k).line() > first && segs.get(k).line() >= motto - 4; k--) {
            if (segs.get(k).kind() == HeaderSegments.Kind.NUMBER) {
                start = Math.min(start, segs.get(k).line());
            }
        }
        return start;
    }

    /** A number cell left blank and alone on its line ("Số:"). */
    private static final Pattern BARE_NUMBER_CELL = Pattern.compile("^(?:Số|SỐ)\\s*:?$");
    /** A blank number's symbol alone on its line ("/BC-TTN", "/TTr-VPCP"), or the number with it ("149/KH-UBND", "12-KH/ĐU"). */
    private static final Pattern SYMBOL_ALONE = Pattern.compile("^(?:\\d{1,6}\\s*|[.…_]+\\s*)?[/\\-–]\\s*\\p{Lu}[\\p{L}\\d&.]*(?:\\s*[-–/]\\s*[\\p{L}\\d&.]+)*$");

    /**
     * Session 20: a number cell "Số:" standing alone, its symbol ("/BC-TTN", blank number) or its number and symbol
     * ("149/KH-UBND", a narrow column wrapped after the colon) alone on a line below it — a Word
     * file copied as PDF-like text, each header cell on its own line, the motto's lines at most between them ("Số:" /
     * "CỘNG HÒA …" / "Độc lập …" / "/TTr-VPCP"): the index of the symbol's line within the next five, or -1.
     */
    static int symbolBelow(List<String> raw, int numberLine, int n) {
        if (!BARE_NUMBER_CELL.matcher(raw.get(numberLine).strip()).matches()) {
            return -1;
        }
        for (int i = numberLine + 1; i < Math.min(n, numberLine + 6); i++) {
            String s = raw.get(i).strip();
            if (SYMBOL_ALONE.matcher(s).matches()) {
                return i;
            }
            if (!s.isEmpty() && !HeaderSegments.MOTTO.matcher(s).find() && !HeaderSegments.MOTTO2.matcher(s).find()) {
                return -1;
            }
        }
        return -1;
    }
}
