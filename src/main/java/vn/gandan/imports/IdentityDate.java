package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 26: the date a text gives its own document's identity in running text, wherever no header line dated it. One
 * grammar with open slots around every mention of the document's own number and symbol (spacing, a broken "11- QĐ/TW", a
 * "-" or "/" between the symbol's parts aside; "số" optional):
 * <ul>
 * <li>the date written after the mention, in any form — "Quy định 11-QĐ/TW ngày 18/02/2019", "…, ngày 28 tháng 4 năm
 * 2006", "… ban hành ngày 18-3", "… (18/3/2019)", "… được ký ngày 5.3";</li>
 * <li>the date opening the clause that issues or signs it — "Ngày 28 tháng 4 năm 2006, Ban Thường trực … ban hành Thông tri số
 * 18/TTr-MTTW …", "Ngày 28/5, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 49-NQ/TU …", "Ngày 24/7/2025, Ban … đã có
 * Hướng dẫn 22-HD/BTGDVTW …" (any body, any qualifier, "số" or not).</li>
 * </ul>
 * A date without a year keeps its year empty (gold keeps what the text gives) unless another statement of the same identity
 * gives the same day and month with a year. A mention the lead carries out ("Thực hiện Kế hoạch số …", gold convention 10) is
 * read; a base ("Căn cứ …", a page's opening "Căn cứ" list) cites and is not. A clause telling an event (a conference held on a
 * day) never dates it: only "ngày …" right after the mention or an issuing verb right before it does.
 */
