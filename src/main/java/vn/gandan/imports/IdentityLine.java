package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 26: a header-less text's own number and symbol given by a line that holds nothing but the document's naming — a
 * post's headline or caption "Kế hoạch 90/KH-LT", a relayed text's closing "Văn bản số 73-TB/TU", an excerpt's source note
 * "(Trích báo cáo số 84/BC-TTT ngày 09/6/2020 của Thanh tra tỉnh)". The grammar: an optional bracket and "Trích", a kind word,
 * "số" or not, the number and its symbol (a space or a line's break inside "11- QĐ/TW" aside), then at most a date ("ngày …"),
 * the body ("của …") and the bracket's close — no verb, no subject, no other words. A line opening a list item ("-", "+", a
 * numeral) or a base ("Căn cứ", "Thực hiện") cites and is never read; two such lines naming different numbers give nothing.
 */
final class IdentityLine {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(?:" + KindWords.ANY_OR_TEXT + ")"; // the one vocabulary of kind words (s26-kinds)
    /** The whole line: bracket, "Trích", kind, "số", number, symbol, then an optional date and body, and the bracket's close. */
    private static final Pattern LINE = Pattern.compile("^\\(?\\s*(?:Trích\\s+)?" + KIND + "\\s+(?:số\\s*:?\\s*)?(\\d{1,5})\\s*[/\\-–]\\s*"
            + "((?-i:\\p{Lu})[\\p{L}\\d&]*(?:\\s?[/\\-–]\\s?[\\p{L}\\d&]+)*)"
            + "(?:\\s*,?\\s*ngày\\s+\\d{1,2}\\s*(?:[/.\\-]|tháng)\\s*\\d{1,2}(?:\\s*(?:[/.\\-]|năm)\\s*\\d{4})?)?"
            + "(?:\\s+của\\s+(?:" + Issuers.UNIT_START.pattern() + ")[^,.;:()\\n]{0,60})?\\s*\\)?\\s*\\.?$", CI);
    /** The lines read: the head and the foot of a post. */
    private static final int HEAD = 40;
    private static final int FOOT = 15;

    /** The number and symbol a naming line gives. */
    record Identity(int number, String symbol) {
    }

    private IdentityLine() {
    }

    /** The one identity the text's naming lines give, or null when none does or two name different numbers. */
    static Identity of(List<String> lines) {
        Identity found = null;
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i >= HEAD && i < n - FOOT) {
                i = n - FOOT - 1;
                continue;
            }
            Matcher m = LINE.matcher(lines.get(i).strip());
            if (!m.matches() || OPEN_END.matcher(lines.get(i)).find() || !standsAlone(lines, i)) {
                continue;
            }
            Identity id = new Identity(HeaderBlock.num(m.group(1)), m.group(2).replaceAll("\\s+", "").replaceAll("[\\-–/]+$", ""));
            if (found != null && (found.number() != id.number() || !IdentityDate.key(found.symbol()).equals(IdentityDate.key(id.symbol())))) {
                return null;
            }
            found = found == null ? id : found;
        }
        return found;
    }

    /** A line ending on a word that wants more ("… của Ban Dân vận Tỉnh ủy về"): a wrapped sentence, not a naming line. */
    private static final Pattern OPEN_END = Pattern.compile("(?<![\\p{L}])(?:về|và|của|tại|theo|với|ngày)\\s*$", CI);
    /** The line above ending a list item or an open phrase ("…;", "…,", "… và"). */
    private static final Pattern LIST_ABOVE = Pattern.compile("(?:[,;]|(?<![\\p{L}])(?:và|của|về|số))\\s*$", CI);
    /** The line below running on (a small letter, a symbol's tail) or a listing's next label ("Ngày : 04/03/2020"). */
    private static final Pattern RUN_ON_BELOW = Pattern.compile("^(?:(?-i:\\p{Ll})|[/\\-–,;]|Ngày\\s*:|Ngày ban hành)", CI);

    /**
     * Whether the line stands alone: the line above closes (no list item's "," or ";", no open word) and the line below opens
     * something new (not a run-on in small letters, not a record listing's "Ngày :" label).
     */
    private static boolean standsAlone(List<String> lines, int i) {
        String above = neighbour(lines, i, -1);
        String below = neighbour(lines, i, 1);
        return !LIST_ABOVE.matcher(above).find() && !RUN_ON_BELOW.matcher(below).find();
    }

    private static String neighbour(List<String> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            String l = lines.get(j).strip();
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }
}