final class IdentityDate {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The paragraphs read. */
    private static final int PARAGRAPHS = 80;
    /** A symbol: parts of letters (and digits after the first letter) joined by "-" or "/". */
    private static final String SYMBOL = "(?-i:\\p{Lu})[\\p{L}\\d&.]*(?:\\s?[/\\-–]\\s?[\\p{L}\\d&.]+)*";
    /** Day and month, then a year: "18/02/2019", "18-3", "5.3", "28 tháng 4 năm 2006", "28 tháng 4". */
    private static final String DATE = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*((?:19|20)\\d{2}))?(?!\\s*[/.\\-]?\\s*\\d)"
            + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:,\\s*)?năm\\s+((?:19|20)\\d{2}))?(?!\\s*\\d)";
    /** After the mention: "ngày …" (after "ban hành", "được ký", "ký" …) or a bracketed date. */
    private static final Pattern AFTER = Pattern.compile("^\\s*[,(]?\\s*(?:(?:đã\\s+)?(?:được\\s+)?(?:ban hành|ký ban hành|ký|thông qua)\\s+)?(?:vào\\s+)?ngày\\s*:?\\s*(?:" + DATE + ")"
            + "|^\\s*\\(\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})\\s*\\)", CI);
    /**
     * Before the mention, in its clause: a dated opening ("Ngày 28/5,", "Sáng ngày 1.3,", "NGÀY 28 THÁNG 4 NĂM 2006,"), a
     * subject of at most 200 characters without a stop, and an issuing verb with the kind word ("… đã ban hành Nghị quyết số",
     * "… đã có Hướng dẫn").
     */
    private static final Pattern BEFORE = Pattern.compile("^[^\\p{L}\\d]{0,3}(?:(?:sáng|chiều|tối|trưa)(?:\\s+nay)?\\s+)?(?:ngày\\s+)?\\(?(?:" + DATE + ")\\)?\\s*,\\s+"
            + "[^.;:!?\\n]{2,200}?(?<![\\p{L}])(?:(?:(?:đã|vừa|mới|chính thức)\\s+)*(?:ký\\s+)?(?:ban hành|ký kết|ký|thông qua)|(?:đã|vừa|mới)\\s+có)\\s+"
            + "\\p{L}+(?:\\s+\\p{L}+){0,4}\\s*:?$", CI);
    /** The clause's start: after the last stop, semicolon or colon before the mention. */
    private static final Pattern STOP = Pattern.compile(".*(?:[.;:!?](?=\\s)|\\n)", Pattern.DOTALL);

    /** A base word leading the clause of the mention ("Căn cứ", "- Căn cứ"): what it names is cited. */
    private static final Pattern CITED = Pattern.compile("(?:^|[,;:]\\s*)[-–+•]?\\s*Căn cứ(?![\\p{L}])[^,;:]*$", CI);

    /** One date the text gives the identity: where, and whether written after the mention or opening its clause. */
    record Stated(DateParts date, int paragraph, boolean after) {
    }

    private IdentityDate() {
    }

    /**
     * The date for a document whose extracted date is {@code date}: unchanged when it has a year; otherwise the identity's
     * stated date (a year-less date only completed by a statement of the same day and month).
     */
    static DateParts filled(DateParts date, Integer number, String symbol, List<String> paras) {
        boolean undated = date == null || date.day() == null && date.month() == null && date.year() == null;
        if (!undated && date.year() != null) {
            return date;
        }
        DateParts stated = of(paras, number, symbol);
        if (stated == null) {
            return date;
        }
        if (undated) {
            return stated;
        }
        return stated.year() != null && same(stated, date) ? stated : date;
    }

    /** The identity's date: the first statement with a year, else the first without one; null when the text states none. */
    static DateParts of(List<String> paras, Integer number, String symbol) {
        List<Stated> all = stated(paras, number, symbol);
        if (all.isEmpty()) {
            return null;
        }
        DateParts first = all.get(0).date();
        if (first.year() != null) {
            return first;
        }
        return all.stream().map(Stated::date).filter(d -> d.year() != null && same(d, first)).findFirst().orElse(first);
    }

    /** Every date the first paragraphs state for the identity, in text order. */
    static List<Stated> stated(List<String> paras, Integer number, String symbol) {
        List<Stated> out = new ArrayList<>();
        if (number == null || symbol == null || symbol.isBlank()) {
            return out;
        }
        String own = key(symbol);
        paras = NewsNamed.afterOpeningBases(paras); // a page's opening "Căn cứ" list cites
        Pattern mention = Pattern.compile("(?<![\\d\\p{L}/.\\-–])0*" + number + "\\s*[/\\-–]\\s*(" + SYMBOL + ")(?![\\p{L}\\d])");
        for (int p = 0; p < Math.min(paras.size(), PARAGRAPHS); p++) {
            String para = paras.get(p);
            if (!para.contains(String.valueOf(number))) {
                continue;
            }
            Matcher m = mention.matcher(para);
            while (m.find()) {
                if (!key(m.group(1)).equals(own)) {
                    continue;
                }
                if (CITED.matcher(para.substring(0, m.start())).find()) {
                    continue; // "Căn cứ Công văn số …": a base of the page's own document
                }
                Matcher after = AFTER.matcher(para.substring(m.end()));
                if (after.find()) {
                    add(out, parts(after), p, true);
                    continue;
                }
                String before = para.substring(0, m.start());
                Matcher stop = STOP.matcher(before);
                String clause = stop.lookingAt() ? before.substring(stop.end()) : before;
                Matcher opening = BEFORE.matcher(clause.strip());
                if (opening.find()) {
                    add(out, parts(opening), p, false);
                }
            }
        }
        return out;
    }

    private static void add(List<Stated> out, DateParts date, int paragraph, boolean after) {
        if (date != null) {
            out.add(new Stated(date, paragraph, after));
        }
    }

    /** The day, month and year of the first group triple that matched; null for a day or month out of range. */
    private static DateParts parts(Matcher m) {
        for (int g = 1; g + 2 <= m.groupCount(); g += 3) {
            if (m.group(g) != null) {
                int day = HeaderBlock.num(m.group(g));
                int month = HeaderBlock.num(m.group(g + 1));
                Integer year = m.group(g + 2) == null ? null : HeaderBlock.num(m.group(g + 2));
                return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? new DateParts(day, month, year) : null;
            }
        }
        return null;
    }

    private static boolean same(DateParts a, DateParts b) {
        return a.day() != null && a.day().equals(b.day()) && a.month() != null && a.month().equals(b.month());
    }

    /** {@link PageMetadata#key}, a slash read as a hyphen too ("KH/ĐU" and "KH-ĐU" name one symbol), spaces and a trailing mark aside. */
    static String key(String symbol) {
        return PageMetadata.key(symbol.replaceAll("\\s+", "").replaceAll("[.\\-–/]+$", "")).replace('/', '-');
    }
}
